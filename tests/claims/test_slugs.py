"""One slug helper for the admin, the API and the Quotebank loader (synthetic speakers)."""
import pytest

from factbase.claims.models import Speaker, Topic
from factbase.claims.services import unique_slug, unique_slugs
from tests.factories import SpeakerFactory

pytestmark = pytest.mark.django_db


def test_a_taken_slug_gets_the_next_free_number():
    SpeakerFactory(slug="speaker-00042")
    SpeakerFactory(slug="speaker-00042-2")
    assert unique_slug(Speaker, "Speaker 00042") == "speaker-00042-3"


def test_names_of_one_batch_do_not_take_each_others_slug():
    SpeakerFactory(slug="speaker-00007")
    assert unique_slugs(Speaker, ["Speaker 00007", "Speaker 00007", "Speaker 00008"]) == [
        "speaker-00007-2", "speaker-00007-3", "speaker-00008"]


def test_a_name_without_letters_falls_back_to_the_model_name():
    assert unique_slugs(Speaker, ["!!!"]) == ["speaker"]


def test_a_long_name_leaves_room_for_the_number_within_the_field():
    name = "Synthetic topic " + "x" * 300
    Topic.objects.create(name="first", slug=unique_slug(Topic, name))
    second = unique_slug(Topic, name)
    assert second.endswith("-2") and len(second) <= Topic._meta.get_field("slug").max_length
