"""Read logic for the domain: what the public may see, and how claims are looked up."""
import datetime as dt

from django.db import models
from django.db.models import Count, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from .dates import overlapping
from .text import name_keys


def may_see_drafts(user) -> bool:
    """The one rule for who sees drafts and retracted claims: staff and curators."""
    return bool(user and user.is_authenticated and (user.is_staff or user.has_perm("claims.change_claim")))


class SpeakerQuerySet(models.QuerySet):
    def matching_name(self, name: str) -> "SpeakerQuerySet":
        """Speakers whose name or an alias matches `name`, ignoring case, accents and a
        trailing genitive s. Exact keys win over the genitive-stripped ones."""
        keys = name_keys(name)
        if not keys:
            return self.none()
        return self.filter(Q(key__in=keys) | Q(aliases__key__in=keys)).distinct()

    def resolve(self, name: str):
        """The one speaker `name` refers to, or None when there is none or it is ambiguous.

        This is the single speaker-resolution function: the admin, the API and the
        importer all resolve names through it.
        """
        for key in name_keys(name):
            found = list(self.filter(Q(key=key) | Q(aliases__key=key)).distinct()[:20])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                confirmed = [speaker for speaker in found if speaker.confirmed]
                return confirmed[0] if len(confirmed) == 1 else None
        return None

    def refresh_stats(self) -> None:
        """Recount the kept claim counts and first/last dates from published claims."""
        from .models import Claim

        published = Claim.objects.published().filter(speaker=OuterRef("pk")).order_by().values("speaker")
        self.update(
            claim_count=Coalesce(Subquery(published.annotate(n=Count("pk")).values("n")), 0),
            first_said_on=Subquery(published.annotate(d=Min("said_on")).values("d")),
            last_said_on=Subquery(published.annotate(d=Max("said_on")).values("d")),
        )


class TopicQuerySet(models.QuerySet):
    def refresh_stats(self) -> None:
        """Recount the kept number of published claims per topic."""
        from .models import Claim

        tagged = (
            Claim.topics.through.objects.filter(topic=OuterRef("pk"), claim__status="published")
            .order_by().values("topic").annotate(n=Count("pk")).values("n")
        )
        self.update(claim_count=Coalesce(Subquery(tagged), 0))


class ClaimQuerySet(models.QuerySet):
    def published(self) -> "ClaimQuerySet":
        return self.filter(status="published")

    def visible_to(self, user) -> "ClaimQuerySet":
        """What `user` may read: everything for curators, published claims for everyone else."""
        return self if may_see_drafts(user) else self.published()

    def by_speaker(self, *slugs: str) -> "ClaimQuerySet":
        return self.filter(speaker__slug__in=slugs)

    def said_between(self, after: dt.date | None = None, before: dt.date | None = None) -> "ClaimQuerySet":
        """Claims whose date, at its precision, overlaps [after, before]."""
        return self.filter(overlapping("said_on", after, before))
