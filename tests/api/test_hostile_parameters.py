"""What schemathesis found (tests/reliability/test_schemathesis.py, RELIABILITY.md), pinned
fast: hostile query parameters and path segments get a 400 naming them, never a 500; errors
are JSON whatever format was asked for; the schema declares every status the API answers."""
import datetime as dt
import itertools
import re

import pytest
from rest_framework.test import APIClient

from factbase.api.filters import PARTIAL_DATE_PATTERN
from factbase.claims.dates import PartialDate
from tests.factories import UserFactory

PAST_64_BITS = "1287549017391513374807818240"
CONTROL = ["\x00", "\x1f", "\x7f", "a\x00b", "\n"]


@pytest.fixture(scope="module")
def schema(django_db_blocker):
    with django_db_blocker.unblock():
        return APIClient().get("/api/schema/?format=json").json()


def operations(schema, method="get"):
    return {path: operation[method] for path, operation in schema["paths"].items() if method in operation}


def reader():
    client = APIClient()
    client.force_authenticate(UserFactory(username="reader"))
    return client


def paged_lists(schema, query="limit=1"):
    """The GET operations taking every parameter of `query`."""
    names = {pair.split("=")[0] for pair in query.split("&")}
    return sorted(path for path, operation in operations(schema).items()
                  if names <= {parameter["name"] for parameter in operation.get("parameters", [])})


@pytest.mark.parametrize(("query", "parameter"), [
    (f"limit={PAST_64_BITS}", "limit"), (f"offset={PAST_64_BITS}", "offset"), ("limit=-1", "limit"),
    ("offset=-3216780144", "offset"), ("limit=0", "limit"), ("limit=1001", "limit"), ("offset=false", "offset"),
    ("limit=1.5", "limit"), (f"offset=-3216780144&limit={PAST_64_BITS}", "limit"),
])
def test_a_limit_or_offset_out_of_range_is_a_400_naming_it_on_every_paged_list(anonymous, schema, db, query,
                                                                               parameter):
    assert {"/api/appearances/", "/api/quantities/", "/api/claims/{id}/similar/"} <= set(paged_lists(schema))
    for path in paged_lists(schema, query):
        url = re.sub(r"\{\w+\}", "1", path)  # the parameters are checked before the id is looked up
        response = anonymous.get(f"{url}?{query}")
        assert response.status_code == 400, (path, query, response.content)
        assert parameter in response.json(), (path, response.json())


def test_a_limit_and_offset_in_range_still_page(anonymous, corpus):
    body = anonymous.get("/api/speakers/?limit=1&offset=1").json()
    assert body["count"] == 3 and len(body["results"]) == 1
    assert anonymous.get("/api/speakers/?limit=&offset=").json()["count"] == 3  # empty means not given


@pytest.mark.parametrize("value", CONTROL, ids=repr)
@pytest.mark.parametrize("persona", ["anonymous", "reader"])  # the lean read path and the DRF view
def test_a_control_character_in_any_query_parameter_is_a_400_naming_it(anonymous, schema, db, value, persona):
    client = anonymous if persona == "anonymous" else reader()
    checked = 0
    for path, operation in operations(schema).items():
        url = re.sub(r"\{\w+\}", "1", path)
        for parameter in operation.get("parameters", []):
            if parameter["in"] != "query":
                continue
            response = client.get(url, {parameter["name"]: value})
            assert response.status_code == 400, (url, parameter["name"], response.status_code)
            assert response.json() == {parameter["name"]: ["Control characters (such as NUL) are not allowed."]}
            checked += 1
    assert checked > 40


@pytest.mark.parametrize("url,parameter", [
    ("/api/speakers/a%00b/", "slug"), ("/api/speakers/%1F/related/", "slug"), ("/api/topics/x%7F/", "slug"),
    ("/api/claims/%00/", "id"), ("/api/claims/1%00/claimreview/", "id"), ("/api/sources/%00/", "id"),
])
def test_a_control_character_in_a_path_segment_is_a_400_naming_it(anonymous, staff_client, db, url, parameter):
    assert anonymous.get(url).json() == {parameter: ["Control characters (such as NUL) are not allowed."]}
    response = staff_client.patch(url, {"name": "x"}, format="json")
    assert response.status_code == 400 and parameter in response.json()


