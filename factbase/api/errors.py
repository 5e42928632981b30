"""Errors as JSON that names the field: the domain's ValidationError becomes a 400, and an
error is JSON whatever format the request asked for (a CSV export's 400, a ClaimReview's 404),
as the schema declares; only the browsable API renders its errors as HTML."""
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """DRF's handler, plus model full_clean / services ValidationErrors as 400s like
    {"text": ["A claim needs its words."]} (non-field errors under "non_field_errors")."""
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            detail = {("non_field_errors" if field == "__all__" else field): messages
                      for field, messages in exc.message_dict.items()}
        else:
            detail = {"non_field_errors": exc.messages}
        exc = ValidationError(detail)
    response = drf_exception_handler(exc, context)
    request = context["request"]
    media_type = getattr(getattr(request, "accepted_renderer", None), "media_type", None)
    if response is not None and media_type not in (JSONRenderer.media_type, BrowsableAPIRenderer.media_type):
        # Unset when the format itself was refused: DRF would then pick the view's first renderer.
        request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
    return response


@csrf_exempt  # a PATCH to no URL is a 404 too, not the CSRF failure page
def not_found(request, *args, **kwargs):
    """/api/ URLs that match no route: DRF's 404, not Django's HTML page."""
    return JsonResponse({"detail": "Not found."}, status=404)
