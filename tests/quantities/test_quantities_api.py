"""GET /api/quantities/: figures for one counted thing side by side, published claims only
for anonymous users, quantities kept in step with the claim text on every write path."""
import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from factbase.claims.models import Claim
from factbase.claims.services import claim_publish
from factbase.quantities.models import Quantity
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def anonymous():
    return APIClient()


def test_the_seed_figures_for_north_korean_soldiers_stand_side_by_side(demo, anonymous):
    response = anonymous.get("/api/quantities/", {"q": "nordkoreanische"})
    assert response.status_code == 200
    figures = {(row["speaker_name"], row["number"], row["value"]) for row in response.json()["results"]}
    assert figures == {("Vedant Patel", "mehr als 10.000", 10000), ("Wolodymyr Selenskyj", "11.000", 11000)}


def test_soldaten_finds_soldat_innen_of_the_seed(demo, anonymous):
    rows = anonymous.get("/api/quantities/", {"q": "Soldaten"}).json()["results"]
    assert sorted(row["value"] for row in rows) == [11000, 50000]
    assert {row["counted"] for row in rows} == {"nordkoreanischen Soldat:innen", "russische Soldat:innen"}
    assert all(row["speaker"] == "wolodymyr-selenskyj" and row["said_on"] for row in rows)


def test_drafts_give_no_figures_to_anonymous_users_but_do_to_editors(anonymous, editor):
    draft = ClaimFactory(text="Synthetic: 12.345 Testsoldaten", status=Claim.Status.DRAFT)
    assert anonymous.get("/api/quantities/", {"q": "Testsoldaten"}).json()["results"] == []
    curator = APIClient()
    curator.force_authenticate(editor)
    rows = curator.get("/api/quantities/", {"q": "Testsoldaten"}).json()["results"]
    assert [row["claim"] for row in rows] == [draft.pk]


@pytest.mark.parametrize(("query", "parameter"), [
    ({"q": "x" * 201}, "q"), ({"q": "12 ,,"}, "q"), ({"unit": "kg"}, "unit"),
    ({"qualifier": "lots"}, "qualifier"), ({"bogus": "1"}, "bogus"), ({"limit": "abc"}, "limit"),
    ({"limit": "1287549017391513374807818240"}, "limit"),
])
def test_bad_parameters_are_a_400_naming_them(anonymous, query, parameter):
    response = anonymous.get("/api/quantities/", query)
    assert response.status_code == 400
    assert parameter in response.json()


def test_quantities_follow_the_text_on_save_and_are_removed_with_it():
    claim = ClaimFactory(text="Synthetic: rund 500 Panzer")
    assert list(claim.quantities.values_list("value", "qualifier", "counted")) == [(500, "about", "Panzer")]
    claim.text = "Synthetic: mehr als 600 Panzer"
    claim.save()
    assert list(claim.quantities.values_list("value", "qualifier")) == [(600, "more-than")]
    claim_publish(claim=claim)  # saves without changing the words: same figures
    assert claim.quantities.count() == 1
    claim.delete()
    assert not Quantity.objects.exists()


def test_the_api_write_path_fills_quantities(editor):
    speaker = SpeakerFactory()
    client = APIClient()
    client.force_authenticate(editor)
    response = client.post("/api/claims/", {"speaker": speaker.slug, "text": "Synthetic: 2,5 Prozent mehr",
                                            "language": "de"}, format="json")
    assert response.status_code in (200, 201), response.content
    assert list(Quantity.objects.values_list("value", "unit")) == [(2.5, "%")]


def test_the_backfill_command_fills_claims_bulk_loaded_without_signals():
    speaker = SpeakerFactory()
    Claim.objects.bulk_create([Claim(speaker=speaker, text=f"Synthetic: {n}.000 Soldaten", text_hash=str(n),
                                     language="de", status="published") for n in range(1, 6)])
    assert not Quantity.objects.exists()
    call_command("extract_quantities", "--missing", "--batch-size", "2", stdout=open("/dev/null", "w"))
    assert sorted(Quantity.objects.values_list("value", flat=True)) == [1000, 2000, 3000, 4000, 5000]
    call_command("extract_quantities", stdout=open("/dev/null", "w"))  # again: replaced, not doubled
    assert Quantity.objects.count() == 5


def test_a_list_request_takes_one_query_for_the_page_and_one_for_the_count(django_assert_num_queries, anonymous):
    for n in range(5):
        ClaimFactory(text=f"Synthetic: {n + 1}.000 Soldaten")
    with django_assert_num_queries(2):  # count, page of figures joined to claim and speaker
        assert len(anonymous.get("/api/quantities/", {"q": "Soldat"}).json()["results"]) == 5


def test_the_schema_documents_the_endpoint_and_its_parameters(anonymous):
    schema = anonymous.get("/api/schema/", {"format": "json"}).json()
    parameters = {p["name"] for p in schema["paths"]["/api/quantities/"]["get"]["parameters"]}
    assert {"q", "speaker", "unit", "qualifier"} <= parameters
