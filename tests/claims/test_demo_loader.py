from django.core.management import call_command

from factbase.claims.models import Appearance, Claim, Source, Speaker, SpeakerAlias, Topic


def counts():
    return [m.objects.count() for m in (Claim, Speaker, SpeakerAlias, Source, Topic, Appearance)] + [
        Claim.history.count()]


def test_the_demo_has_the_seed_article_and_its_16_published_claims(demo):
    assert Claim.objects.published().count() == 16
    assert Claim.objects.filter(kind="direct").count() == 5
    assert Claim.objects.by_speaker("mark-rutte").count() == 5
    source = Source.objects.get()
    assert source.published.isoformat() == "2024-11"
    assert source.text.startswith("Der Druck auf die ukrainischen Truppen")
    rutte = Claim.objects.get(text__startswith="Wir müssen mehr tun")
    assert (rutte.role, rutte.place, rutte.said.display()) == ("NATO-Generalsekretär", "Paris", "November 2024")
    appearance = rutte.appearances.get()
    assert source.text[appearance.start:appearance.end] == rutte.text
    assert Speaker.objects.get(slug="us-verteidigungsministerium").kind == "organisation"


def test_loading_the_demo_twice_changes_nothing(demo):
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert counts() == before
