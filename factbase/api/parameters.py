"""Control characters in a query parameter or a path segment are a 400 naming the
parameter, for every view (the DRF views, the lean read path, the feeds, the admin).

PostgreSQL refuses NUL in text ("A string literal cannot contain NUL"), so a NUL that
reached a query was a 500; the other C0 controls and DEL are in no slug, no search and no
name the API knows, so one rule rejects them all, before any view, filter or cache
(the schema says so with CONTROL_CHARACTERS_PATTERN on every free-text parameter).
"""
import re

from django.http import JsonResponse

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
CONTROL_CHARACTERS_PATTERN = r"^[^\x00-\x1f\x7f]*$"
MESSAGE = "Control characters (such as NUL) are not allowed."


def parameters_with_control_characters(*, query, path_kwargs) -> list[str]:
    """The names of the query parameters and path segments holding a control character
    (a parameter whose name holds one is named as it came)."""
    names = [name for name, values in query.lists()
             if CONTROL_CHARACTERS.search(name) or any(CONTROL_CHARACTERS.search(value) for value in values)]
    # The router's "pk" is "id" in the schema (drf-spectacular's name for a primary key).
    names += ["id" if name == "pk" else name for name, value in path_kwargs.items()
              if isinstance(value, str) and CONTROL_CHARACTERS.search(value)]
    return names


class RejectControlCharactersMiddleware:
    """After URL resolution (so a path segment is named as the URL pattern names it) and
    before the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        names = parameters_with_control_characters(query=request.GET, path_kwargs=view_kwargs)
        if names:
            return JsonResponse({name: [MESSAGE] for name in names}, status=400)
        return None
