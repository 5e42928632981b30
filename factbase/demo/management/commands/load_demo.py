from django.core.management.base import BaseCommand

from factbase.demo.loader import demo_load


class Command(BaseCommand):
    help = "Load the demo data (the seed article and its published claims). Running it again changes nothing."

    def handle(self, *args, **options):
        summary = demo_load()
        self.stdout.write(
            f"Demo data: {summary.claims_total} claims from the seed article "
            f"({summary.claims_created} new, {summary.speakers_created} new speakers)."
        )
