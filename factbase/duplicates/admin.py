"""Curators' side: the "Possible duplicates" list (merge or reject a pair) and, on each
claim's page, its near-duplicates with their similarity.

The claim page gains its section by subclassing the claims app's ClaimAdmin here: the domain
app does not import this one (ARCHITECTURE.md), so this app re-registers Claim's admin.
"""
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from factbase.claims import admin as claims_admin
from factbase.claims.models import Claim

from . import services
from .finding import similar_claims
from .models import DuplicatePair


class StatusFilter(admin.SimpleListFilter):
    """Proposed pairs unless asked otherwise: rejected ones are remembered, not shown by default."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [(DuplicatePair.Status.REJECTED, "not duplicates (rejected)"), ("all", "all")]

    def choices(self, changelist):
        yield {"selected": self.value() is None,
               "query_string": changelist.get_query_string(remove=[self.parameter_name]), "display": "proposed"}
        for value, label in self.lookup_choices:
            yield {"selected": self.value() == value, "display": label,
                   "query_string": changelist.get_query_string({self.parameter_name: value})}

    def queryset(self, request, queryset):
        if self.value() == "all":
            return queryset
        return queryset.filter(status=self.value() or DuplicatePair.Status.PROPOSED)


def _claim_cell(claim: Claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    return format_html('<a href="{}">#{}</a> {} <span title="{}">({}, {})</span><br>{}', url, claim.pk,
                       claim.speaker.name, claim.get_status_display(), claim.get_status_display(),
                       claim.said.display() if claim.said else "undated", Truncator(claim.text).chars(160))


@admin.register(DuplicatePair)
class DuplicatePairAdmin(admin.ModelAdmin):
    list_display = ["similarity", "left_claim", "right_claim", "speakers", "status"]
    list_filter = [StatusFilter, "same_speaker"]
    list_select_related = ["claim_a__speaker", "claim_b__speaker"]
    list_per_page = 50
    show_full_result_count = False  # one COUNT(*) fewer on a table of millions
    ordering = ["-score", "id"]
    actions = ["merge_into_left", "merge_into_right", "reject"]
    readonly_fields = ["claim_a", "claim_b", "score", "same_speaker", "status", "found", "decided_by", "decided_at"]

    def has_add_permission(self, request):
        return False  # pairs are found, not typed in

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("claims.change_claim")

    def has_merge_permission(self, request):
        return request.user.has_perm("claims.change_claim") and request.user.has_perm("claims.delete_claim")

    @admin.display(description="similarity", ordering="-score")
    def similarity(self, pair):
        return f"{pair.score:.0%}"

    @admin.display(description="left claim (older)")
    def left_claim(self, pair):
        return _claim_cell(pair.claim_a)

    @admin.display(description="right claim")
    def right_claim(self, pair):
        return _claim_cell(pair.claim_b)

    @admin.display(description="speaker", boolean=False)
    def speakers(self, pair):
        return "same" if pair.same_speaker else "different"

    def _merge(self, request, queryset, keep_left: bool):
        merged, refused = 0, []
        for pair in queryset.select_related("claim_a", "claim_b"):
            keep = pair.claim_a if keep_left else pair.claim_b
            try:
                services.pair_merge(pair=pair, keep=keep, user=request.user)
                merged += 1
            except ValidationError as exc:
                refused.append(" ".join(exc.messages))
        if merged:
            self.message_user(request, f"Merged {merged} pair(s); the merged claims' words are kept on their "
                                       "appearances and in the claims' history.", messages.SUCCESS)
        for reason in refused:
            self.message_user(request, reason, messages.ERROR)

    @admin.action(description="Merge: keep the left claim, fold the right one into it", permissions=["merge"])
    def merge_into_left(self, request, queryset):
        self._merge(request, queryset, keep_left=True)

    @admin.action(description="Merge: keep the right claim, fold the left one into it", permissions=["merge"])
    def merge_into_right(self, request, queryset):
        self._merge(request, queryset, keep_left=False)

    @admin.action(description="Not duplicates: never propose these pairs again", permissions=["change"])
    def reject(self, request, queryset):
        pairs = list(queryset)
        for pair in pairs:
            services.pair_reject(pair=pair, user=request.user)
        self.message_user(request, f"Marked {len(pairs)} pair(s) as not duplicates.", messages.SUCCESS)


admin.site.unregister(Claim)


@admin.register(Claim)
class ClaimAdmin(claims_admin.ClaimAdmin):
    """The claims app's admin, with the claim's near-duplicates on its page."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None:
            fieldsets.append(("Near duplicates", {"fields": ["near_duplicates"]}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "near_duplicates"]

    @admin.display(description="similar claims")
    def near_duplicates(self, claim):
        rejected = set()
        for a, b in DuplicatePair.objects.involving(claim.pk).filter(status=DuplicatePair.Status.REJECTED) \
                .values_list("claim_a_id", "claim_b_id"):
            rejected.add(b if a == claim.pk else a)
        found = [s for s in similar_claims(claim=claim, limit=30) if s.claim_id not in rejected]
        if not found:
            return "None found."
        others = Claim.objects.select_related("speaker").in_bulk([s.claim_id for s in found])
        pairs = {(p.claim_a_id, p.claim_b_id): p.pk for p in DuplicatePair.objects.involving(claim.pk)}
        rows = []
        for s in found:
            other = others[s.claim_id]
            pair_id = pairs.get(tuple(sorted((claim.pk, other.pk))))
            pair_link = (format_html(' <a href="{}">merge or reject…</a>',
                                     reverse("admin:duplicates_duplicatepair_changelist") + f"?id={pair_id}&status=all")
                         if pair_id else "")
            rows.append((f"{s.score:.0%}", "same speaker" if s.speaker_id == claim.speaker_id else other.speaker.name,
                         reverse("admin:claims_claim_change", args=[other.pk]), other.pk,
                         Truncator(other.text).chars(160), other.get_status_display(), pair_link))
        return format_html("<table><thead><tr><th>similarity</th><th>speaker</th><th>claim</th><th>status</th>"
                           "<th></th></tr></thead><tbody>{}</tbody></table>",
                           format_html_join("", '<tr><td>{}</td><td>{}</td><td><a href="{}">#{}</a> {}</td>'
                                                '<td>{}</td><td>{}</td></tr>', rows))
