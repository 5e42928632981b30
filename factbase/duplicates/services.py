"""Writes of the duplicates app: keeping the index and the proposed pairs, merging and
rejecting a pair. Called by the signals (one claim), `manage.py find_duplicates` (after a
bulk load) and the admin."""
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from factbase.claims.bulk import copy_rows
from factbase.claims.history import records_history_user
from factbase.claims.models import Claim
from factbase.claims.services import claim_merge

from .finding import COMMON_KEY, PROPOSE_AT, similar_claims
from .models import ClaimKey, ClaimText, DuplicatePair
from .resemblance import fingerprints, normalised, resemblance

MAX_PAIRS_PER_CLAIM = 10
MIN_PAIR_WORDS = 4  # "Thank you." from two speakers is no duplicate worth a curator's time
TRIGRAM_INDEX = "duplicates_claimtext_trigram"


def claim_index_refresh(*, claim: Claim) -> None:
    """Re-index one claim's words (its fingerprints, and on PostgreSQL its normalised text)."""
    text = normalised(claim.text)
    ClaimKey.objects.filter(claim_id=claim.pk).delete()
    ClaimKey.objects.bulk_create([ClaimKey(key=key, claim_id=claim.pk) for key in fingerprints(text)])
    if connection.vendor == "postgresql":
        ClaimText.objects.update_or_create(claim_id=claim.pk, defaults={"text": text})


def claim_pairs_refresh(*, claim: Claim) -> int:
    """Propose the pairs of `claim` with every claim whose words nearly match (any speaker);
    pairs a curator rejected stay rejected. Returns how many pairs were found."""
    DuplicatePair.objects.proposed().involving(claim.pk).delete()
    if _words(normalised(claim.text)) < MIN_PAIR_WORDS:
        return 0
    pairs = [_pair(claim.pk, claim.speaker_id, found.claim_id, found.speaker_id, found.score)
             for found in similar_claims(claim=claim, limit=MAX_PAIRS_PER_CLAIM)]
    DuplicatePair.objects.bulk_create(pairs, ignore_conflicts=True)  # a rejected pair is kept as it is
    return len(pairs)


def claim_duplicates_refresh(*, claim: Claim) -> None:
    """After a claim's words or speaker changed: its index, then its proposed pairs."""
    with transaction.atomic():
        claim_index_refresh(claim=claim)
        claim_pairs_refresh(claim=claim)


def duplicates_find(*, after_id: int = 0, batch_size: int = 20_000,
                    on_progress: Callable[[str, int], None] | None = None) -> tuple[int, int]:
    """Index the claims with an id above `after_id` and propose their pairs with every claim
    (all claims from 0): the batch path after a bulk load, where the signals did not run.
    One join of the fingerprint table with itself finds the candidates, so the time grows
    with the claims indexed, not with claims times table. Returns (claims indexed, pairs proposed)."""
    on_progress = on_progress or (lambda phase, n: None)
    with transaction.atomic():
        indexed = _index_batch(after_id, batch_size, on_progress)
        proposed = _propose_batch(after_id, batch_size, on_progress)
    return indexed, proposed


def _index_batch(after_id: int, batch_size: int, on_progress) -> int:
    postgresql = connection.vendor == "postgresql"
    claims = Claim.objects.filter(pk__gt=after_id).order_by("pk")
    ClaimKey.objects.filter(claim_id__gt=after_id).delete()
    many = claims.count() > 100_000
    if postgresql:
        ClaimText.objects.filter(claim_id__gt=after_id).delete()
        if many:  # one index build at the end is several times faster than a million GIN inserts
            with connection.cursor() as cursor:
                cursor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    indexed, last = 0, after_id
    while batch := list(claims.filter(pk__gt=last).values_list("pk", "text")[:batch_size]):
        texts = [(pk, normalised(text)) for pk, text in batch]
        copy_rows(ClaimKey, ["key", "claim_id"], ((key, pk) for pk, text in texts for key in fingerprints(text)))
        if postgresql:
            copy_rows(ClaimText, ["claim_id", "text"], texts)
        indexed, last = indexed + len(batch), batch[-1][0]
        on_progress("indexing", len(batch))
    if postgresql and many:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            cursor.execute(f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON duplicates_claimtext "
                           "USING gin (text gin_trgm_ops)")
            cursor.execute("ANALYZE duplicates_claimkey, duplicates_claimtext")
    return indexed


