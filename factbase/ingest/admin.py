"""The admin's import pages: "Import article" (paste or upload) and the review of what was found."""
from pathlib import Path

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path

from factbase.claims.models import Appearance, Claim

from . import review
from .models import ArticleImport
from .ranking import ATTENTION_BELOW
from .readers import HTML_SUFFIXES, Defaults, ReadError, parse_date, read_html, read_text
from .review_queue_admin import review_queue_view
from .store import article_import


class ArticleImportForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 16, "cols": 100}), required=False,
                           help_text="Paste the article, or upload it below.")
    file = forms.FileField(required=False, help_text="A plain-text or HTML file.")
    title = forms.CharField(max_length=500, required=False, help_text="Default: the first line.")
    date = forms.CharField(max_length=10, required=False, help_text="YYYY, YYYY-MM or YYYY-MM-DD")
    url = forms.URLField(label="URL", max_length=2000, required=False, assume_scheme="https")
    outlet = forms.CharField(max_length=200, required=False)
    language = forms.CharField(max_length=10, initial="de")

    def clean_date(self):
        try:
            return parse_date(self.cleaned_data["date"], "date")
        except ReadError as exc:
            raise ValidationError(exc.message) from None

    def article(self):
        """The article the form describes; ValidationError when it cannot be read."""
        data = self.cleaned_data
        defaults = Defaults(title=data["title"], published=data["date"], url=data["url"], outlet=data["outlet"],
                            language=data["language"] or "de")
        upload = data.get("file")
        try:
            if upload:
                content = upload.read()
                reader = read_html if Path(upload.name).suffix.lower() in HTML_SUFFIXES else read_text
                return reader(content, document=upload.name, defaults=defaults)
            if not data["text"].strip():
                raise ValidationError("Paste the article's text or upload a file.")
            return read_text(data["text"], document="pasted in the admin", defaults=defaults)
        except ReadError as exc:
            raise ValidationError(exc.message) from None


class ReviewEditForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea)
    speaker = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=Claim.Kind.choices)


