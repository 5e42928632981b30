"""manage.py extract_quantities: fill the quantities of claims saved without signals."""
from django.core.management.base import BaseCommand

from factbase.quantities.services import quantities_backfill


class Command(BaseCommand):
    help = ("Extract the quantities of every claim (or with --missing only those that have none yet), "
            "in batches. Run it after a Quotebank bulk load, which bypasses signals.")

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Only claims without any quantity yet.")
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, missing, batch_size, **options):
        read, written = quantities_backfill(only_missing=missing, batch_size=batch_size)
        self.stdout.write(f"{read} claims read, {written} quantities written.")
