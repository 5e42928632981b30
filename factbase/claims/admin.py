"""The curators' workbench: claims, speakers, sources, topics and reviews."""
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from . import services
from .models import Appearance, Claim, Review, Source, Speaker, SpeakerAlias, Topic


def _excerpt(text, length=90):
    return Truncator(text).chars(length)


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 0
    fields = ["source", "context", "start", "end", "printed_text", "confidence"]
    autocomplete_fields = ["source"]


class SourceAppearanceInline(admin.TabularInline):
    """On a source page: every claim found in it."""

    model = Appearance
    extra = 0
    fields = ["claim", "context", "start", "end", "confidence"]
    autocomplete_fields = ["claim"]
    verbose_name_plural = "claims found in this source"


class ReviewInline(admin.StackedInline):
    model = Review
    extra = 0
    fields = [("rating", "attribution"), "explanation", "evidence_links", ("reviewer", "reviewed_on", "published")]
    autocomplete_fields = ["reviewer"]


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["name"]


class SpeakerListFilter(admin.SimpleListFilter):
    """The most quoted speakers (by their kept count) plus the one selected: Django's related
    filters would scan every claim for distinct speakers on each page of a table of millions.
    Any other speaker is one search away (names and aliases are searched)."""

    title = "speaker"
    parameter_name = "speaker"
    shown = 30

    def lookups(self, request, model_admin):
        speakers = list(Speaker.objects.order_by("-claim_count", "name")[: self.shown])
        if self.value() and self.value().isdigit() and all(str(s.pk) != self.value() for s in speakers):
            speakers += list(Speaker.objects.filter(pk=self.value()))
        return [(str(speaker.pk), speaker.name) for speaker in speakers]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(speaker_id=self.value())
        return queryset


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["excerpt", "speaker", "said", "kind", "status", "verdict", "appearance_count"]
    list_filter = [
        "status", "kind", SpeakerListFilter, "topics", "verdict__rating",
        "appearances__source__outlet", "language",
    ]
    list_select_related = ["speaker", "verdict"]
    list_per_page = 100
    show_full_result_count = False  # one COUNT(*) fewer on a table of millions
    date_hierarchy = "said_on"
    search_fields = ["text", "speaker__name", "speaker__aliases__name"]
    autocomplete_fields = ["speaker", "topics"]
    readonly_fields = ["created", "updated"]
    fieldsets = [
        (None, {"fields": ["text", "speaker", "kind", "status"]}),
        ("When and where", {"fields": [("said_on", "said_on_precision"), "role", "place", "language"]}),
        ("Topics", {"fields": ["topics"]}),
        ("Record", {"fields": [("created", "updated")], "classes": ["collapse"]}),
    ]
    inlines = [AppearanceInline, ReviewInline]
    actions = ["publish", "retract"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(appearance_total=Count("appearances", distinct=True))

    @admin.display(description="claim", ordering="text")
    def excerpt(self, claim):
        return _excerpt(claim.text)

    @admin.display(description="said on", ordering="said_on")
    def said(self, claim):
        return claim.said.display() if claim.said else "—"

    @admin.display(description="appearances", ordering="appearance_total")
    def appearance_count(self, claim):
        return claim.appearance_total

    def has_publish_permission(self, request):
        return request.user.has_perm("claims.publish_claim")

    def _apply(self, request, queryset, service, verb):
        done, refused = 0, []
        for claim in queryset.select_related("speaker"):
            try:
                service(claim=claim, user=request.user)
                done += 1
            except ValidationError as exc:
                refused.append(" ".join(exc.messages))
        if done:
            self.message_user(request, f"{verb} {done} claim(s).", messages.SUCCESS)
        for reason in refused:
            self.message_user(request, reason, messages.ERROR)

    @admin.action(description="Publish selected claims", permissions=["publish"])
    def publish(self, request, queryset):
        self._apply(request, queryset, services.claim_publish, "Published")

    @admin.action(description="Retract selected claims", permissions=["publish"])
    def retract(self, request, queryset):
        self._apply(request, queryset, services.claim_retract, "Retracted")

    def save_model(self, request, obj, form, change):
        if not change and obj.status == Claim.Status.PUBLISHED and not self.has_publish_permission(request):
            obj.status = Claim.Status.DRAFT
        super().save_model(request, obj, form, change)


class SpeakerMergeForm(forms.Form):
    target = forms.ModelChoiceField(queryset=Speaker.objects.none(), widget=forms.RadioSelect,
                                    label="Keep this speaker; merge the others into it")

    def __init__(self, *args, speakers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = speakers


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "confirmed", "claim_count", "wikidata_id", "alias_list"]
    list_filter = ["kind", "confirmed"]
    search_fields = ["name", "aliases__name", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["claim_count", "first_said_on", "last_said_on"]
    inlines = [SpeakerAliasInline]
    actions = ["merge", "confirm"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="aliases")
    def alias_list(self, speaker):
        return ", ".join(alias.name for alias in speaker.aliases.all())

    @admin.action(description="Confirm selected speakers", permissions=["change"])
    def confirm(self, request, queryset):
        for speaker in queryset:
            services.speaker_confirm(speaker=speaker, user=request.user)
        self.message_user(request, f"Confirmed {queryset.count()} speaker(s).", messages.SUCCESS)

    @admin.action(description="Merge selected speakers…", permissions=["change", "delete"])
    def merge(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.ERROR)
            return None
        form = SpeakerMergeForm(request.POST if "apply" in request.POST else None, speakers=queryset)
        if form.is_valid():
            target = form.cleaned_data["target"]
            try:
                for source in queryset.exclude(pk=target.pk):
                    target = services.speaker_merge(source=source, target=target, user=request.user)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
                return None
            self.message_user(request, f"Merged into {target}: {target.claim_count} published claims, "
                                       f"aliases {', '.join(a.name for a in target.aliases.all())}.",
                              messages.SUCCESS)
            return None
        return TemplateResponse(request, "admin/claims/speaker/merge.html", {
            **self.admin_site.each_context(request),
            "title": "Merge speakers",
            "opts": self.model._meta,
            "form": form,
            "speakers": queryset.annotate(total=Count("claims")),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        })


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "outlet", "published", "language", "claim_total"]
    list_filter = ["outlet", "language"]
    search_fields = ["title", "url", "outlet"]
    date_hierarchy = "published_on"
    inlines = [SourceAppearanceInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("appearances"))

    @admin.display(description="published", ordering="published_on")
    def published(self, source):
        return source.published.display() if source.published else "—"

    @admin.display(description="claims", ordering="claim_count")
    def claim_total(self, source):
        return source.claim_count


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Review)
class ReviewAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "rating", "attribution", "reviewer", "reviewed_on", "published"]
    list_filter = ["rating", "attribution", "published"]
    list_select_related = ["claim__speaker", "reviewer"]
    search_fields = ["claim__text", "explanation"]
    autocomplete_fields = ["claim", "reviewer"]

    def save_model(self, request, obj, form, change):
        if obj.reviewer_id is None:
            obj.reviewer = request.user
        super().save_model(request, obj, form, change)
