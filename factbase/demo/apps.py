from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo data and its commands (load_demo, create_demo_superuser). Apart from the
    domain app because it reads the seed article through the importer's reader."""

    name = "factbase.demo"
    label = "demo"
