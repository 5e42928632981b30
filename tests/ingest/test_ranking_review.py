"""The review page shows the claim model's confidence and marks proposals under ATTENTION_BELOW.
Made-up text and speakers only."""
from django.urls import reverse

from factbase.claims.models import Appearance
from factbase.ingest.models import ArticleImport
from factbase.ingest.ranking import ATTENTION_BELOW

TEXT = ("Anna Beispiel sagte am Mittwoch: „Wir brauchen mehr Tee im Büro, und zwar sofort.“ "
        "Bernd Muster sagte am Donnerstag: „Der Kaffee im Büro reicht für alle, wirklich für alle.“")
MARK = "check: low confidence"


def test_a_proposal_under_the_attention_threshold_is_marked_and_one_above_is_not(client, editor):
    client.force_login(editor)
    client.post(reverse("admin:ingest_articleimport_add"), {
        "text": TEXT, "title": "Mehr Tee", "date": "2024-11-13", "url": "https://news.example/tee",
        "outlet": "Beispiel-Zeitung", "language": "de"})
    record = ArticleImport.objects.get()
    tea, coffee = Appearance.objects.filter(source=record.source).order_by("start")
    Appearance.objects.filter(pk=tea.pk).update(confidence=round(ATTENTION_BELOW - 0.2, 3))
    Appearance.objects.filter(pk=coffee.pk).update(confidence=round(ATTENTION_BELOW + 0.2, 3))
    page = client.get(reverse("admin:ingest_articleimport_review", args=[record.pk])).content.decode()
    assert page.count(MARK) == 1
    low, high = page.index(f'id="proposal-{tea.pk}"'), page.index(f'id="proposal-{coffee.pk}"')
    assert low < page.index(MARK) < high  # the mark sits in the low proposal's block
    assert f"confidence {ATTENTION_BELOW + 0.2:g}" in page.replace(",", ".")
