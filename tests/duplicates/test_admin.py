"""Curators and near-duplicates in the admin: the list of possible duplicates, merging and
rejecting a pair, and a claim's own page."""
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from factbase.claims.models import Appearance, Claim
from factbase.duplicates.models import DuplicatePair
from tests.factories import ClaimFactory, SpeakerFactory

CHANGELIST = reverse("admin:duplicates_duplicatepair_changelist")


def act(client, action, pairs):
    return client.post(CHANGELIST, {"action": action, ACTION_CHECKBOX_NAME: [p.pk for p in pairs]}, follow=True)


def test_the_list_shows_proposed_pairs_most_similar_first(client, editor, near):
    client.force_login(editor)
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    listed = list(response.context["cl"].result_list)
    assert listed == list(DuplicatePair.objects.proposed().order_by("-score", "id"))
    assert len(listed) >= 4 and listed[0].score >= listed[-1].score
    assert "Speaker 00002" in response.content.decode()
    same = client.get(CHANGELIST, {"same_speaker__exact": "0"}).context["cl"].result_list
    assert {(p.claim_a_id, p.claim_b_id) for p in same} >= {(near["base"].pk, near["two_words"].pk)}
    assert all(not p.same_speaker for p in same)


def test_a_page_of_pairs_takes_the_same_queries_however_many_pairs(client, editor, near,
                                                                    django_assert_max_num_queries):
    client.force_login(editor)
    speaker = SpeakerFactory()
    for n in range(12):
        ClaimFactory(speaker=speaker,
                     text=f"Synthetic repeated sentence number {n} about the rail timetable of spring.")
    assert DuplicatePair.objects.count() > 40
    # session, user, page of pairs with both claims and speakers, filter choices; no query per pair
    with django_assert_max_num_queries(8):
        assert client.get(CHANGELIST).status_code == 200


def test_merging_a_pair_moves_the_appearances_and_keeps_the_words(client, editor, near):
    client.force_login(editor)
    base, two_words = near["base"], near["two_words"]
    moved = list(two_words.appearances.values_list("source_id", flat=True))
    pair = DuplicatePair.objects.get(claim_a=base, claim_b=two_words)
    response = act(client, "merge_into_left", [pair])
    assert "Merged 1 pair" in response.content.decode()

    assert not Claim.objects.filter(pk=two_words.pk).exists()
    appearances = Appearance.objects.filter(claim=base, source_id__in=moved)
    assert [a.printed_text for a in appearances] == [two_words.text]  # the words as that source printed them
    deleted = Claim.history.filter(id=two_words.pk, history_type="-").get()
    assert deleted.text == two_words.text
    assert deleted.history_change_reason == f"Merged into claim #{base.pk}"
    assert deleted.history_user == editor
    assert not DuplicatePair.objects.filter(pk=pair.pk).exists()


def test_merging_into_the_right_claim_keeps_the_right_one(client, editor, near):
    client.force_login(editor)
    pair = DuplicatePair.objects.get(claim_a=near["base"], claim_b=near["shortened"])
    act(client, "merge_into_right", [pair])
    assert not Claim.objects.filter(pk=near["base"].pk).exists()
    assert Claim.objects.get(pk=near["shortened"].pk).appearances.count() == 2


def test_a_reader_without_delete_permission_cannot_merge(client, reviewer, near):
    client.force_login(reviewer)
    pair = DuplicatePair.objects.get(claim_a=near["base"], claim_b=near["shortened"])
    act(client, "merge_into_left", [pair])
    assert Claim.objects.filter(pk=near["shortened"].pk).exists()


def test_a_rejected_pair_leaves_the_list_and_is_remembered(client, editor, near):
    client.force_login(editor)
    pair = DuplicatePair.objects.get(claim_a=near["base"], claim_b=near["two_words"])
    act(client, "reject", [pair])
    pair.refresh_from_db()
    assert (pair.status, pair.decided_by) == (DuplicatePair.Status.REJECTED, editor)
    assert pair not in client.get(CHANGELIST).context["cl"].result_list
    assert pair in client.get(CHANGELIST, {"status": "rejected"}).context["cl"].result_list

    near["two_words"].text += " Really."  # new words: searched again, still not proposed
    near["two_words"].save()
    assert DuplicatePair.objects.get(pk=pair.pk).status == DuplicatePair.Status.REJECTED
    page = client.get(reverse("admin:claims_claim_change", args=[near["base"].pk])).content.decode()
    assert f"#{near['two_words'].pk}" not in page


def test_a_claims_page_lists_its_near_duplicates_with_their_similarity(client, editor, near):
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_change", args=[near["base"].pk]))
    page = response.content.decode()
    assert "Near duplicates" in page
    for name in ("shortened", "two_words", "longer"):
        assert f"#{near[name].pk}</a>" in page
    assert f"#{near['other'].pk}</a>" not in page
    assert "100%" in page and "Speaker 00002" in page
