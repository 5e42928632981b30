"""Personas and shared fixtures. Data made here is synthetic ("Speaker 00042")."""
import pytest
from django.core.management import call_command

from tests.factories import UserFactory


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", is_staff=True, groups=["Editor"])


@pytest.fixture
def reviewer(db):
    return UserFactory(username="reviewer", is_staff=True, groups=["Reviewer"])


@pytest.fixture
def staff(db):
    return UserFactory(username="staff", is_staff=True, is_superuser=True)


@pytest.fixture
def demo(db):
    """The seed article and its 16 published claims, as `make run` loads them."""
    call_command("load_demo", stdout=open("/dev/null", "w"))
