from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "factbase.feeds"
    label = "feeds"
    verbose_name = "Atom feeds"
