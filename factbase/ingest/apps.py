from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "factbase.ingest"
    label = "ingest"
    verbose_name = "Article import"