@pytest.mark.parametrize(("query", "parameter"), [
    ("source=99999999999999999999999", "source"), ("source=1.5", "source"), ("sample=1.5", "sample"),
    ("sample=2&seed=1e5", "seed"), ("sample=0&source=0", "source"),
])
def test_a_number_filter_takes_whole_numbers_the_database_can_hold(anonymous, db, query, parameter):
    for client in (anonymous, reader()):
        response = client.get(f"/api/claims/?{query}")
        assert response.status_code == 400 and parameter in response.json(), response.content


def test_a_source_id_past_the_largest_row_id_matches_nothing(anonymous, corpus):
    assert anonymous.get(f"/api/claims/?source={2**63 - 1}").json()["results"] == []
    assert anonymous.get(f"/api/claims/{2**63 - 1}/").status_code == 404
    assert anonymous.get(f"/api/claims/{PAST_64_BITS}/claimreview/").status_code == 404


def test_an_empty_repeatable_choice_filters_nothing(anonymous, corpus):
    everything = anonymous.get("/api/claims/").json()["results"]
    assert anonymous.get("/api/claims/?rating=&attribution=").json()["results"] == everything
    assert anonymous.get("/api/quantities/?qualifier=").status_code == 200


@pytest.mark.parametrize("url", ["/api/claims/null,null/claimreview/", "/api/claims/1/claimreview/?format=AAA",
                                 "/api/reviews/8.155555423257481e-270/", "/api/claims/.exe/", "/api/nothing/"])
def test_an_unknown_url_or_format_is_a_json_404(anonymous, db, url):
    response = anonymous.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


def test_a_write_to_no_url_is_a_404_not_a_csrf_page(staff, db):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(staff)
    response = client.patch("/api/reviews/1.5/", "\x00", content_type="application/json")
    assert (response.status_code, response["Content-Type"]) == (404, "application/json")


@pytest.mark.parametrize("query", ["format=csv&said_after=2024-13", "format=jsonl&sample=0"])
def test_an_exports_error_is_json(anonymous, db, query):
    response = anonymous.get(f"/api/claims/?{query}")
    assert (response.status_code, response["Content-Type"]) == (400, "application/json")
    assert response.json()


def test_the_schemas_date_pattern_accepts_exactly_the_dates_the_filter_takes():
    pattern = re.compile(PARTIAL_DATE_PATTERN)
    years = ["0000", "0001", "1900", "2000", "2023", "2024", "2100", "2400", "9999"]
    months = ["0", "00", "1", "02", "2", "9", "10", "12", "13"]
    days = ["0", "1", "09", "28", "29", "30", "31", "32"]
    candidates = years + [f"{y}-{m}" for y, m in itertools.product(years, months)]
    candidates += [f"{y}-{m}-{d}" for y, m, d in itertools.product(years, months, days)]
    for candidate in candidates:
        try:
            PartialDate.parse(candidate)
            accepted = True
        except ValueError:
            accepted = False
        assert bool(pattern.match(candidate)) is accepted, candidate
    assert PartialDate.parse("2024-02-29").start == dt.date(2024, 2, 29)


def test_the_schema_declares_every_status_the_api_answers(schema):
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            codes = set(operation["responses"])
            assert {"400", "401", "429"} <= codes, (method, path)
            if method in ("post", "put", "patch"):
                assert "403" in codes, (method, path)
                assert {} not in operation["security"], (method, path)
            else:
                assert {} in operation["security"], (method, path)  # anonymous reads
            if "{" in path:
                assert "404" in codes, (method, path)


def test_the_schema_says_what_exports_and_related_speakers_return(schema):
    content = schema["paths"]["/api/claims/"]["get"]["responses"]["200"]["content"]
    assert content["text/csv"]["schema"]["type"] == "string"
    assert content["application/jsonl"]["schema"]["type"] == "string"
    related = schema["paths"]["/api/speakers/{slug}/related/"]["get"]["responses"]["200"]["content"]
    assert related["application/json"]["schema"]["$ref"].endswith("/RelatedSpeakers")
    for operation in operations(schema).values():
        for parameter in operation.get("parameters", []):
            if parameter["schema"].get("type") == "string" and "enum" not in parameter["schema"]:
                assert "pattern" in parameter["schema"], parameter["name"]
