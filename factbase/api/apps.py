from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "factbase.api"
    label = "api"
