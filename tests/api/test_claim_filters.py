"""Every filter of /api/claims/, as a table of (query string, which claims match), the
expected claims derived from the synthetic corpus rather than typed by hand."""
import datetime as dt

import pytest

from factbase.claims.models import Claim

from .conftest import ids


def _sources(claim):
    return {appearance.source for appearance in claim.appearances.all()}


def _topics(claim):
    return {topic.slug for topic in claim.topics.all()}


def _overlaps(claim, after, before):
    said = claim.said
    return said is not None and (after is None or said.end >= after) and (before is None or said.start <= before)


FILTERS = [
    ("speaker=speaker-ada", lambda c: c.speaker.slug == "speaker-ada"),
    ("speaker=speaker-ada&speaker=speaker-bob", lambda c: c.speaker.slug in ("speaker-ada", "speaker-bob")),
    ("speaker=nobody-at-all", lambda c: False),
    ("speaker_name=ada ammala", lambda c: c.speaker.slug == "speaker-ada"),
    ("speaker_name=SPEAKER ADA AMMALA", lambda c: c.speaker.slug == "speaker-ada"),
    ("speaker_name=Speaker Bob", lambda c: c.speaker.slug == "speaker-bob"),
    ("topic=alpha", lambda c: "alpha" in _topics(c)),
    ("topic=alpha&topic=beta", lambda c: bool(_topics(c) & {"alpha", "beta"})),
    ("outlet=daily example", lambda c: any(s.outlet == "Daily Example" for s in _sources(c))),
    ("kind=indirect", lambda c: c.kind == "indirect"),
    ("language=en", lambda c: c.language == "en"),
    ("rating=false", lambda c: c.verdict is not None and c.verdict.rating == "false"),
    ("rating=false&rating=true", lambda c: c.verdict is not None and c.verdict.rating in ("false", "true")),
    ("attribution=altered", lambda c: c.verdict is not None and c.verdict.attribution == "altered"),
    ("reviewed=true", lambda c: c.verdict is not None),
    ("reviewed=false", lambda c: c.verdict is None),
    ("said_after=2024-11-01&said_before=2024-11-30",
     lambda c: _overlaps(c, dt.date(2024, 11, 1), dt.date(2024, 11, 30))),
    ("said_after=2024-11-20", lambda c: _overlaps(c, dt.date(2024, 11, 20), None)),
    ("said_before=2024-10-31", lambda c: _overlaps(c, None, dt.date(2024, 10, 31))),
    ("said_after=2023-06-01&said_before=2023-06-30", lambda c: _overlaps(c, dt.date(2023, 6, 1), dt.date(2023, 6, 30))),
    ("said_after=2024-11", lambda c: _overlaps(c, dt.date(2024, 11, 1), None)),
    ("q=turnips", lambda c: "turnips" in c.text),
    ("speaker=speaker-ada&topic=beta", lambda c: c.speaker.slug == "speaker-ada" and "beta" in _topics(c)),
]


@pytest.mark.parametrize(("query", "matches"), FILTERS, ids=[query for query, _ in FILTERS])
def test_each_filter_returns_exactly_the_matching_published_claims(anonymous, corpus, query, matches):
    response = anonymous.get(f"/api/claims/?{query}")
    expected = {c.pk for c in corpus.values() if c.status == Claim.Status.PUBLISHED and matches(c)}
    assert set(ids(response)) == expected


def test_the_source_filter_returns_the_claims_found_in_that_source(anonymous, corpus):
    source = corpus["bob-day"].appearances.get().source
    expected = {c.pk for c in corpus.values() if c.status == "published" and source in _sources(c)}
    assert set(ids(anonymous.get(f"/api/claims/?source={source.pk}"))) == expected == {
        corpus["ada-day"].pk, corpus["bob-day"].pk}


def test_a_month_dated_claim_matches_a_range_inside_its_month(anonymous, corpus):
    found = ids(anonymous.get("/api/claims/?said_after=2024-11-20&said_before=2024-11-21"))
    assert corpus["ada-month"].pk in found
    assert corpus["ada-day"].pk not in found


def test_staff_may_filter_drafts_and_anonymous_never_sees_them(anonymous, staff_client, corpus):
    assert ids(staff_client.get("/api/claims/?status=draft")) == [corpus["cyd-draft"].pk]
    assert ids(anonymous.get("/api/claims/?status=draft")) == []
    assert corpus["cyd-draft"].pk not in ids(anonymous.get("/api/claims/?speaker=speaker-cyd"))


# The acceptance checks of the issue, on the real demo data.

def test_rutte_filter_returns_his_five_seed_claims_and_no_one_elses(anonymous, demo):
    rows = anonymous.get("/api/claims/?speaker=mark-rutte").json()["results"]
    assert len(rows) == 5
    assert {row["speaker"]["slug"] for row in rows} == {"mark-rutte"}
    assert len(rows) == Claim.objects.published().by_speaker("mark-rutte").count()


def test_zelensky_finds_selenskyjs_claims(anonymous, demo):
    rows = anonymous.get("/api/claims/?speaker_name=Zelensky").json()["results"]
    assert rows
    assert {row["speaker"]["slug"] for row in rows} == {"wolodymyr-selenskyj"}
    assert len(rows) == Claim.objects.published().by_speaker("wolodymyr-selenskyj").count()


def test_eskalation_finds_the_defence_departments_quote(anonymous, demo):
    rows = anonymous.get("/api/claims/?q=Eskalation").json()["results"]
    assert [row["speaker"]["slug"] for row in rows] == ["us-verteidigungsministerium"]
    assert "Eskalation" in rows[0]["text"]


def test_november_2024_returns_the_sixteen_seed_claims(anonymous, demo, corpus):
    rows = anonymous.get("/api/claims/?said_after=2024-11-01&said_before=2024-11-30").json()["results"]
    synthetic = {row["id"] for row in rows if row["text"].startswith("Synthetic")}
    assert synthetic == {corpus["ada-day"].pk, corpus["ada-month"].pk}  # the corpus's published November
    assert len(rows) - len(synthetic) == 16


def test_the_demo_claims_show_the_contract_fields(anonymous, demo):
    row = anonymous.get("/api/claims/?speaker=mark-rutte&page_size=1").json()["results"][0]
    assert set(row) >= {"id", "url", "text", "kind", "language", "said_on", "said_on_precision", "said_on_display",
                        "said_on_iso", "place", "status", "speaker", "first_appearance", "appearance_count", "topics",
                        "verdict"}
    assert row["said_on"] == "2024-11-01"
    assert (row["said_on_precision"], row["said_on_display"], row["said_on_iso"]) == ("month", "November 2024",
                                                                                       "2024-11")
    assert row["speaker"] == {"slug": "mark-rutte", "name": "Mark Rutte", "kind": "person",
                              "role": "NATO-Generalsekretär"}
    assert set(row["first_appearance"]["source"]) == {"id", "title", "url", "outlet", "published_on",
                                                     "published_on_precision"}
    assert row["appearance_count"] == 1
