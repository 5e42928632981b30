"""manage.py find_duplicates: index claims saved without signals and propose their near-duplicates."""
import time

from django.core.management.base import BaseCommand
from django.db.models import Max

from factbase.duplicates.models import ClaimKey
from factbase.duplicates.services import duplicates_find


class Command(BaseCommand):
    help = ("Index the claims' words for the near-duplicate search and propose the pairs that nearly match, "
            "for every claim, or with --new only those added since the last run (after a Quotebank bulk load, "
            "which bypasses signals). Pairs a curator rejected stay rejected.")

    def add_arguments(self, parser):
        parser.add_argument("--new", action="store_true",
                            help="Only claims with an id above the highest one indexed so far.")
        parser.add_argument("--after-id", type=int, default=None, help="Only claims with an id above this one.")
        parser.add_argument("--batch-size", type=int, default=20_000)

    def handle(self, *args, new, after_id, batch_size, **options):
        if after_id is None:
            after_id = (ClaimKey.objects.aggregate(last=Max("claim_id"))["last"] or 0) if new else 0
        started = time.perf_counter()
        indexed, proposed = duplicates_find(after_id=after_id, batch_size=batch_size)
        self.stdout.write(f"{indexed} claims indexed, {proposed} pairs proposed "
                          f"in {time.perf_counter() - started:.1f} s.")
