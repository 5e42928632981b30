"""Explore: find claims by speaker (names and aliases), page through results, Back works."""
import re

from factbase.claims.models import Claim
from tests.e2e.conftest import screenshot
from tests.e2e.synthetic import refresh_speaker_stats, synthetic_claim, synthetic_speaker


def published_by(slug):
    return Claim.objects.published().filter(speaker__slug=slug)


def test_it_shows_the_demo_claims_on_the_first_screen(page):
    page.goto("/")
    page.wait_for_selector("[data-results] .claim")
    assert page.locator("[data-results] .claim").count() == Claim.objects.published().count()
    assert page.locator("h1").text_content() == "Explore claims"
    screenshot(page, "explore")


def test_it_finds_a_speaker_by_alias_and_shows_only_their_claims(page):
    page.goto("/")
    page.wait_for_selector("[data-results] .claim")
    page.fill("#speaker", "Zelensky")
    option = page.locator("[role=option]", has_text="Wolodymyr Selenskyj")
    option.wait_for()
    assert "Zelensky" in option.text_content()  # the alias that matched is shown
    option.click()
    page.wait_for_url(re.compile(r"speaker=wolodymyr-selenskyj"))
    page.wait_for_selector("[data-results] .claim")
    speakers = page.locator("[data-results] .claim__speaker a").all_text_contents()
    assert len(speakers) == published_by("wolodymyr-selenskyj").count() > 0
    assert set(speakers) == {"Wolodymyr Selenskyj"}
    assert page.locator(".chip").text_content().startswith("Wolodymyr Selenskyj")
    screenshot(page, "explore-speaker")

    page.go_back()
    page.wait_for_function("document.querySelectorAll('[data-results] .claim').length > 5")
    assert "speaker=" not in page.url
    assert page.locator(".chip").count() == 0


def test_a_bookmarked_query_restores_filters_and_results(page):
    page.goto("/?speaker=mark-rutte&kind=direct")
    page.wait_for_selector("[data-results] .claim")
    expected = published_by("mark-rutte").filter(kind="direct").count()
    assert page.locator("[data-results] .claim").count() == expected
    assert page.input_value("#kind") == "direct"
    # The chip shows the slug until the speaker's name arrives (fetched beside the claims).
    page.wait_for_selector(".chip a:text('Mark Rutte')")
    assert page.locator(".chip a").text_content() == "Mark Rutte"


def test_dates_keep_their_precision_in_german(german_page):
    page = german_page
    page.goto("/")
    page.wait_for_selector("[data-results] .claim")
    assert page.locator("h1").text_content() == "Aussagen entdecken"
    dates = page.locator("[data-results] time").all_text_contents()
    assert dates and all(re.fullmatch(r"(\d{1,2}\. )?[A-ZÄÖÜ][a-zä]+ \d{4}|\d{4}", text) for text in dates), dates
    page.click("[data-lang=en]")
    assert page.locator("h1").text_content() == "Explore claims"
    page.reload()
    page.wait_for_selector("[data-results] .claim")
    assert page.locator("h1").text_content() == "Explore claims"  # the choice is remembered


def test_more_results_load_on_demand(page):
    speaker = synthetic_speaker(42)
    for number in range(30):
        synthetic_claim(speaker, f"Synthetic paging claim number {number}.")
    refresh_speaker_stats()
    page.goto("/?speaker=speaker-00042")
    page.wait_for_selector("[data-results] .claim")
    first = page.locator("[data-results] .claim").count()
    assert first < 30
    page.click("[data-more]")
    page.wait_for_function(f"document.querySelectorAll('[data-results] .claim').length > {first}")
    page.wait_for_selector("[data-more]", state="hidden")
    assert page.locator("[data-results] .claim").count() == 30


def live_api_count(path):
    from django.test import Client

    return len(Client().get(path).json()["results"])


def wait_for_results(page, query_part):
    page.wait_for_url(re.compile(query_part))
    page.wait_for_selector("[data-results][aria-busy=false]")
    return page.locator("[data-results] .claim")


def test_topic_words_and_period_filter_together(page):
    page.goto("/")
    page.wait_for_selector("[data-results] .claim")
    page.select_option("#topic", "nordkorea")
    claims = wait_for_results(page, r"topic=nordkorea")
    topic_claims = Claim.objects.published().filter(topics__slug="nordkorea")
    assert claims.count() == topic_claims.count() > 0

    page.fill("#q", "Ukraine")
    page.press("#q", "Enter")
    claims = wait_for_results(page, r"q=Ukraine")
    # PostgreSQL stems ("ukrainischen" matches too), SQLite matches the word: ask the API what it found.
    found = live_api_count("/api/claims/?topic=nordkorea&q=Ukraine")
    assert 0 < claims.count() == found < topic_claims.count()

    page.fill("#after", "2025-01-01")
    wait_for_results(page, r"after=2025-01-01")
    assert page.locator("[data-results] .empty").text_content() == "No claims match these filters."

    page.go_back()
    claims = wait_for_results(page, r"q=Ukraine")
    assert page.input_value("#after") == ""
    assert claims.count() > 0


def test_the_speaker_search_works_from_the_keyboard(page):
    page.goto("/")
    page.wait_for_selector("[data-results] .claim")
    page.focus("#speaker")
    page.keyboard.type("rutte")
    page.wait_for_selector("[role=option]")
    page.keyboard.press("ArrowDown")
    assert page.get_attribute("#speaker", "aria-activedescendant")
    page.keyboard.press("Enter")
    claims = wait_for_results(page, r"speaker=mark-rutte")
    assert claims.count() == published_by("mark-rutte").count()
