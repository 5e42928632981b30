"""A curator's decisions on imported proposals: accept, edit or reject each draft claim.

Plain functions like the domain's services, so the admin's review page stays thin and
every change lands in the claims' history.
"""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import format_html, format_html_join

from factbase.claims import services
from factbase.claims.history import records_history_user
from factbase.claims.models import Appearance, Claim

from .models import ArticleImport
from .store import speaker_resolve_or_propose

NAMED_IN_REVIEW = "Named by a curator while reviewing an import."


@records_history_user
@transaction.atomic
def proposal_accept(*, claim: Claim, confirm_speaker: bool = False, user=None) -> Claim:
    """Publish a draft claim, confirming its speaker first if asked. Refused
    (ValidationError) while the speaker is unconfirmed."""
    if confirm_speaker:
        services.speaker_confirm(speaker=claim.speaker, user=user)
    return services.claim_publish(claim=claim, user=user)


@records_history_user
@transaction.atomic
def proposal_edit(*, claim: Claim, text: str, speaker_name: str, kind: str, user=None) -> Claim:
    """Correct a proposal's words, speaker (resolved by name; created unconfirmed if unknown) or kind."""
    speaker_name = " ".join(speaker_name.split())
    if not speaker_name:
        raise ValidationError({"speaker": "Name the speaker."})
    if speaker_name != claim.speaker.name:
        claim.speaker, _ = speaker_resolve_or_propose(name=speaker_name, description=NAMED_IN_REVIEW, user=user)
    claim.text, claim.kind = text.strip(), kind
    claim.full_clean(validate_constraints=False)
    claim.save()
    # Where the article printed other words than the corrected claim, the appearance keeps them.
    for appearance in claim.appearances.select_related("source").filter(printed_text="", start__isnull=False):
        printed = appearance.source.text[appearance.start:appearance.end]
        if printed and printed != claim.text:
            appearance.printed_text = printed
            appearance.save(update_fields=["printed_text"])
    return claim


@records_history_user
@transaction.atomic
def proposal_attribute(*, record: ArticleImport, index: int, speaker_name: str, user=None) -> Claim:
    """Store a proposal the extractor found no speaker for, as a draft claim of the speaker the
    curator names (resolved by name; created unconfirmed if unknown)."""
    record = ArticleImport.objects.select_for_update().select_related("source").get(pk=record.pk)
    speaker_name = " ".join(speaker_name.split())
    if not speaker_name:
        raise ValidationError({"speaker": "Name the speaker."})
    try:
        found = record.unattributed_proposals[index]
    except (IndexError, TypeError):
        raise ValidationError("That proposal is no longer waiting for a speaker.") from None
    speaker, _ = speaker_resolve_or_propose(name=speaker_name, description=NAMED_IN_REVIEW, user=user)
    source = record.source
    recorded = services.claim_record(
        speaker=speaker, text=found["text"], kind=found["kind"], source=source, said=source.published,
        role=found.get("role", "")[:200], place=found.get("place", "")[:200], language=source.language,
        context=found.get("context", ""), start=found["start"], end=found["end"],
        confidence=found.get("confidence"), user=user)
    del record.unattributed_proposals[index]
    record.save(update_fields=["unattributed_proposals"])
    return recorded.claim


@records_history_user
@transaction.atomic
def proposal_reject(*, appearance: Appearance, user=None) -> None:
    """Remove a proposal from its article; a draft claim found nowhere else goes too.
    Both stay in the history, so nothing is lost."""
    claim = appearance.claim
    appearance.delete()
    if claim.status == Claim.Status.DRAFT and not claim.appearances.exists():
        claim.delete()


def highlighted_text(text: str, appearances) -> str:
    """The article with each proposal's span in a <mark>, built escaped throughout.
    A span inside an earlier one (a quote within a report) is left to the list below."""
    parts, position = [], 0
    for appearance in sorted(appearances, key=lambda a: (a.start or 0, -(a.end or 0))):
        start, end = appearance.start, appearance.end
        if start is None or end is None or start < position or end > len(text) or end <= start:
            continue
        claim = appearance.claim
        parts.append(text[position:start])
        parts.append(format_html('<mark id="span-{}" class="proposal {} {}" title="{}: {}">{}</mark>',
                                 appearance.pk, claim.kind, claim.status, claim.speaker.name,
                                 claim.get_kind_display(), text[start:end]))
        position = end
    parts.append(text[position:])
    return format_html_join("", "{}", ((part,) for part in parts))
