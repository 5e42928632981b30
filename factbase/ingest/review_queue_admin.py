"""The admin's "To review" page: the review queue (review_queue.py) with accept, reject and
confirm, each a POST through the same write functions as the article's review page.

A POST answers JSON when asked for it (the page's keyboard module, review_queue.js), else
redirects back with a message, so the page works without JavaScript too.
"""
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from factbase.claims import services
from factbase.claims.models import Appearance, Claim, Speaker

from . import review
from .review_queue import SORTS, QueueFilters, queue_page, unconfirmed_speakers_page

VIEW_PERMISSION = "claims.change_claim"


def review_queue_view(model_admin, request):
    """GET: one page of the queue (tab=speakers: the unconfirmed speakers). POST: one action."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        return _act(model_admin, request)
    context = {**model_admin.admin_site.each_context(request), "title": "To review", "opts": model_admin.model._meta,
               "sorts": SORTS, "may_publish": request.user.has_perm("claims.publish_claim"),
               "may_confirm": request.user.has_perm("claims.change_speaker"),
               "may_reject": request.user.has_perm("claims.delete_appearance")}
    if request.GET.get("tab") == "speakers":
        try:
            after = int(request.GET.get("after") or 0)
            if not 0 <= after < 2**62:
                raise ValueError
        except ValueError:
            return TemplateResponse(request, "admin/ingest/review_queue.html",
                                    {**context, "tab": "speakers", "errors": {"after": ["A whole number is required."]}},
                                    status=400)
        speakers, next_after = unconfirmed_speakers_page(after=after or None)
        return TemplateResponse(request, "admin/ingest/review_queue.html",
                                {**context, "tab": "speakers", "speakers": speakers, "next_after": next_after})
    filters = QueueFilters(request.GET)
    if not filters.is_valid():
        return TemplateResponse(request, "admin/ingest/review_queue.html",
                                {**context, "tab": "drafts", "filters": filters, "errors": filters.errors}, status=400)
    page = queue_page(filters.cleaned_data)
    query = request.GET.copy()
    query.pop("after", None)
    return TemplateResponse(request, "admin/ingest/review_queue.html", {
        **context, "tab": "drafts", "filters": filters, "page": page, "sort": page.sort,
        "query_without_after": query.urlencode(),
    })


def _act(model_admin, request):
    action = request.POST.get("action", "")
    try:
        if action == "accept":
            message = _accept(request)
        elif action == "reject":
            message = _reject(request)
        elif action == "confirm":
            message = _confirm(request)
        else:
            return _answer(model_admin, request, f"Unknown action {action!r}.", ok=False, status=400)
    except ValidationError as exc:
        return _answer(model_admin, request, " ".join(exc.messages), ok=False, status=409)
    except LookupError as exc:
        return _answer(model_admin, request, str(exc), ok=False, status=404)
    return _answer(model_admin, request, message, ok=True)


def _proposal(request) -> Appearance:
    try:
        pk = int(request.POST.get("appearance", ""))
    except ValueError:
        raise LookupError("Which proposal? (appearance)") from None
    found = (Appearance.objects.filter(pk=pk, claim__status=Claim.Status.DRAFT)
             .select_related("claim__speaker").first())
    if found is None:
        raise LookupError("That proposal is no longer in the queue.")
    return found


def _accept(request) -> str:
    if not request.user.has_perm("claims.publish_claim"):
        raise PermissionDenied
    claim = _proposal(request).claim
    confirm = request.POST.get("confirm_speaker") == "on" and request.user.has_perm("claims.change_speaker")
    review.proposal_accept(claim=claim, confirm_speaker=confirm, user=request.user)
    return f"Published: {claim}"


def _reject(request) -> str:
    if not request.user.has_perm("claims.delete_appearance"):
        raise PermissionDenied
    appearance = _proposal(request)
    review.proposal_reject(appearance=appearance, user=request.user)
    return f"Rejected: {appearance.claim}"


def _confirm(request) -> str:
    if not request.user.has_perm("claims.change_speaker"):
        raise PermissionDenied
    try:
        speaker = Speaker.objects.get(pk=int(request.POST.get("speaker", "")))
    except (ValueError, Speaker.DoesNotExist):
        raise LookupError("Which speaker? (speaker)") from None
    services.speaker_confirm(speaker=speaker, user=request.user)
    return f"Confirmed: {speaker}"


def _answer(model_admin, request, message: str, *, ok: bool, status: int = 200):
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"ok": ok, "message": message}, status=status)
    model_admin.message_user(request, message, messages.SUCCESS if ok else messages.ERROR)
    return redirect(request.get_full_path())
