"""API routes (filled in by the REST API work)."""
urlpatterns = []
