from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "factbase.api"
    label = "api"

    def ready(self):
        from . import public_cache, search  # noqa: F401  cache-version signals; SQLite text folding
