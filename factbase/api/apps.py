from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "factbase.api"
    label = "api"

    def ready(self):
        from . import search  # noqa: F401  SQLite text folding
