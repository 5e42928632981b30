"""Text from the API is text: a claim that looks like HTML shows its characters."""
from tests.e2e.synthetic import refresh_speaker_stats, synthetic_claim, synthetic_speaker

HOSTILE = "<img src=x onerror=alert(1)>"


def test_a_hostile_claim_renders_as_text_everywhere(page):
    speaker = synthetic_speaker(42, description=HOSTILE)
    synthetic_claim(speaker, HOSTILE)
    refresh_speaker_stats()

    page.goto("/?speaker=speaker-00042")
    page.wait_for_selector("[data-results] .claim")
    assert page.locator("[data-results] .quote").text_content() == HOSTILE
    assert page.locator("main img").count() == 0

    page.goto("/speaker.html?slug=speaker-00042")
    page.wait_for_selector(".timeline .claim")
    assert page.locator(".timeline .quote").text_content() == HOSTILE
    assert page.get_by_text(HOSTILE).count() >= 2  # the quote and the description
    assert page.locator("main img").count() == 0
    assert page.dialogs == []
