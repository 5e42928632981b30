"""Writes that touch several rows: recording, publishing and merging claims and speakers.

Plain functions with keyword-only arguments, called alike from the admin, the API,
the importer and management commands, so each rule lives in one place.
"""
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from .dates import PartialDate
from .history import records_history_user
from .models import Appearance, Claim, Source, Speaker, SpeakerAlias, Topic
from .text import claim_text_hash, name_key


def unique_slug(model, name: str, field: str = "slug") -> str:
    """A slug for `name` not yet taken in `model` ("speaker-00042", "speaker-00042-2")."""
    return unique_slugs(model, [name], field)[0]


def unique_slugs(model, names: Iterable[str], field: str = "slug") -> list[str]:
    """One slug per name, none taken in `model` nor by another of the names: one query for
    the plain slugs, then one per numbered candidate (rare), so a bulk load can use it."""
    room = model._meta.get_field(field).max_length - 10  # for the "-2" of a taken slug
    bases = [slugify(name, allow_unicode=False)[:room] or model._meta.model_name for name in names]
    taken = set(model.objects.filter(**{f"{field}__in": bases}).values_list(field, flat=True))
    slugs = []
    for base in bases:
        slug, n = base, 1
        while slug in taken or (n > 1 and model.objects.filter(**{field: slug}).exists()):
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs.append(slug)
    return slugs


@records_history_user
def speaker_create(*, name: str, kind: str = Speaker.Kind.PERSON, aliases=(), description: str = "",
                   wikidata_id: str = "", confirmed: bool = True, slug: str = "", user=None) -> Speaker:
    speaker = Speaker(name=name.strip(), slug=slug or unique_slug(Speaker, name), kind=kind, description=description,
                      wikidata_id=wikidata_id, confirmed=confirmed)
    speaker.full_clean()
    speaker.save()
    speaker_add_aliases(speaker=speaker, names=aliases, user=user)
    return speaker


@records_history_user
def speaker_add_aliases(*, speaker: Speaker, names, user=None) -> list[SpeakerAlias]:
    """Add the names not already known for `speaker` (its own name is never an alias)."""
    known = {speaker.key} | set(speaker.aliases.values_list("key", flat=True))
    added = []
    for name in names:
        key = name_key(name)
        if key and key not in known:
            known.add(key)
            alias = SpeakerAlias(speaker=speaker, name=name.strip())
            alias.save()
            added.append(alias)
    return added


@records_history_user
def speaker_confirm(*, speaker: Speaker, user=None) -> Speaker:
    if not speaker.confirmed:
        speaker.confirmed = True
        speaker.save(update_fields=["confirmed", "updated"])
    return speaker


@records_history_user
@transaction.atomic
def speaker_merge(*, source: Speaker, target: Speaker, user=None) -> Speaker:
    """Fold `source` into `target`: its claims and aliases move over, its name becomes an
    alias, and `source` is deleted. A claim both have said is merged into target's."""
    if source.pk == target.pk:
        raise ValidationError("A speaker cannot be merged into itself.")
    source = Speaker.objects.select_for_update().get(pk=source.pk)
    target = Speaker.objects.select_for_update().get(pk=target.pk)
    for claim in Claim.objects.filter(speaker=source).select_for_update():
        existing = Claim.objects.filter(speaker=target, text_hash=claim.text_hash).first()
        if existing:
            claim_merge(duplicate=claim, into=existing, user=user)
        else:
            claim.speaker = target
            claim.save()
    names = [source.name, *source.aliases.values_list("name", flat=True)]
    if not target.wikidata_id and source.wikidata_id:
        target.wikidata_id, source.wikidata_id = source.wikidata_id, ""
        source.save(update_fields=["wikidata_id"])
    if not target.description:
        target.description = source.description
    # Folding a checked speaker into a proposal is a curator's check of it: its claims may be published.
    target.confirmed = target.confirmed or source.confirmed
    target.save()
    source.delete()
    speaker_add_aliases(speaker=target, names=names, user=user)
    Speaker.objects.filter(pk=target.pk).refresh_stats()
    target.refresh_from_db()
    return target


