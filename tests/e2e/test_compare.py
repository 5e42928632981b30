"""Compare: two speakers side by side, aligned by date; the URL is shareable."""
import re

from factbase.claims.models import Claim


def test_it_compares_two_speakers_side_by_side(page):
    from tests.e2e.conftest import screenshot

    page.goto("/compare.html?speakers=mark-rutte")
    page.wait_for_selector(".chip a:text('Mark Rutte')")
    page.fill("#speaker", "Selensk")
    page.locator("[role=option]", has_text="Wolodymyr Selenskyj").click()
    page.wait_for_url(re.compile(r"speakers=mark-rutte(%2C|,)wolodymyr-selenskyj"))
    page.wait_for_selector("[data-by-date] .claim")

    assert page.locator("[data-by-date] .column-head").all_text_contents() == ["Mark Rutte", "Wolodymyr Selenskyj"]
    assert page.locator("svg.chart").count() == 2
    def claim_ids(slug):
        return {str(pk) for pk in Claim.objects.published().filter(speaker__slug=slug).values_list("pk", flat=True)}

    rutte, zelensky = claim_ids("mark-rutte"), claim_ids("wolodymyr-selenskyj")
    cells = page.locator("[data-by-date] .cell")
    left, right = set(), set()
    for index in range(cells.count()):
        ids = set(cells.nth(index).locator(".claim").evaluate_all("els => els.map(e => e.dataset.claim)"))
        (left if index % 2 == 0 else right).update(ids)
    assert left == rutte and right == zelensky
    screenshot(page, "compare")

    # The address is the comparison: opening it again shows the same.
    shared = page.url
    page.goto("/")
    page.goto(shared)
    page.wait_for_selector("[data-by-date] .claim")
    assert page.locator("[data-by-date] .column-head").count() == 2


def test_it_asks_for_a_second_speaker(page):
    page.goto("/compare.html")
    assert "at least two" in page.locator("[data-view]").text_content()
