from django.core.management.base import BaseCommand

from factbase.claims.groups import GROUP_PERMISSIONS, groups_sync


class Command(BaseCommand):
    help = "Create or update the curators' groups (Editor, Reviewer). Safe to run again."

    def handle(self, *args, **options):
        groups_sync()
        self.stdout.write(f"Groups in sync: {', '.join(GROUP_PERMISSIONS)}")
