"""The OpenAPI schema says what the API answers, errors included, so an outside client
(schemathesis in tests/reliability/) can hold every response to it.

drf-spectacular documents the successful response of each operation; this adds what DRF
and our own checks answer besides: 400 with the invalid fields or parameters named, 401
for a missing or wrong token on a write (or a wrong token anywhere), 403 for a user
without the model permission, 404 for an unknown id or slug, 429 from the rate limit.
Reads are open to anonymous clients (DjangoModelPermissionsOrAnonReadOnly), which the
schema says with an empty security requirement beside the token and the session.
"""
from django.core.validators import URLValidator
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import serializers
from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissionsOrAnonReadOnly

from .parameters import CONTROL_CHARACTERS_PATTERN

ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string", "description": "What went wrong."}},
    "required": ["detail"],
}
VALIDATION_ERROR = {
    "type": "object",
    "description": "Each invalid field or query parameter with its messages, e.g. "
    '{"limit": ["Ensure this value is between 1 and 1000."]}; errors of the request as a whole '
    'under "non_field_errors", an unreadable body under "detail".',
    "additionalProperties": {
        "anyOf": [
            {"type": "array", "items": {"type": "string"}},
            {"type": "object", "description": "Errors of a nested or repeated field, by key or index."},
            {"type": "string"},
        ]
    },
}
ERRORS = {
    "400": ("ValidationError", "Invalid parameters or body: each invalid one is named."),
    "401": ("Error", "No valid credentials: a write needs a token (Authorization: Token …) or a session; "
                     "a wrong token is refused on any request."),
    "403": ("Error", "Signed in, but without the permission this write needs."),
    "404": ("Error", "No such object, or one the client may not see; or an unknown ?format=."),
    "429": ("Error", "Too many requests from this client: retry after the Retry-After header's seconds."),
}
# Media types whose bodies are not JSON: what schemathesis and other clients get instead.
EXPORT_SCHEMAS = {
    "text/csv": {"type": "string", "description": "Every matching claim, one CSV row each, with a header row."},
    "application/jsonl": {"type": "string", "description": "Every matching claim, one JSON object (as in "
                          "`results`) per line."},
}


# What Django's URLValidator takes, as a pattern a generator can satisfy (no lookaround; format:
# uri alone allows a 64-character host label, a host past 253 characters, any scheme). Its host
# rules without lookarounds, case spelled out (JSON Schema has no flags). Stricter than Django
# where ECMA and Python regexes or Django's checks after its regex differ: ASCII host names, at
# most two labels between the first and the top-level domain (a host within 253 characters), no
# IPv6 literal, no control or space character anywhere, no ?, #, [ or ] before the host.
_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
_TLD = r"(?:[a-zA-Z][a-zA-Z-]{0,57}[a-zA-Z]|xn--[a-zA-Z0-9]{1,55})"
_IPV4 = r"(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)(?:\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}"
_VISIBLE = r"\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def url_pattern(schemes) -> str:
    spelled = "|".join("".join(f"[{c.lower()}{c.upper()}]" for c in scheme) for scheme in sorted(schemes))
    host = rf"(?:{_IPV4}|{_LABEL}(?:\.{_LABEL}){{0,2}}\.{_TLD}\.?|localhost)"
    userinfo = rf"(?:[^{_VISIBLE}:@/?#\[\]]+(?::[^{_VISIBLE}:@/?#\[\]]*)?@)?"
    return rf"^(?:{spelled})://{userinfo}{host}(?::[0-9]{{1,5}})?(?:[/?#][^{_VISIBLE}]*)?$"


# A string field that trims whitespace and refuses blank needs a non-space character; none takes NUL.
TEXT_PATTERN = r"^[^\x00]*$"
NONBLANK_TEXT_PATTERN = r"^(?=[\s\S]*\S)[^\x00]*$"


class FactbaseAutoSchema(AutoSchema):
    def _map_serializer_field(self, field, direction, *args, **kwargs):
        schema = super()._map_serializer_field(field, direction, *args, **kwargs)
        if direction != "request":
            return schema
        if isinstance(field, serializers.URLField):
            schemes = set.intersection(*[set(validator.schemes) for validator in field.validators
                                         if isinstance(validator, URLValidator)])
            for alternative in schema.get("oneOf", [schema]):
                if alternative.get("format") == "uri":
                    alternative["pattern"] = url_pattern(schemes)
        elif (isinstance(field, serializers.CharField) and schema.get("type") == "string"
              and not {"enum", "pattern", "format"} & set(schema)):
            blank_refused = not field.allow_blank and field.trim_whitespace
            schema["pattern"] = NONBLANK_TEXT_PATTERN if blank_refused else TEXT_PATTERN
        return schema

    def get_auth(self):
        auths = super().get_auth()
        permissions = [type(permission) for permission in self.view.get_permissions()]
        if DjangoModelPermissionsOrAnonReadOnly in permissions and self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths

    def get_operation(self, *args, **kwargs):
        operation = super().get_operation(*args, **kwargs)
        if operation is None:
            return None
        for parameter in operation.get("parameters", []):
            _forbid_control_characters(parameter["schema"])
            if parameter["in"] == "query":
                parameter["allowEmptyValue"] = True  # ?speaker=&page_size= mean "not given", as django-filter reads them
        responses = operation["responses"]
        for code in _error_codes(self.method, operation):
            name, description = ERRORS[code]
            response = responses.setdefault(code, {"description": description})
            # A view's own OpenApiResponse(description=...) says why, not what the body is.
            response.setdefault("content", {"application/json": {"schema": self._error_ref(name)}})
        operation["responses"] = responses = dict(sorted(responses.items()))
        for content in responses.values():
            for media_type, schema in EXPORT_SCHEMAS.items():
                if media_type in content.get("content", {}):
                    content["content"][media_type] = {"schema": schema}
        return operation

    def _error_ref(self, name: str) -> dict:
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, object=name,
                                      schema=VALIDATION_ERROR if name == "ValidationError" else ERROR)
        self.registry.register_on_missing(component)
        return component.ref


def _error_codes(method: str, operation: dict) -> list[str]:
    # Every request may carry a hostile query string (a 400) and a wrong token (a 401).
    codes = ["400", "401", "429"]
    if method not in SAFE_METHODS:
        codes.append("403")
    if any(parameter["in"] == "path" for parameter in operation.get("parameters", [])) or any(
        parameter["name"] == "format" for parameter in operation.get("parameters", [])
    ):
        codes.append("404")
    return codes


def _forbid_control_characters(schema: dict) -> None:
    """Strings (and arrays of them) in parameters reject control characters (parameters.py)."""
    if schema.get("type") == "array":
        _forbid_control_characters(schema.get("items", {}))
    elif schema.get("type") == "string" and not ({"enum", "pattern", "format"} & set(schema)):
        schema["pattern"] = CONTROL_CHARACTERS_PATTERN
