from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the demo superuser if missing (DEMO_SUPERUSER / DEMO_SUPERUSER_PASSWORD) and print its login."

    def handle(self, *args, **options):
        User = get_user_model()
        username, password = settings.DEMO_SUPERUSER, settings.DEMO_SUPERUSER_PASSWORD
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(f"Created the demo superuser. Admin login: {username} / {password}")
        else:
            self.stdout.write(f"Demo superuser exists. Admin login: {username} / {password} (unless changed)")
