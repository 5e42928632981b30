"""Cache headers: public and validated for anonymous reads, never stored for curators."""
import pytest
from django.test import override_settings


@pytest.mark.parametrize("url", ["/api/claims/", "/api/speakers/", "/api/topics/", "/api/sources/"])
def test_anonymous_reads_are_publicly_cacheable_with_an_etag(anonymous, corpus, url):
    response = anonymous.get(url)
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert response["ETag"]
    again = anonymous.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


@override_settings(API_CACHE_MAX_AGE=300)
def test_max_age_is_configurable(anonymous, corpus):
    assert "max-age=300" in anonymous.get("/api/claims/")["Cache-Control"]


def test_authenticated_reads_are_private_and_not_stored(editor_client, corpus):
    response = editor_client.get("/api/claims/")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_responses_vary_on_credentials(anonymous, corpus):
    vary = anonymous.get("/api/claims/")["Vary"]
    assert "Authorization" in vary and "Cookie" in vary


@override_settings(CORS_ALLOWED_ORIGINS=["https://front.example"])
def test_cors_allows_the_configured_origin(anonymous, corpus):
    response = anonymous.get("/api/claims/", HTTP_ORIGIN="https://front.example")
    assert response["Access-Control-Allow-Origin"] == "https://front.example"
    assert "Access-Control-Allow-Origin" not in anonymous.get("/api/claims/", HTTP_ORIGIN="https://evil.example")
