"""The lean read path: anonymous JSON GETs of the hot public endpoints (claim list, search
and sample, claim detail, speaker list and detail) answered with plain SQL over a DB-API
cursor and rows written by orjson, without building querysets or DRF serializers per
request (6-14 ms of Python, whatever the SQL cost: bench/results/).

What stays in one place:
- validation: the same ClaimFilter form and pagination checks; any error, an unknown id,
  a throttled client, a curator, the browsable API or an export falls back to the DRF view
  (urls.py wraps the router's own views), so every error response is DRF's;
- who may see what: the WHERE clause of `Claim.objects.visible_to(AnonymousUser())`,
  compiled once per database;
- the representation: ClaimSerializer / SpeakerSerializer declare it (and the schema);
  tests/api/test_lean.py checks that the lean JSON equals the DRF view's for every filter,
  ordering and page, on SQLite and PostgreSQL. settings.API_LEAN_READS=False turns it off.
"""
