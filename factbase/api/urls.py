"""API routes: /api/claims/, /api/speakers/, /api/topics/, /api/sources/, writes for
curators at /api/appearances/ and /api/reviews/, figures at /api/quantities/, the OpenAPI schema and its docs."""
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from factbase.quantities.api import QuantityViewSet

from . import views

router = DefaultRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("topics", views.TopicViewSet, basename="topic")
router.register("sources", views.SourceViewSet, basename="source")
router.register("appearances", views.AppearanceViewSet, basename="appearance")
router.register("reviews", views.ReviewViewSet, basename="review")
router.register("quantities", QuantityViewSet, basename="quantity")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    *router.urls,
]
