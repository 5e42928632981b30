"""Errors as JSON that names the field: the domain's ValidationError becomes a 400."""
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import ValidationError
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
    return drf_exception_handler(exc, context)
