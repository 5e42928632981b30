"""Speaker page: profile, labelled scorecard chart, claims per year, timeline."""
from factbase.claims.models import Claim, Speaker
from tests.e2e.conftest import screenshot


def test_it_shows_the_profile_scorecard_and_timeline(page):
    speaker = Speaker.objects.get(slug="wolodymyr-selenskyj")
    page.goto("/speaker.html?slug=wolodymyr-selenskyj")
    page.wait_for_selector(".timeline .claim")
    assert page.locator("h1").text_content() == speaker.name
    assert "Zelensky" in page.locator(".profile").text_content()
    assert page.locator(".profile a[href*='wikidata.org']").count() == (1 if speaker.wikidata_id else 0)
    labels = page.locator("#scorecard-title + svg .chart__label").all_text_contents()
    assert labels[:2] == ["True", "Mostly true"] and len(labels) == 7
    assert page.locator(".timeline .claim").count() == Claim.objects.published().filter(speaker=speaker).count()
    screenshot(page, "speaker")


def test_an_unknown_speaker_says_so(page):
    page.goto("/speaker.html?slug=nobody-00000")
    page.wait_for_selector("[data-error]")
    assert "Nothing found" in page.locator("[data-error]").text_content()
