"""The one helper the extractor tests share: what `extract_claims` proposes, as {text: speaker}."""
from factbase.ingest.pipeline import extract_claims


def claims(text, language="de", kind=None):
    """{claim text: speaker} of the proposals for `text`, of one kind ("direct", "indirect") when given."""
    return {p.text: p.speaker for p in extract_claims(text, language) if kind is None or p.kind == kind}


def direct_claims(text, language="de"):
    return claims(text, language, "direct")


def reported_claims(text, language="de"):
    return claims(text, language, "indirect")
