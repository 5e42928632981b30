"""Read logic for the domain: what the public may see, and how claims are looked up.

models.py builds its managers from these querysets, so the querysets find the other
models through the app registry (apps.get_model) rather than by importing models.py.
"""
import datetime as dt

from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Count, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, ExtractYear

from .dates import overlapping
from .text import name_keys

PUBLIC = AnonymousUser()  # for what is public whoever asks (ClaimReview documents, kept counts)


def may_see_drafts(user) -> bool:
    """The one rule for who sees drafts and retracted claims: staff and curators."""
    return bool(user and user.is_authenticated and (user.is_staff or user.has_perm("claims.change_claim")))


# Who may see what, in one place. Each condition takes the path from the rows being filtered
# to the claim, speaker or review (`via`, e.g. "claim__"), so a join can apply the rule
# without a subquery. A published claim always has a confirmed speaker (Claim.clean,
# Speaker.clean and speaker_merge keep it so), so claims need not test the speaker too.

def claims_visible(user, via: str = "") -> Q:
    """Curators see every claim; everyone else published ones."""
    return Q() if may_see_drafts(user) else Q(**{f"{via}status": "published"})


def speakers_visible(user, via: str = "") -> Q:
    """Curators see every speaker; everyone else the confirmed ones (not the importer's proposals)."""
    return Q() if may_see_drafts(user) else Q(**{f"{via}confirmed": True})


def reviews_visible(user, via: str = "") -> Q:
    """Curators and reviewers see every review; everyone else published reviews of published claims."""
    if may_see_drafts(user) or (user and user.has_perm("claims.change_review")):
        return Q()
    return Q(**{f"{via}published": True}) & claims_visible(user, f"{via}claim__")


class SpeakerQuerySet(models.QuerySet):
    def visible_to(self, user) -> "SpeakerQuerySet":
        return self.filter(speakers_visible(user))

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
        """Recount the kept claim counts, first/last dates and profiles from published claims."""
        Claim = apps.get_model("claims", "Claim")
        published = Claim.objects.visible_to(PUBLIC).filter(speaker=OuterRef("pk")).order_by().values("speaker")
        self.update(
            claim_count=Coalesce(Subquery(published.annotate(n=Count("pk")).values("n")), 0),
            first_said_on=Subquery(published.annotate(d=Min("said_on")).values("d")),
            last_said_on=Subquery(published.annotate(d=Max("said_on")).values("d")),
        )
        profiles = Claim.objects.visible_to(PUBLIC).filter(speaker__in=self.values("pk")).speaker_profiles()
        speakers = [self.model(pk=pk, profile=profiles.get(pk) or empty_profile())
                    for pk in self.values_list("pk", flat=True)]
        self.model.objects.bulk_update(speakers, ["profile"], batch_size=2000)


class TopicQuerySet(models.QuerySet):
    def refresh_stats(self) -> None:
        """Recount the kept number of published claims per topic."""
        Claim = apps.get_model("claims", "Claim")
        tagged = (
            Claim.topics.through.objects.filter(claims_visible(PUBLIC, "claim__"), topic=OuterRef("pk"))
            .order_by().values("topic").annotate(n=Count("pk")).values("n")
        )
        self.update(claim_count=Coalesce(Subquery(tagged), 0))


def empty_profile() -> dict:
    """A speaker's profile without claims: every rating present, at 0."""
    ratings = apps.get_model("claims", "Review").Rating.values
    return {"roles": [], "scorecard": dict.fromkeys(ratings, 0), "per_year": {}}


class ClaimQuerySet(models.QuerySet):
    def published(self) -> "ClaimQuerySet":
        return self.filter(status="published")

    def speaker_profiles(self) -> dict[int, dict]:
        """Per speaker of these claims: the roles given, the verdict scorecard (claims per
        rating) and claims per year, from one group-by over (speaker, role, year, rating)."""
        groups = (
            self.order_by().annotate(year=ExtractYear("said_on"))
            .values_list("speaker_id", "role", "year", "verdict__rating").annotate(n=Count("pk"))
        )
        folded: dict[int, tuple[set, dict, dict]] = {}
        for speaker_id, role, year, rating, n in groups:
            if speaker_id not in folded:
                folded[speaker_id] = (set(), empty_profile()["scorecard"], {})
            roles, scorecard, per_year = folded[speaker_id]
            if role:
                roles.add(role)
            if rating:
                scorecard[rating] += n
            if year is not None:
                per_year[year] = per_year.get(year, 0) + n
        return {
            speaker_id: {"roles": sorted(roles), "scorecard": scorecard,
                         "per_year": {str(year): per_year[year] for year in sorted(per_year)}}
            for speaker_id, (roles, scorecard, per_year) in folded.items()
        }

    def visible_to(self, user) -> "ClaimQuerySet":
        """What `user` may read: everything for curators, published claims for everyone else."""
        return self.filter(claims_visible(user))

    def by_speaker(self, *slugs: str) -> "ClaimQuerySet":
        return self.filter(speaker__slug__in=slugs)

    def said_between(self, after: dt.date | None = None, before: dt.date | None = None) -> "ClaimQuerySet":
        """Claims whose date, at its precision, overlaps [after, before]."""
        return self.filter(overlapping("said_on", after, before))


class ReviewQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ReviewQuerySet":
        return self.filter(reviews_visible(user))
