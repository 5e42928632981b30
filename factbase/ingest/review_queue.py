"""The curators' review queue: every draft proposal (article imports and Quotebank loads), and
the unconfirmed speakers they wait on.

A row is a proposal, that is an appearance of a draft claim: where the importer found it and
with what confidence (the confidence lives on the appearance, for both importers). A draft
quoted by two sources is two rows; accepting either publishes the claim and both leave the
queue, rejecting one removes that proposal only (as the article's review page does).

Pages are keyset pages (ORDER BY ... LIMIT after the last row seen), never OFFSET, and the
counts are capped, so a queue of 100,000 drafts costs what one of 100 does:
- "oldest first" walks draft claims in id order through the partial index claim_draft_queue
  (only drafts are in it, however many claims are published), then their appearances;
- "lowest confidence first" walks the expression index appearance_queue_confidence on
  (COALESCE(confidence, 2.0), id): proposals without a confidence sort last. Accepted proposals
  stay in that index, so a page walks past the published ones below the lowest draft.
"""
from dataclasses import dataclass

from django import forms
from django.db.models import Count, OuterRef, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from factbase.claims.models import Appearance, Claim, Speaker

from .models import ArticleImport

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# Counts on the admin index stop here: a COUNT(*) over 100,000 drafts on every admin page is
# what a capped count avoids ("more than 10,000" is all a curator needs to know).
COUNT_CAP = 10_000
# Sorted after every real confidence (which lies in [0, 1]); the same literal as the index.
NO_CONFIDENCE = 2.0
CONFIDENCE_KEY = "COALESCE(claims_appearance.confidence, 2.0)"

SORTS = {"oldest": "oldest first", "confidence": "lowest confidence first"}


class QueueFilters(forms.Form):
    """The queue's query string; a bad value is a 400 naming the parameter."""

    sort = forms.ChoiceField(choices=list(SORTS.items()), required=False)
    article_import = forms.IntegerField(min_value=1, max_value=2**62, required=False, label="import")
    source = forms.IntegerField(min_value=1, max_value=2**62, required=False)
    speaker = forms.IntegerField(min_value=1, max_value=2**62, required=False)
    min_confidence = forms.FloatField(min_value=0, max_value=1, required=False)
    max_confidence = forms.FloatField(min_value=0, max_value=1, required=False)
    after = forms.CharField(max_length=60, required=False, help_text="the last row of the page before")
    page_size = forms.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, required=False)

    def clean_after(self):
        raw = self.cleaned_data["after"]
        if not raw:
            return None
        key, _, pk = raw.partition(":")
        try:
            return float(key), int(pk)
        except ValueError:
            raise forms.ValidationError("A cursor from the queue's 'next' link is required.") from None

    def clean(self):
        data = super().clean()
        low, high = data.get("min_confidence"), data.get("max_confidence")
        if low is not None and high is not None and low > high:
            self.add_error("max_confidence", "Must not be below min_confidence.")
        return data


@dataclass
class QueuePage:
    proposals: list
    next_after: str | None
    sort: str


def proposals_queryset(data: dict):
    """Appearances of draft claims, filtered and in queue order (not yet sliced)."""
    sort = data.get("sort") or "oldest"
    rows = Appearance.objects.filter(claim__status=Claim.Status.DRAFT)
    if data.get("article_import"):
        rows = rows.filter(source__imports=data["article_import"])
    if data.get("source"):
        rows = rows.filter(source_id=data["source"])
    if data.get("speaker"):
        rows = rows.filter(claim__speaker_id=data["speaker"])
    rows = rows.annotate(confidence_key=RawSQL(CONFIDENCE_KEY, []))
    low, high = data.get("min_confidence"), data.get("max_confidence")
    if low is not None or high is not None:
        # A range leaves out proposals without a confidence: their key, 2.0, is above 1.
        rows = rows.filter(confidence_key__gte=low or 0, confidence_key__lte=1 if high is None else high)
    after = data.get("after")
    if sort == "confidence":
        if after:
            rows = rows.extra(where=[f"({CONFIDENCE_KEY}, claims_appearance.id) > (%s, %s)"], params=list(after))
        return rows.order_by("confidence_key", "id"), sort
    if after:
        # The claim_id bound lets the planner start the draft-claim index at the cursor.
        rows = rows.filter(claim_id__gte=int(after[0])).extra(
            where=["(claims_appearance.claim_id, claims_appearance.id) > (%s, %s)"], params=list(after))
    return rows.order_by("claim_id", "id"), sort


def queue_page(data: dict) -> QueuePage:
    """One page of proposals: 1 query for the rows (with claim, speaker and source), 1 for the
    imports they came from (for the "open" link)."""
    size = data.get("page_size") or PAGE_SIZE
    rows, sort = proposals_queryset(data)
    rows = list(rows.select_related("claim__speaker", "source")
                .defer("source__text", "claim__text_hash", "context")[:size + 1])
    more = len(rows) > size
    rows = rows[:size]
    imports = dict(ArticleImport.objects.filter(source_id__in={row.source_id for row in rows})
                   .order_by("source_id", "-created").values_list("source_id", "pk"))
    for row in rows:
        row.article_import_id = imports.get(row.source_id)
    next_after = None
    if more and rows:
        last = rows[-1]
        next_after = (f"{last.confidence_key!r}:{last.pk}" if sort == "confidence"
                      else f"{last.claim_id}:{last.pk}")
    return QueuePage(proposals=rows, next_after=next_after, sort=sort)


def unconfirmed_speakers_page(*, after: int | None, size: int = PAGE_SIZE):
    """Unconfirmed speakers in the order proposed, each with the number of drafts waiting on it
    (counted for this page's speakers only); and the id to continue after, if there are more."""
    waiting = (Claim.objects.filter(speaker=OuterRef("pk"), status=Claim.Status.DRAFT).order_by()
               .values("speaker").annotate(n=Count("id")).values("n"))
    speakers = Speaker.objects.filter(confirmed=False)
    if after:
        speakers = speakers.filter(pk__gt=after)
    speakers = list(speakers.annotate(drafts=Coalesce(Subquery(waiting), 0)).order_by("pk")[:size + 1])
    more = len(speakers) > size
    speakers = speakers[:size]
    return speakers, (speakers[-1].pk if more and speakers else None)


def capped_count(queryset, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """(count, capped): one COUNT over at most cap + 1 rows."""
    n = queryset.order_by()[:cap + 1].count()
    return min(n, cap), n > cap


def queue_counts() -> dict:
    """The admin index's line: drafts to review and unconfirmed speakers, one query each."""
    drafts, drafts_capped = capped_count(Claim.objects.filter(status=Claim.Status.DRAFT).values("pk"))
    speakers, speakers_capped = capped_count(Speaker.objects.filter(confirmed=False).values("pk"))
    return {"drafts": drafts, "drafts_capped": drafts_capped,
            "speakers": speakers, "speakers_capped": speakers_capped}

