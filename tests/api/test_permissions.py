"""Who may read drafts and who may write what: anonymous, editor, reviewer, staff."""
import pytest

from factbase.claims.models import Appearance, Claim, Review, Source, Speaker, Topic
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory


def _payloads():
    speaker, source, claim = SpeakerFactory(), SourceFactory(), ClaimFactory()
    return {
        "/api/claims/": {"speaker": speaker.slug, "text": "Synthetic words written through the API."},
        "/api/speakers/": {"name": "Speaker Written Via API"},
        "/api/sources/": {"title": "Synthetic source via API", "url": "https://news.example/api-written"},
        "/api/topics/": {"name": "Synthetic API topic"},
        "/api/appearances/": {"claim": claim.pk, "source": source.pk, "context": "Synthetic context."},
        "/api/reviews/": {"claim": claim.pk, "rating": "false", "explanation": "Synthetic."},
    }


MODELS = {"/api/claims/": Claim, "/api/speakers/": Speaker, "/api/sources/": Source, "/api/topics/": Topic,
          "/api/appearances/": Appearance, "/api/reviews/": Review}

# persona -> endpoints it may create on (the rest: 401 for anonymous, 403 for the others)
MAY_CREATE = {
    "anonymous": set(),
    "editor": {"/api/claims/", "/api/speakers/", "/api/sources/", "/api/topics/", "/api/appearances/"},
    "reviewer": {"/api/reviews/"},
    "staff": set(MODELS),
}
CLIENTS = {"anonymous": "anonymous", "editor": "editor_client", "reviewer": "reviewer_client",
           "staff": "staff_client"}
CASES = [(persona, url) for persona in MAY_CREATE for url in MODELS]


@pytest.mark.parametrize(("persona", "url"), CASES, ids=[f"{p}-{u.split('/')[2]}" for p, u in CASES])
def test_who_may_create_what(request, db, persona, url):
    client = request.getfixturevalue(CLIENTS[persona])
    payload = _payloads()[url]
    before = MODELS[url].objects.count()
    response = client.post(url, payload, format="json")
    if url in MAY_CREATE[persona]:
        assert response.status_code == 201, response.content
        assert MODELS[url].objects.count() == before + 1
    else:
        assert response.status_code == (401 if persona == "anonymous" else 403)
        assert MODELS[url].objects.count() == before


@pytest.mark.parametrize(("persona", "sees_drafts"), [
    ("anonymous", False), ("editor", True), ("reviewer", True), ("staff", True),
])
def test_who_sees_drafts(request, corpus, persona, sees_drafts):
    client = request.getfixturevalue(CLIENTS[persona])
    listed = [row["id"] for row in client.get("/api/claims/?speaker=speaker-cyd").json()["results"]]
    assert (corpus["cyd-draft"].pk in listed) is sees_drafts
    assert (client.get(f"/api/claims/{corpus['cyd-draft'].pk}/").status_code == 200) is sees_drafts


def test_a_logged_in_user_without_curator_rights_sees_only_published_claims(corpus):
    from rest_framework.test import APIClient

    from tests.factories import UserFactory

    client = APIClient()
    client.force_authenticate(UserFactory(username="reader"))
    listed = [row["id"] for row in client.get("/api/claims/").json()["results"]]
    assert corpus["cyd-draft"].pk not in listed
    assert client.post("/api/topics/", {"name": "Nope"}, format="json").status_code == 403


def test_the_public_sees_only_published_reviews_in_the_review_list(anonymous, reviewer_client, corpus):
    public = {row["rating"] for row in anonymous.get("/api/reviews/").json()["results"]}
    assert public == {"false", "true"}
    curated = {row["rating"] for row in reviewer_client.get("/api/reviews/").json()["results"]}
    assert curated == {"false", "true", "half-true"}


def test_nobody_deletes_through_the_api(staff_client, corpus):
    assert staff_client.delete(f"/api/claims/{corpus['ada-day'].pk}/").status_code == 405
