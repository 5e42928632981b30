"""Writing a claim's quantities: from the signal for single saves, in batches after bulk loads."""
from django.db import transaction

from factbase.claims.models import Claim

from .extraction import quantities_in
from .models import Quantity


def _rows(claim) -> list[Quantity]:
    return [
        Quantity(claim_id=claim.pk, value=found.value, number=found.number[:100], qualifier=found.qualifier,
                 unit=found.unit, counted=found.counted[:200], key=found.key[:200], start=found.start)
        for found in quantities_in(claim.text, claim.language)
    ]


def claim_quantities_refresh(*, claim: Claim) -> int:
    """Replace the claim's quantities with those in its current text; the number found."""
    rows = _rows(claim)
    with transaction.atomic():
        Quantity.objects.filter(claim_id=claim.pk).delete()
        Quantity.objects.bulk_create(rows)
    return len(rows)


def quantities_backfill(*, claims=None, batch_size: int = 2000, only_missing: bool = False) -> tuple[int, int]:
    """Extract the quantities of `claims` (all by default) batch by batch, each batch in
    one transaction; returns (claims read, quantities written)."""
    claims = (claims if claims is not None else Claim.objects.all()).order_by("pk").only("pk", "text", "language")
    if only_missing:
        claims = claims.filter(quantities__isnull=True)
    read = written = 0
    last = 0
    while True:
        batch = list(claims.filter(pk__gt=last)[:batch_size])
        if not batch:
            return read, written
        rows = [row for claim in batch for row in _rows(claim)]
        with transaction.atomic():
            Quantity.objects.filter(claim_id__in=[claim.pk for claim in batch]).delete()
            Quantity.objects.bulk_create(rows, batch_size=batch_size)
        read, written, last = read + len(batch), written + len(rows), batch[-1].pk