@records_history_user
@transaction.atomic
def claim_merge(*, duplicate: Claim, into: Claim, user=None) -> Claim:
    """Fold a duplicate claim into another: appearances, reviews and topics move over,
    then the duplicate is deleted (its history stays, its deletion saying where it went).
    Where the duplicate's words differ (a near-duplicate), each moved appearance keeps them
    as the wording printed in its source."""
    if duplicate.pk == into.pk:
        raise ValidationError("A claim cannot be merged into itself.")
    wording = duplicate.text if duplicate.text_hash != into.text_hash else ""
    have = set(into.appearances.values_list("source_id", flat=True))
    for appearance in duplicate.appearances.all():
        if appearance.source_id in have:
            continue
        appearance.claim = into
        appearance.printed_text = appearance.printed_text or wording
        appearance.save()
    for review in duplicate.reviews.all():
        review.claim = into
        review.save()
    into.topics.add(*duplicate.topics.all())
    if duplicate.status == Claim.Status.PUBLISHED and into.status == Claim.Status.DRAFT:
        into.status = Claim.Status.PUBLISHED
        into.save()
    duplicate._change_reason = f"Merged into claim #{into.pk}"  # simple-history's reason on the deletion row
    duplicate.delete()
    into.refresh_verdict()
    return into


@dataclass
class RecordedClaim:
    claim: Claim
    appearance: Appearance | None
    created: bool


@records_history_user
def claim_record(*, speaker: Speaker, text: str, kind: str = Claim.Kind.DIRECT, source: Source | None = None,
                 said: PartialDate | None = None, role: str = "", place: str = "", language: str = "",
                 topics=(), status: str = Claim.Status.DRAFT, context: str = "", start: int | None = None,
                 end: int | None = None, printed_text: str = "", confidence: float | None = None,
                 user=None) -> RecordedClaim:
    """Record that `speaker` said `text` (found in `source`): a new claim, or a new
    appearance of the claim already on file for the same words by the same speaker.
    An existing claim is never overwritten: what a curator changed stays."""
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "A claim needs its words."})
    with transaction.atomic():
        claim = Claim.objects.filter(speaker=speaker, text_hash=claim_text_hash(text)).first()
        created = claim is None
        if created:
            claim = Claim(speaker=speaker, text=text, kind=kind, role=role, place=place, language=language,
                          status=status, said_on=said.start if said else None,
                          said_on_precision=said.precision if said else "")
            claim.full_clean(validate_constraints=False)
            try:
                with transaction.atomic():
                    claim.save()
            except IntegrityError:  # another writer recorded the same words meanwhile
                claim = Claim.objects.get(speaker=speaker, text_hash=claim_text_hash(text))
                created = False
        missing = set(topics) - (set() if created else set(claim.topics.all()))
        if missing:  # adding only what is missing keeps a repeated import from writing history
            claim.topics.add(*missing)
        appearance = None
        if source is not None:
            appearance = claim.appearances.filter(source=source).first()
            if appearance is None:
                appearance = Appearance(claim=claim, source=source, context=context, start=start, end=end,
                                        printed_text=printed_text if printed_text != text else "",
                                        confidence=confidence)
                appearance.full_clean(validate_constraints=False)
                appearance.save()
    return RecordedClaim(claim=claim, appearance=appearance, created=created)


@records_history_user
def claim_publish(*, claim: Claim, user=None) -> Claim:
    """Publish a claim. Refused (ValidationError) while its speaker is an unconfirmed
    importer proposal: a curator confirms who said it before the public sees it."""
    return _claim_set_status(claim, Claim.Status.PUBLISHED, user)


@records_history_user
def claim_retract(*, claim: Claim, user=None) -> Claim:
    return _claim_set_status(claim, Claim.Status.RETRACTED, user)


def _claim_set_status(claim: Claim, status: str, user) -> Claim:
    if claim.status != status:
        previous, claim.status = claim.status, status
        try:
            claim.clean()
        except ValidationError:
            claim.status = previous
            raise
        claim.save()
    return claim


@records_history_user
def topic_get_or_create(*, name: str, user=None) -> Topic:
    topic = Topic.objects.filter(name__iexact=name.strip()).first()
    if topic is None:
        topic = Topic(name=name.strip(), slug=unique_slug(Topic, name))
        topic.save()
    return topic
