"""The compare page's "the numbers they use" and the feed links of the explore and speaker pages,
on the demo data: the seed's "mehr als 10.000" and Selenskyj's "11.000" North Korean soldiers."""
import feedparser


def test_the_seed_figures_for_north_korean_soldiers_stand_side_by_side(page):
    page.goto("/compare.html?speakers=vedant-patel,wolodymyr-selenskyj")
    group = page.locator("[data-numbers] [data-figures=nordkorean]")
    group.wait_for()
    assert group.locator(".column-head").all_text_contents() == ["Vedant Patel", "Wolodymyr Selenskyj"]
    left, right = group.locator(".cell").all()
    assert left.locator(".figure__value strong").all_text_contents() == ["mehr als 10.000"]
    assert right.locator(".figure__value strong").all_text_contents() == ["11.000"]
    assert "= 10,000" in left.text_content() and "= 11,000" in right.text_content()
    assert "Nordkoreaner:innen" in left.text_content()
    # Selenskyj's 50.000 Russian soldiers count something else: not beside the North Koreans.
    assert "50.000" not in group.text_content()


def test_speakers_without_shared_figures_are_told_so(page):
    page.goto("/compare.html?speakers=mark-rutte,vedant-patel")
    page.locator("[data-numbers]").wait_for()
    assert "no figures for the same thing" in page.locator("[data-numbers]").text_content()


def test_the_explore_and_speaker_pages_offer_their_atom_feed(page, site):
    page.goto("/?q=Kursk")
    page.wait_for_selector(".claim")
    href = page.locator('link[rel=alternate][type="application/atom+xml"]').get_attribute("href")
    assert href == "/feeds/claims/?q=Kursk"
    feed = feedparser.parse(page.request.get(site + href).body())
    assert not feed.bozo and feed.entries and all("Kursk" in entry.summary for entry in feed.entries)

    page.goto("/speaker.html?slug=wolodymyr-selenskyj")
    page.wait_for_selector(".claim")
    links = page.locator('link[rel=alternate][type="application/atom+xml"]')
    assert links.count() == 1
    assert links.get_attribute("href") == "/feeds/speakers/wolodymyr-selenskyj/"
    feed = feedparser.parse(page.request.get(site + links.get_attribute("href")).body())
    assert {entry.author for entry in feed.entries} == {"Wolodymyr Selenskyj"}
