from django.apps import AppConfig


class QuantitiesConfig(AppConfig):
    name = "factbase.quantities"
    label = "quantities"
    verbose_name = "quantities in claims"

    def ready(self):
        from . import signals  # noqa: F401
