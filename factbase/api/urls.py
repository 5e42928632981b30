"""API routes: /api/claims/, /api/speakers/, /api/topics/, /api/sources/, writes for
curators at /api/appearances/ and /api/reviews/, figures at /api/quantities/, near-duplicates at
/api/claims/{id}/similar/, the OpenAPI schema and its docs."""
from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from factbase.duplicates.api import SimilarClaimsView
from factbase.quantities.api import QuantityViewSet

from . import views
from .errors import not_found
from .lean.views import ROUTES as LEAN_ROUTES

router = DefaultRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("topics", views.TopicViewSet, basename="topic")
router.register("sources", views.SourceViewSet, basename="source")
router.register("appearances", views.AppearanceViewSet, basename="appearance")
router.register("reviews", views.ReviewViewSet, basename="review")
router.register("quantities", QuantityViewSet, basename="quantity")

# The hot public reads go through the lean path first (api/lean/), which hands everything it
# does not serve to the router's own view; unnamed, so reverse() keeps finding the router's.
lean_routes = [re_path(route.pattern.regex.pattern, LEAN_ROUTES[route.name](route.callback))
               for route in router.urls if route.name in LEAN_ROUTES]

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("claims/<int:pk>/similar/", SimilarClaimsView.as_view(), name="claim-similar"),
    *lean_routes,
    *router.urls,
    # Last: any other /api/ URL (an id that is no number) is a JSON 404; one without its slash
    # still gets CommonMiddleware's redirect to the URL with it.
    re_path(r"^.*/$", not_found),
]
