"""API fixtures: clients per persona, and a small synthetic corpus (made-up speakers,
made-up words) whose expected filter results the tests derive from the rows."""
import datetime as dt

import pytest
from django.db import connection, transaction
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from factbase.claims.models import Claim
from factbase.claims.signals import kept_columns_refreshed_once
from tests.factories import (
    AppearanceFactory,
    ClaimFactory,
    ReviewFactory,
    SourceFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    TopicFactory,
)

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's simpler search")


@pytest.fixture
def anonymous():
    return APIClient()


def _token_client(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def editor_client(editor):
    return _token_client(editor)


@pytest.fixture
def reviewer_client(reviewer):
    return _token_client(reviewer)


@pytest.fixture
def staff_client(staff):
    return _token_client(staff)


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def ids(response):
    return [row["id"] for row in results(response)]


@pytest.fixture(scope="module")
def corpus_rows(django_db_setup, django_db_blocker):
    """The corpus, built once per module inside a transaction that is rolled back after the
    module's last test, the way Django's TestCase keeps setUpTestData (each test runs in a
    savepoint within it, so what a test writes is gone before the next)."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            with kept_columns_refreshed_once():
                claims = _build_corpus()
            yield {key: claim.pk for key, claim in claims.items()}
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def corpus(corpus_rows, db):
    """Synthetic data: three speakers, two topics, two sources, dates at every precision; fresh
    instances for each test, so what one test changes in memory never reaches the next."""
    fresh = Claim.objects.in_bulk(corpus_rows.values())
    return {key: fresh[pk] for key, pk in corpus_rows.items()}


def _build_corpus():
    nato, energy = TopicFactory(slug="alpha", name="Alpha"), TopicFactory(slug="beta", name="Beta")
    ada = SpeakerFactory(name="Speaker Ada Ämmälä", slug="speaker-ada")
    SpeakerAliasFactory(speaker=ada, name="Ada Ammala")
    bob = SpeakerFactory(name="Speaker Bob", slug="speaker-bob", kind="organisation")
    cyd = SpeakerFactory(name="Speaker Cyd", slug="speaker-cyd")
    daily = SourceFactory(outlet="Daily Example", published_on=dt.date(2024, 10, 2))
    weekly = SourceFactory(outlet="Weekly Example", published_on=dt.date(2024, 11, 20))
    claims = {
        "ada-day": ClaimFactory(speaker=ada, text="Synthetic words about turnips and escalations.",
                                said_on=dt.date(2024, 11, 13), said_on_precision="day", topics=[nato]),
        "ada-month": ClaimFactory(speaker=ada, text="Synthetic remark on carrots.", said_on=dt.date(2024, 11, 1),
                                  said_on_precision="month", topics=[nato, energy], kind="indirect"),
        "ada-year": ClaimFactory(speaker=ada, text="Synthetic view on parsnips.", said_on=dt.date(2023, 1, 1),
                                 said_on_precision="year", language="en"),
        "bob-day": ClaimFactory(speaker=bob, text="Synthetic statement about turnips only.",
                                said_on=dt.date(2024, 12, 2), said_on_precision="day", topics=[energy]),
        "bob-undated": ClaimFactory(speaker=bob, text="Synthetic undated saying.", said_on=None,
                                    said_on_precision="", language="en"),
        "cyd-day": ClaimFactory(speaker=cyd, text="Synthetic thought on beetroot.", said_on=dt.date(2024, 10, 31),
                                said_on_precision="day", topics=[nato]),
        "cyd-draft": ClaimFactory(speaker=cyd, text="Synthetic draft never shown.", status=Claim.Status.DRAFT,
                                  said_on=dt.date(2024, 11, 5), said_on_precision="day", topics=[nato]),
    }
    AppearanceFactory(claim=claims["ada-day"], source=weekly)
    AppearanceFactory(claim=claims["ada-day"], source=daily)
    AppearanceFactory(claim=claims["bob-day"], source=weekly)
    AppearanceFactory(claim=claims["cyd-draft"], source=daily)
    ReviewFactory(claim=claims["ada-day"], rating="false", attribution="verified")
    ReviewFactory(claim=claims["bob-day"], rating="true", attribution="altered")
    ReviewFactory(claim=claims["cyd-day"], rating="half-true", published=False)
    return claims
