"""Finding near-duplicates of one claim, keeping the proposed pairs, and the batch path."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factbase.claims.bulk import copy_rows
from factbase.claims.models import Claim
from factbase.claims.services import claim_publish
from factbase.claims.text import claim_text_hash
from factbase.duplicates.finding import similar_claims
from factbase.duplicates.models import ClaimKey, DuplicatePair
from factbase.duplicates.resemblance import fingerprints, normalised, resemblance
from factbase.duplicates.services import claim_pairs_refresh, duplicates_find, pair_reject
from tests.factories import ClaimFactory

from .conftest import BASE, LONGER, OTHER, SHORTENED, TWO_WORDS


def found(claim, **kwargs) -> dict[int, float]:
    return {s.claim_id: s.score for s in similar_claims(claim=claim, **kwargs)}


@pytest.mark.parametrize(("a", "b"), [(BASE, SHORTENED), (BASE, TWO_WORDS), (BASE, LONGER), (SHORTENED, LONGER)])
def test_near_duplicates_score_high_and_share_a_fingerprint(a, b):
    assert resemblance(normalised(a), normalised(b)) >= 0.9
    assert fingerprints(normalised(a)) & fingerprints(normalised(b))


def test_an_unrelated_claim_scores_low():
    assert resemblance(normalised(BASE), normalised(OTHER)) < 0.6


def test_case_punctuation_and_accents_do_not_count():
    assert resemblance(normalised("Wir müssen MEHR tun!"), normalised("wir mussen mehr tun")) == 1.0


def test_it_finds_the_shortened_the_changed_and_the_longer_quote_but_not_another_claim(near):
    hits = found(near["base"])
    assert set(hits) == {near[name].pk for name in ("shortened", "two_words", "longer", "draft")}
    assert near["other"].pk not in hits
    assert all(score >= 0.8 for score in hits.values())
    assert list(hits) == sorted(hits, key=lambda pk: -hits[pk])  # most similar first


def test_the_quote_is_found_from_inside_and_from_outside(near):
    assert near["longer"].pk in found(near["shortened"])
    assert near["shortened"].pk in found(near["longer"])


def test_same_speaker_leaves_out_the_other_speakers_claims(near):
    hits = found(near["base"], same_speaker=True)
    assert near["two_words"].pk not in hits
    assert near["shortened"].pk in hits


def test_within_limits_the_claims_searched(near):
    assert near["draft"].pk not in found(near["base"], within=Claim.objects.published())


def test_pairs_are_proposed_as_claims_are_saved(near):
    pairs = {(p.claim_a_id, p.claim_b_id): p for p in DuplicatePair.objects.all()}
    base, two_words = near["base"], near["two_words"]
    assert (base.pk, two_words.pk) in pairs
    assert pairs[(base.pk, two_words.pk)].same_speaker is False
    assert pairs[(base.pk, near["shortened"].pk)].same_speaker is True
    assert not DuplicatePair.objects.involving(near["other"].pk).exists()


def test_new_words_replace_the_claims_proposals(near):
    claim = near["two_words"]
    claim.text = "An entirely different sentence about rail tickets and the price of bread in spring."
    claim.save()
    assert not DuplicatePair.objects.involving(claim.pk).exists()


def test_publishing_does_not_search_again(near):
    with CaptureQueriesContext(connection) as queries:
        claim_publish(claim=near["draft"])
    assert Claim.objects.get(pk=near["draft"].pk).status == Claim.Status.PUBLISHED
    assert not [query["sql"] for query in queries if "duplicates_" in query["sql"]]


def test_a_rejected_pair_is_never_proposed_again(near):
    pair = DuplicatePair.objects.get(claim_a=near["base"], claim_b=near["two_words"])
    pair_reject(pair=pair)
    claim_pairs_refresh(claim=near["two_words"])
    duplicates_find()
    pair = DuplicatePair.objects.get(claim_a=near["base"], claim_b=near["two_words"])
    assert pair.status == DuplicatePair.Status.REJECTED
    assert DuplicatePair.objects.proposed().involving(near["base"].pk).count() == 3


def test_the_batch_path_finds_what_the_signals_find(near):
    by_signals = set(DuplicatePair.objects.values_list("claim_a_id", "claim_b_id", "score"))
    # A bulk load bypasses signals: the rows go in as the Quotebank loader writes them.
    speaker_id = near["base"].speaker_id
    texts = ["We will send more than ten thousand additional soldiers to the northern border before the winter begins.",
             "Synthetic bulk sentence about nothing that anybody else ever said in this test corpus."]
    copy_rows(Claim, ["text", "text_hash", "speaker_id", "said_on_precision", "kind", "role", "place", "language",
                      "status", "created", "updated"],
              [(t, claim_text_hash(t), speaker_id, "", "direct", "", "", "en", "published", near["base"].created,
                near["base"].created) for t in texts])
    bulk = list(Claim.objects.filter(text__in=texts).order_by("pk"))
    assert not ClaimKey.objects.filter(claim__in=bulk).exists()

    indexed, _ = duplicates_find(after_id=near["draft"].pk)
    assert indexed == 2
    assert ClaimKey.objects.filter(claim=bulk[0]).exists()
    assert DuplicatePair.objects.filter(claim_b=bulk[0], claim_a=near["base"]).exists()
    assert not DuplicatePair.objects.involving(bulk[1].pk).exists()

    DuplicatePair.objects.all().delete()
    duplicates_find()  # every claim, from scratch
    again = set(DuplicatePair.objects.exclude(claim_b__in=bulk).values_list("claim_a_id", "claim_b_id", "score"))
    assert again == by_signals


def test_a_one_word_claim_is_no_duplicate_of_anything(db):
    first, second = ClaimFactory(text="Thank you."), ClaimFactory(text="Thank you!")
    assert not DuplicatePair.objects.involving(first.pk).exists()
    assert second.pk in found(first)  # still similar, just not proposed
