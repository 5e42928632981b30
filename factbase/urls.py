"""Top-level routes: the admin, the API, the Atom feeds. The front end is served at / by WhiteNoise."""
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("factbase.api.urls")),
    path("feeds/", include("factbase.feeds.urls")),
]

handler500 = "factbase.errors.server_error"
