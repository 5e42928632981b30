"""One way to name who made a change: history_user / @records_history_user."""
import pytest

from factbase.claims import services
from factbase.claims.history import history_user
from tests.factories import ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_write_inside_history_user_is_recorded_as_that_users():
    editor, claim = UserFactory(username="editor"), ClaimFactory()
    with history_user(editor):
        claim.text = "Synthetic words, corrected."
        claim.save()
    assert claim.history.first().history_user == editor


def test_a_service_called_with_user_records_it_and_leaves_no_user_behind():
    editor = UserFactory(username="editor")
    topic = services.topic_get_or_create(name="Synthetic topic", user=editor)
    assert topic.history.first().history_user == editor
    later = services.topic_get_or_create(name="Another synthetic topic")
    assert later.history.first().history_user is None


def test_nested_writes_restore_the_outer_user():
    outer, inner = UserFactory(username="outer"), UserFactory(username="inner")
    claim = ClaimFactory()
    with history_user(outer):
        with history_user(inner):
            pass
        claim.save()
    assert claim.history.first().history_user == outer
