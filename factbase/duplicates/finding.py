"""Finding the claims whose words nearly match one claim's, without reading the whole table.

Candidates come from the fingerprint table (ClaimKey), on both databases; PostgreSQL also
keeps a pg_trgm GIN index (ClaimText, `_trigram_candidates`), measured too slow on synthetic
data to serve a save (see below and bench/duplicates/RESULTS.md). Every candidate is then
scored by the one `resemblance` function, so a pair scores the same whichever database holds it.
"""
from collections import Counter
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q

from factbase.claims.models import Claim

from .models import ClaimKey
from .resemblance import fingerprints, normalised, resemblance

PROPOSE_AT = 0.8  # the score from which a pair is proposed to curators and listed as similar
# A fingerprint shared by more claims than this says nothing about any of them (a stock phrase).
COMMON_KEY = 200
CANDIDATES = 50  # scored per claim at most, those sharing most fingerprints first


@dataclass(frozen=True)
class Similar:
    claim_id: int
    speaker_id: int
    score: float


def similar_claims(*, claim: Claim, within=None, same_speaker: bool = False, min_score: float = PROPOSE_AT,
                   limit: int = 20) -> list[Similar]:
    """The claims in `within` (all claims by default) whose words nearly match `claim`'s,
    most similar first; only the claim's own speaker's when `same_speaker`."""
    within = Claim.objects.all() if within is None else within
    within = within.exclude(pk=claim.pk)
    if same_speaker:
        within = within.filter(speaker_id=claim.speaker_id)
    text = normalised(claim.text)
    # Fingerprints on both databases for now: the pg_trgm match measured 4.6 s per claim at 100,000
    # synthetic claims (its GIN index returned 51,594 rows for 6 hits; bench/duplicates/RESULTS.md),
    # against about 1 ms for the fingerprints. _trigram_candidates stays for the bench to compare.
    candidates = _fingerprint_candidates(text, within)
    found = [Similar(pk, speaker_id, resemblance(text, normalised(other))) for pk, speaker_id, other in candidates]
    found = sorted((s for s in found if s.score >= min_score), key=lambda s: (-s.score, s.claim_id))
    return found[:limit]


def _trigram_candidates(text: str, within) -> list[tuple[int, int, str]]:
    # pg_trgm's own thresholds (similarity 0.3, word similarity 0.6, its defaults) fetch the
    # candidates, looser than PROPOSE_AT so that the score decides. `trigram_word_similar` is
    # pg_trgm's `column %> text`: the claim's words inside a longer claim.
    matches = within.filter(Q(normalised__text__trigram_similar=text) | Q(normalised__text__trigram_word_similar=text))
    return list(matches.values_list("pk", "speaker_id", "text")[:CANDIDATES * 5])


def _fingerprint_candidates(text: str, within) -> list[tuple[int, int, str]]:
    keys = sorted(fingerprints(text))
    if not keys:
        return []
    # One query: per key, at most COMMON_KEY + 1 claims (more: a stock phrase, ignored).
    table = connection.ops.quote_name(ClaimKey._meta.db_table)
    sql = " UNION ALL ".join(
        f"SELECT * FROM (SELECT key, claim_id FROM {table} WHERE key = %s LIMIT {COMMON_KEY + 1}) AS k{i}"
        for i in range(len(keys)))
    with connection.cursor() as cursor:
        cursor.execute(sql, keys)
        rows = cursor.fetchall()
    by_key = Counter(key for key, _ in rows)
    shared = Counter(claim_id for key, claim_id in rows if by_key[key] <= COMMON_KEY)
    best = [claim_id for claim_id, _ in shared.most_common(CANDIDATES)]
    return list(within.filter(pk__in=best).values_list("pk", "speaker_id", "text"))
