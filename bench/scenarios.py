"""The scenarios: one request each to Factbase's API, its raw SQL (captured from the
API's own queries) and the nearest Datasette JSON request over the same rows."""
import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from factbase.claims.models import Claim, Speaker, Topic

from .synthetic import search_words

DATASETTE_DB = "factbase"
LEAN = {"_nocount": "1", "_nofacet": "1", "_size": "50"}  # Datasette's JSON API without counts or facets


@dataclass
class Scenario:
    key: str
    title: str
    factbase: str
    datasette: str | None
    weight: int  # share of the mixed load
    raw_sql: list[str] = field(default_factory=list)  # filled by capture.py


@dataclass
class Params:
    top_speaker: Speaker
    rare_speaker: Speaker
    topic: Topic
    claim_id: int
    year: int = 2020
    words: tuple[str, str] = field(default_factory=search_words)
    seed: int = 7


def params() -> Params:
    """Pick the speakers, topic and claim the scenarios ask for, from the loaded data."""
    speakers = Speaker.objects.filter(confirmed=True)
    top = speakers.order_by("-claim_count", "name").first()
    rare = speakers.filter(claim_count__gte=2).order_by("claim_count", "-name").first()
    topic = Topic.objects.filter(slug="topic-010").first() or Topic.objects.order_by("id").first()
    claim = (Claim.objects.published().filter(speaker=top, verdict__isnull=False).order_by("-said_on", "-id")
             .values_list("id", flat=True)[200:201].first())
    claim = claim or Claim.objects.published().values_list("id", flat=True).first()
    return Params(top_speaker=top, rare_speaker=rare, topic=topic, claim_id=claim)


def table(path: str, **query) -> str:
    return f"/{DATASETTE_DB}/{path}.json?" + urlencode({**query, **LEAN})


def sql(statement: str, **query) -> str:
    return f"/{DATASETTE_DB}.json?" + urlencode({"sql": " ".join(statement.split()), **query})


def claims(**query) -> str:
    return "/api/claims/?" + urlencode(query)


def build(p: Params) -> list[Scenario]:
    """Scenarios 1-7; the page-101 ones get their cursors from runner.deep_pages()."""
    search = " ".join(p.words)
    after, before = dt.date(p.year, 1, 1).isoformat(), dt.date(p.year, 12, 31).isoformat()
    in_topic = f"id in (select claim_id from claim_topics where topic_id = {p.topic.id})"
    return [
        Scenario("1a", f"speaker page 1, top speaker ({p.top_speaker.claim_count:,} claims)",
                 claims(speaker=p.top_speaker.slug),
                 table("claims", speaker_id=p.top_speaker.id, status="published", _sort_desc="said_on"), 12),
        Scenario("1b", f"speaker page 1, rare speaker ({p.rare_speaker.claim_count} claims)",
                 claims(speaker=p.rare_speaker.slug),
                 table("claims", speaker_id=p.rare_speaker.id, status="published", _sort_desc="said_on"), 8),
        Scenario("2", "speaker page 101 (cursor), top speaker", "", None, 10),
        Scenario("3a", f"search '{search}', newest first", claims(q=search),
                 table("claims", _search=search, status="published", _sort_desc="said_on"), 10),
        Scenario("3b", f"search '{search}', by relevance", claims(q=search, ordering="relevance"),
                 sql("""select claims.* from claims join claims_fts on claims_fts.rowid = claims.rowid
                        where claims_fts match :q and claims.status = 'published'
                        order by claims_fts.rank limit 50""", q=search), 5),
        Scenario("4", f"topic {p.topic.slug} + year {p.year}",
                 claims(topic=p.topic.slug, said_after=after, said_before=before),
                 table("claims", _where=in_topic, said_on__gte=after, said_on__lte=before, status="published",
                       _sort_desc="said_on"), 10),
        Scenario("5", f"quiz: 10 random claims of {p.topic.slug} (seeded)",
                 claims(topic=p.topic.slug, sample=10, seed=p.seed),
                 sql(f"""select * from claims where status = 'published' and {in_topic}
                         order by random() limit 10"""), 10),
        Scenario("6a", "speaker list, most claims first (top 50)", "/api/speakers/?limit=50",
                 sql("""select speakers.id, speakers.name, speakers.slug, count(*) as claim_count
                        from claims join speakers on speakers.id = claims.speaker_id
                        where claims.status = 'published'
                        group by claims.speaker_id order by claim_count desc limit 50"""), 5),
        Scenario("6b", "speaker scorecard, top speaker", f"/api/speakers/{p.top_speaker.slug}/",
                 sql("""select reviews.rating, count(*) as n from claims join reviews on reviews.id = claims.verdict_id
                        where claims.speaker_id = :speaker and claims.status = 'published'
                        group by reviews.rating""", speaker=p.top_speaker.id), 5),
        Scenario("7", "one claim's detail", f"/api/claims/{p.claim_id}/",
                 f"/{DATASETTE_DB}/claims/{p.claim_id}.json", 25),
    ]
