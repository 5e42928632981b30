"""schemathesis hooks (SCHEMATHESIS_HOOKS=tests.reliability.schemathesis_hooks, set by
test_schemathesis.py): one check that stands in for positive_data_acceptance where schemathesis.toml
switches that off, on the writes and on GET /api/claims/.

A body can match the schema and still be refused for what no OpenAPI schema can say: a row it
names that does not exist (claim: 0), a name, slug or URL already taken, a domain rule about the
rows on file (unconfirming a speaker with published claims). This check lets a 400 pass only when
every message in it is one of those; any other refusal of schema-valid data fails, as
positive_data_acceptance would fail it (a wrong type, a pattern the schema and the API disagree on).
"""
import json
import re

import schemathesis

# Messages of a refusal that depends on the rows on file, not on the body's shape.
STATE_RULES = re.compile("|".join([
    r"object does not exist\.$",  # PrimaryKeyRelatedField: claim, source
    r"^Object with slug=.* does not exist\.$",  # SlugRelatedField: speaker, topics
    r"already exists\.$",  # a unique name, slug, URL, Wikidata id, (claim, source) pair
    r"already has this claim \(#\d+\); add an appearance to it instead\.$",  # one claim per speaker and words
    r"^Invalid cursor: use the next or previous link as given\.$",  # only the server makes cursors
    # Two fields compared: JSON Schema has no relation between two values of a body.
    r"^The end offset must not come before the start offset\.$",
    r"has published claims: retract them before unconfirming the speaker\.$",
    r"^Confirm the speaker .* before publishing",
    r"^Ordering by relevance needs a search \(q\)\.$",  # a parameter pair: OpenAPI cannot tie two parameters
]))
# What positive_data_acceptance accepts besides 2xx/3xx (schemathesis' defaults).
ACCEPTED = {401, 403, 404, 409, 429}


def _messages(body) -> list[str]:
    if isinstance(body, str):
        return [body]
    if isinstance(body, list):
        return [message for item in body for message in _messages(item)]
    if isinstance(body, dict):
        return [message for value in body.values() for message in _messages(value)]
    return [repr(body)]


@schemathesis.check
def valid_data_refused_only_by_state(ctx, response, case):
    if ctx.config.positive_data_acceptance.enabled or case.meta is None:
        return None
    if not case.meta.generation.mode.is_positive or response.status_code < 400 or response.status_code >= 500:
        return None
    if response.status_code in ACCEPTED:
        return None
    try:
        messages = _messages(json.loads(response.text))
    except ValueError:
        messages = [response.text[:200]]
    unexplained = [message for message in messages if not STATE_RULES.search(message)]
    if response.status_code != 400 or unexplained:
        raise AssertionError(f"Schema-valid request refused with {response.status_code}, not for a rule of the "
                             f"rows on file: {unexplained or messages}")
    return None
