"""Load the demo data: the seed article and the claims a curator published from it."""
import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from factbase.claims import services
from factbase.claims.dates import PartialDate
from factbase.claims.models import Claim, Source, Speaker
from factbase.claims.text import claim_text_hash
from factbase.ingest.readers import read_text

DEMO_DIR = Path(__file__).resolve().parent


@dataclass
class DemoSummary:
    speakers_created: int
    claims_created: int
    claims_total: int


def _paragraph_around(text: str, start: int, end: int) -> str:
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return text[left + 2 if left >= 0 else 0: right if right >= 0 else len(text)].strip()


@transaction.atomic
def demo_load() -> DemoSummary:
    """Idempotent: a second run finds everything in place and changes nothing."""
    data = json.loads((DEMO_DIR / "claims.json").read_text(encoding="utf-8"))
    meta = data["source"]
    # Read the way the importer reads articles, so the offsets match an imported copy.
    article = read_text((DEMO_DIR / meta["file"]).read_bytes(), document=meta["file"]).text
    published = PartialDate.parse(meta["published"])

    source = (Source.objects.filter(title=meta["title"], language=meta["language"]).first()
              or Source.objects.filter(text_hash=claim_text_hash(article)).first())  # imported before
    if source is None:
        source = Source.objects.create(title=meta["title"], language=meta["language"], text=article,
                                       published_on=published.start, published_on_precision=published.precision)

    topics = {slug: services.topic_get_or_create(name=name) for slug, name in data["topics"].items()}

    speakers, roles, speakers_created = {}, {}, 0
    for entry in data["speakers"]:
        speaker = Speaker.objects.filter(slug=entry["slug"]).first()
        if speaker is None:
            speaker = services.speaker_create(name=entry["name"], slug=entry["slug"], kind=entry["kind"],
                                              description=entry.get("description", ""),
                                              wikidata_id=entry.get("wikidata_id", ""))
            speakers_created += 1
        services.speaker_confirm(speaker=speaker)  # an importer may have proposed it; the demo's are checked
        services.speaker_add_aliases(speaker=speaker, names=entry["aliases"])
        speakers[entry["name"]] = speaker
        roles[entry["name"]] = entry["role"]

    claims_created = 0
    for entry in data["claims"]:
        start = article.find(entry["text"])
        end = start + len(entry["text"]) if start >= 0 else None
        recorded = services.claim_record(
            speaker=speakers[entry["speaker"]], text=entry["text"], kind=entry["kind"], source=source,
            said=published, role=roles[entry["speaker"]], place=entry.get("place", ""),
            language=meta["language"], topics=[topics[slug] for slug in entry["topics"]],
            status=Claim.Status.PUBLISHED,
            context=_paragraph_around(article, start, end) if start >= 0 else "",
            start=start if start >= 0 else None, end=end,
        )
        claims_created += recorded.created
    return DemoSummary(speakers_created, claims_created, Claim.objects.filter(appearances__source=source).count())
