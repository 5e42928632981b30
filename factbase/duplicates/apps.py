from django.apps import AppConfig


class DuplicatesConfig(AppConfig):
    name = "factbase.duplicates"
    label = "duplicates"
    verbose_name = "near-duplicate claims"

    def ready(self):
        from . import signals  # noqa: F401