# Candidate pairs: claims sharing a fingerprint that is not a stock phrase, each pair once
# (a new claim with an older one, or two new ones lower id first), with both texts.
_CANDIDATES_SQL = """
SELECT p.a, p.b, ca.speaker_id, cb.speaker_id, ca.text, cb.text FROM (
    SELECT DISTINCT o.claim_id AS a, n.claim_id AS b
    FROM duplicates_claimkey n JOIN duplicates_claimkey o ON o.key = n.key
    WHERE n.claim_id > %s AND o.claim_id < n.claim_id
      AND n.key NOT IN (SELECT key FROM duplicates_claimkey GROUP BY key HAVING count(*) > %s)
) p JOIN claims_claim ca ON ca.id = p.a JOIN claims_claim cb ON cb.id = p.b
"""


def _propose_batch(after_id: int, batch_size: int, on_progress) -> int:
    DuplicatePair.objects.proposed().filter(claim_b_id__gt=after_id).delete()
    proposed = 0
    with connection.chunked_cursor() as cursor:
        cursor.execute(_CANDIDATES_SQL, [after_id, COMMON_KEY])
        while rows := cursor.fetchmany(batch_size):
            pairs = []
            for a, b, speaker_a, speaker_b, text_a, text_b in rows:
                text_a, text_b = normalised(text_a), normalised(text_b)
                if min(_words(text_a), _words(text_b)) < MIN_PAIR_WORDS:
                    continue
                score = resemblance(text_a, text_b)
                if score >= PROPOSE_AT:
                    pairs.append(_pair(a, speaker_a, b, speaker_b, score))
            DuplicatePair.objects.bulk_create(pairs, ignore_conflicts=True, batch_size=2000)
            proposed += len(pairs)
            on_progress("comparing", len(rows))
    return proposed


def _pair(claim_id: int, speaker_id: int, other_id: int, other_speaker_id: int, score: float) -> DuplicatePair:
    a, b = sorted((claim_id, other_id))
    return DuplicatePair(claim_a_id=a, claim_b_id=b, score=score, same_speaker=speaker_id == other_speaker_id)


def _words(text: str) -> int:
    return text.count(" ") + 1 if text else 0


@records_history_user
@transaction.atomic
def pair_merge(*, pair: DuplicatePair, keep: Claim, user=None) -> Claim:
    """Merge a proposed pair: the other claim's appearances, reviews and topics move to
    `keep` (its wording stays on each moved appearance and in the claim's history), and
    the other claim is deleted. Through claims.services.claim_merge, in one transaction."""
    pair = DuplicatePair.objects.select_for_update().filter(pk=pair.pk).first()
    if pair is None:
        raise ValidationError("This pair is gone: one of its claims was merged or deleted meanwhile.")
    if keep.pk not in (pair.claim_a_id, pair.claim_b_id):
        raise ValidationError("Keep one of the pair's own claims.")
    other_id = pair.claim_b_id if keep.pk == pair.claim_a_id else pair.claim_a_id
    claims = {claim.pk: claim for claim in Claim.objects.select_for_update().filter(pk__in=[keep.pk, other_id])}
    return claim_merge(duplicate=claims[other_id], into=claims[keep.pk], user=user)


def pair_reject(*, pair: DuplicatePair, user=None) -> DuplicatePair:
    """Mark a pair as not duplicates: it stays, so neither refresh nor backfill proposes it again."""
    pair.status, pair.decided_by, pair.decided_at = DuplicatePair.Status.REJECTED, user, timezone.now()
    pair.save(update_fields=["status", "decided_by", "decided_at"])
    return pair