@admin.register(ArticleImport)
class ArticleImportAdmin(admin.ModelAdmin):
    list_display = ["source", "document", "imported_by", "created", "proposed", "claims_created", "drafts_left"]
    list_select_related = ["source", "imported_by"]
    search_fields = ["source__title", "source__url", "document"]

    # Importing and reviewing are claim work: the claims permissions decide.
    def has_module_permission(self, request):
        return request.user.has_perm("claims.view_claim")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_claim")

    def has_add_permission(self, request):
        return request.user.has_perms(["claims.add_claim", "claims.add_source"])

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("claims.change_claim")

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="drafts left")
    def drafts_left(self, record):
        return Claim.objects.filter(appearances__source_id=record.source_id, status=Claim.Status.DRAFT).count()

    def get_urls(self):
        return [
            path("<int:pk>/review/", self.admin_site.admin_view(self.review_view), name="ingest_articleimport_review"),
            path("queue/", self.admin_site.admin_view(self.review_queue_view), name="ingest_review_queue"),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        """The "Import article" page: paste or upload, then review what was found."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = article_import(article=form.article(), user=request.user)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                if result.duplicate:
                    self.message_user(request, f"This article was imported before (“{result.source}”); "
                                               "nothing was added.", messages.WARNING)
                    earlier = result.source.imports.order_by("-created").first()
                    if earlier is None:
                        return redirect("admin:claims_source_change", result.source.pk)
                    return redirect("admin:ingest_articleimport_review", earlier.pk)
                self.message_user(request, f"{len(result.proposals)} claims proposed, {result.claims_created} new, "
                                           f"{result.speakers_created} new speakers to confirm.", messages.SUCCESS)
                return redirect("admin:ingest_articleimport_review", result.record.pk)
        return TemplateResponse(request, "admin/ingest/articleimport/import.html", {
            **self.admin_site.each_context(request), "title": "Import article", "opts": self.model._meta,
            "form": form,
        })

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return redirect("admin:ingest_articleimport_review", object_id)

    def review_view(self, request, pk):
        """The article with its proposed claims highlighted; accept, edit or reject each."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        record = get_object_or_404(ArticleImport.objects.select_related("source"), pk=pk)
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            self._review_action(request, record)
            return redirect(request.get_full_path())
        appearances = list(
            Appearance.objects.filter(source=record.source).select_related("claim__speaker").order_by("start", "id")
        )
        for appearance in appearances:
            claim = appearance.claim
            appearance.form = ReviewEditForm(initial={"text": claim.text, "speaker": claim.speaker.name,
                                                      "kind": claim.kind}, prefix=f"a{appearance.pk}")
        return TemplateResponse(request, "admin/ingest/articleimport/review.html", {
            **self.admin_site.each_context(request), "title": f"Review: {record.source}", "opts": self.model._meta,
            "record": record, "source": record.source, "appearances": appearances,
            "highlighted": review.highlighted_text(record.source.text, appearances),
            "drafts": sum(a.claim.status == Claim.Status.DRAFT for a in appearances),
            "may_publish": request.user.has_perm("claims.publish_claim"),
            "attention_below": ATTENTION_BELOW,
        })

    def review_queue_view(self, request):
        """"To review": every draft proposal and unconfirmed speaker (review_queue_admin.py)."""
        return review_queue_view(self, request)

    def _review_action(self, request, record):
        action = request.POST.get("action", "")
        confirm = request.POST.get("confirm_speaker") == "on" and request.user.has_perm("claims.change_speaker")
        if action == "accept_all":
            return self._accept_all(request, record, confirm)
        if action == "attribute":
            try:
                claim = review.proposal_attribute(record=record, index=int(request.POST.get("index", -1)),
                                                  speaker_name=request.POST.get("speaker", ""), user=request.user)
            except ValueError:
                self.message_user(request, "Which proposal?", messages.ERROR)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
            else:
                self.message_user(request, f"Added as a draft: {claim}", messages.SUCCESS)
            return
        appearance = Appearance.objects.filter(source=record.source, pk=request.POST.get("appearance") or 0) \
            .select_related("claim__speaker").first()
        if appearance is None:
            self.message_user(request, "That proposal is no longer part of this article.", messages.ERROR)
            return
        claim = appearance.claim
        try:
            if action == "accept":
                if not request.user.has_perm("claims.publish_claim"):
                    raise PermissionDenied
                review.proposal_accept(claim=claim, confirm_speaker=confirm, user=request.user)
                self.message_user(request, f"Published: {claim}", messages.SUCCESS)
            elif action == "edit":
                form = ReviewEditForm(request.POST, prefix=f"a{appearance.pk}")
                if not form.is_valid():
                    raise ValidationError([f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()])
                review.proposal_edit(claim=claim, text=form.cleaned_data["text"],
                                     speaker_name=form.cleaned_data["speaker"], kind=form.cleaned_data["kind"],
                                     user=request.user)
                self.message_user(request, f"Saved: {claim}", messages.SUCCESS)
            elif action == "reject":
                if not request.user.has_perm("claims.delete_appearance"):
                    raise PermissionDenied
                review.proposal_reject(appearance=appearance, user=request.user)
                self.message_user(request, f"Rejected: {claim}", messages.SUCCESS)
            else:
                self.message_user(request, f"Unknown action {action!r}.", messages.ERROR)
        except ValidationError as exc:
            self.message_user(request, " ".join(exc.messages), messages.ERROR)

    def _accept_all(self, request, record, confirm):
        if not request.user.has_perm("claims.publish_claim"):
            raise PermissionDenied
        drafts = Claim.objects.filter(appearances__source=record.source, status=Claim.Status.DRAFT) \
            .select_related("speaker").distinct()
        published, refused = 0, set()
        for claim in drafts:
            try:
                review.proposal_accept(claim=claim, confirm_speaker=confirm, user=request.user)
                published += 1
            except ValidationError:
                refused.add(claim.speaker.name)
        self.message_user(request, f"Published {published} claim(s).", messages.SUCCESS)
        if refused:
            self.message_user(request, "Not published, speaker unconfirmed: " + ", ".join(sorted(refused)),
                              messages.WARNING)
