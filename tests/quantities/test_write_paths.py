"""Every way a claim is written fills its quantities: the admin form and the article importer
(the API and services are in test_quantities_api.py; bulk loads use extract_quantities)."""
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from factbase.claims.models import Claim
from factbase.quantities.models import Quantity
from tests.claims.test_admin import claim_form
from tests.factories import SpeakerFactory

pytestmark = pytest.mark.django_db


def test_a_claim_saved_in_the_admin_gets_its_quantities(client, editor):
    client.force_login(editor)
    speaker = SpeakerFactory()
    response = client.post(reverse("admin:claims_claim_add"),
                           claim_form(speaker, text="Synthetic: knapp 2.000 Drohnen und 3,5 Prozent"))
    assert response.status_code == 302, response.content[:2000]
    claim = Claim.objects.get()
    assert list(claim.quantities.values_list("value", "qualifier", "unit", "counted")) == [
        (2000, "almost", "", "Drohnen"), (3.5, "", "%", "")]

    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]),
                           claim_form(speaker, text="Synthetic: bis zu 4.000 Drohnen"))
    assert response.status_code == 302
    assert list(claim.quantities.values_list("value", "qualifier")) == [(4000, "up-to")]


def test_an_imported_article_s_claims_get_their_quantities(tmp_path):
    path = tmp_path / "drohnen.txt"
    path.write_text("Anna Beispiel sagte am Mittwoch: „Wir haben mehr als 1.500 Drohnen abgewehrt, "
                    "das ist ein Rekord.“", encoding="utf-8")
    call_command("import_articles", str(path), "--no-progress", stdout=io.StringIO(), stderr=io.StringIO())
    (quantity,) = Quantity.objects.all()
    assert (quantity.value, quantity.qualifier, quantity.counted, quantity.claim.status) == (
        1500, "more-than", "Drohnen", "draft")
