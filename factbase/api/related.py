"""Related speakers: who spoke about the same topics or was quoted in the same sources.

Bounded so it never scans every claim: only this speaker's most recent claims define
the topics and sources, and only the most recent claims in those topics and sources
are counted."""
from collections import defaultdict

from factbase.claims.models import Appearance, Claim, Speaker
from factbase.claims.querysets import claims_visible

OWN_CLAIMS = 200  # this speaker's most recent claims considered
CANDIDATE_ROWS = 5000  # (speaker, topic) and (speaker, source) pairs read at most, newest first
LIMIT = 20


def related_speakers(speaker, *, user, limit: int = LIMIT) -> list:
    """Up to `limit` speakers with shared_topics, shared_sources and score, most shared first."""
    claims = Claim.objects.visible_to(user)
    own = claims.filter(speaker=speaker).order_by("-said_on", "-id").values("pk")[:OWN_CLAIMS]
    through = Claim.topics.through.objects
    topic_ids = set(through.filter(claim_id__in=own).values_list("topic_id", flat=True))
    source_ids = set(Appearance.objects.filter(claim_id__in=own).values_list("source_id", flat=True))

    visible = claims_visible(user, "claim__")
    shared_topics, shared_sources = defaultdict(set), defaultdict(set)
    if topic_ids:
        pairs = (through.filter(visible, topic_id__in=topic_ids).exclude(claim__speaker=speaker)
                 .order_by("-claim_id").values_list("claim__speaker_id", "topic_id")[:CANDIDATE_ROWS])
        for speaker_id, topic_id in pairs:
            shared_topics[speaker_id].add(topic_id)
    if source_ids:
        pairs = (Appearance.objects.filter(visible, source_id__in=source_ids).exclude(claim__speaker=speaker)
                 .order_by("-id").values_list("claim__speaker_id", "source_id")[:CANDIDATE_ROWS])
        for speaker_id, source_id in pairs:
            shared_sources[speaker_id].add(source_id)

    scores = {sid: len(shared_topics[sid]) + len(shared_sources[sid]) for sid in {*shared_topics, *shared_sources}}
    speakers = Speaker.objects.visible_to(user).filter(pk__in=scores)
    rows = [
        {"slug": other.slug, "name": other.name, "kind": other.kind, "shared_topics": len(shared_topics[other.pk]),
         "shared_sources": len(shared_sources[other.pk]), "score": scores[other.pk]}
        for other in speakers.only("slug", "name", "kind")
    ]
    rows.sort(key=lambda row: (-row["score"], row["name"]))
    return rows[:limit]
