"""Train the extractor's learned step (ranking.py) from annotated articles and write its JSON model file.

usage: python -m factbase.ingest.train [JSONL …] [--out PATH]

Each JSONL line is an article in the reference format of `score_extraction.py` ("text", "language",
"speakers" with aliases, "claims" with "speaker", "kind", "text", "optional"). Without files it reads
train.jsonl and dev.jsonl of ../shared/datasets/german-news-quotes. The rules run on every article;
each proposal that matches a reference claim by its words teaches the speaker model which candidate is
the reference's speaker, and every proposal teaches the claim model whether it is a claim at all.
A match follows the scorer: the proposal covers at least half of the reference's words and at least
half of its words lie in the reference; a speaker matches when the words of the shorter name all occur
in the longer (or an alias's do); pronoun and unknown reference speakers teach nothing about speakers.
"""
import argparse
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .ranking import DEFAULT_MODEL, Model, chosen_features, claim_features, speaker_candidates

DATASET = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "german-news-quotes"
INNER_FOLDS = 4  # the thresholds are chosen on out-of-fold probabilities of this many folds of the training articles
PRONOUNS = {"er", "sie", "es", "ihr", "ich", "wir", "man", "he", "she", "they", "it", "i", "we", "you", "his", "her"}


@dataclass(frozen=True)
class Example:
    """One proposal of the rules on a training article, with what the references say about it."""

    kind: str
    rule_features: dict  # claim features that do not depend on the speaker model
    candidates: list[tuple[dict, bool, bool]]  # (features, is the reference's speaker, name has 2+ words)
    matched: bool  # the proposal's words match a reference claim
    speaker_known: bool  # that reference says who speaks, or that nobody is named
    speaker_checked: bool  # the scorer checks the speaker (it is named, not a pronoun)
    optional: bool  # it matches only an optional reference: neither right nor wrong


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _fold(text))


def _text_match(predicted: str, reference: str) -> tuple[bool, float]:
    p, r = Counter(_words(predicted)), Counter(_words(reference))
    if not p or not r:
        return False, 0.0
    common = sum((p & r).values())
    covered, inside = common / sum(r.values()), common / sum(p.values())
    return covered >= 0.5 and inside >= 0.5, covered


def _speaker_names(article: dict, name: str | None) -> list[str] | None:
    if not name or _fold(name).strip() in PRONOUNS:
        return None
    aliases = next((s.get("aliases", []) for s in article.get("speakers", []) if s["name"] == name), [])
    return [name, *aliases]


def _same_speaker(predicted: str, names: list[str]) -> bool:
    words = set(_words(predicted))
    return bool(words) and any((n := set(_words(name))) and (n <= words or words <= n) for name in names)


def article_examples(article: dict, read: tuple | None = None) -> list[Example]:
    """The rules' proposals on one annotated article as training examples; `read` is what
    `pipeline.read_article` returned for it, when already known."""
    from .pipeline import read_article

    context, proposals = read or read_article(article["text"], article.get("language") or "de")
    references = article.get("claims", [])
    used: set[int] = set()
    examples = []
    for index, proposal in enumerate(proposals):
        best = None
        for number, reference in enumerate(references):
            ok, covered = _text_match(proposal.text, reference["text"])
            if ok and number not in used and (best is None or covered > best[1]):
                best = (number, covered)
        optional = best is None and any(_text_match(proposal.text, o["text"])[0] for o in article.get("optional", []))
        names, unknown = None, False
        if best is not None:
            used.add(best[0])
            names = _speaker_names(article, references[best[0]].get("speaker"))
            unknown = not references[best[0]].get("speaker")  # the reference says nobody is named
        candidates = [(c.features, _same_speaker(c.name, names) if c.name and names else unknown and not c.name,
                       len(c.name.split()) > 1) for c in speaker_candidates(context, proposal, proposals[:index])]
        examples.append(Example(proposal.kind, claim_features(proposal, 0.0, False, context), candidates,
                                best is not None, names is not None or unknown, names is not None, optional))
    return examples


def _fit(rows: list[dict], labels: list[bool], c: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        return {"__bias__": 4.0 if labels and labels[0] else -4.0}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    fitted = LogisticRegression(C=c, max_iter=2000).fit(matrix, labels)
    weights = {name: round(float(w), 5) for name, w in zip(vectorizer.feature_names_, fitted.coef_[0], strict=True)
               if abs(w) > 1e-6}
    weights["__bias__"] = round(float(fitted.intercept_[0]), 5)
    return weights


def _with_speaker(example: Example, speaker_model: dict) -> tuple[dict, bool]:
    """The claim features once the speaker model has chosen, and whether the chosen speaker is right."""
    probe = Model(speaker_model, {}, {})
    scored = [(probe.speaker_probability(features), right, named, features)
              for features, right, named in example.candidates]
    probability, right, named, chosen = max(scored, key=lambda s: s[0]) if scored else (0.0, False, False, {})
    features = {k: v for k, v in example.rule_features.items() if "|speaker=" not in k and "|named=" not in k}
    features.update(_speaker_part(example.kind, probability, named))
    features.update(chosen_features(example.kind, chosen))
    return features, right or not example.speaker_checked


def _speaker_part(kind: str, probability: float, named: bool) -> dict:
    from .ranking import _bucket

    return {f"{kind}|speaker={_bucket(probability, (0.2, 0.4, 0.6, 0.8))}": 1.0, f"{kind}|named={named}": 1.0}


def _threshold(scored: list[tuple[float, bool]], references: int) -> float:
    """The claim probability under which dropping a proposal raises F1 most on `scored` (probability, right)."""
    best, best_f1 = 0.0, -1.0
    for threshold in [i / 100 for i in range(0, 80, 2)]:
        kept = [right for probability, right in scored if probability >= threshold]
        tp = sum(kept)
        f1 = 2 * tp / (len(kept) + references) if kept else 0.0
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    return best


def _fit_both(examples: list[Example], c: float) -> tuple[dict, dict, list, int]:
    """The speaker model, then the claim model on the speaker model's choices; the claim rows (features,
    label, kind) and how many speaker rows there were."""
    rows, labels = [], []
    for example in examples:
        if example.matched and example.speaker_known and any(right for _, right, _ in example.candidates):
            for features, right, _ in example.candidates:
                rows.append(features)
                labels.append(right)
    speaker = _fit(rows, labels, c)
    claim_rows = []
    for example in examples:
        if example.optional:
            continue
        features, speaker_right = _with_speaker(example, speaker)
        claim_rows.append((features, example.matched and speaker_right, example.kind))
    claim = _fit([f for f, _, _ in claim_rows], [label for _, label, _ in claim_rows], c)
    return speaker, claim, claim_rows, len(rows)


def out_of_fold(articles: list[list[Example]], folds: int = INNER_FOLDS, c: float = 1.0) -> list[tuple[float, bool, str]]:
    """(claim probability, right, kind) of every proposal of `articles`, each scored by models trained on the
    other folds only (articles dealt in turn into `folds` groups), so a threshold chosen on them is chosen
    on proposals the models did not see."""
    scored = []
    for k in range(folds):
        training = [e for i, group in enumerate(articles) if i % folds != k for e in group]
        held_out = [e for i, group in enumerate(articles) if i % folds == k for e in group]
        if not training or not held_out:
            continue
        speaker, claim, _, _ = _fit_both(training, c)
        probe = Model(speaker, claim, {})
        for example in held_out:
            if example.optional:
                continue
            features, speaker_right = _with_speaker(example, speaker)
            scored.append((probe.claim_probability(features), example.matched and speaker_right, example.kind))
    return scored


def train(articles: list[list[Example]], references: dict[str, int], c: float = 1.0,
          languages: tuple = ("de",), inner_folds: int = INNER_FOLDS) -> dict:
    """The model as a dict (what the JSON file holds) from the examples of many articles (one list per article).
    The thresholds are chosen on out-of-fold probabilities within these articles (nested: `inner_folds`)."""
    examples = [e for group in articles for e in group]
    speaker, claim, claim_rows, speaker_rows = _fit_both(examples, c)
    scored = out_of_fold(articles, inner_folds, c) if inner_folds > 1 and len(articles) >= inner_folds else []
    if not scored:  # too few articles to hold any out: the models' own training probabilities
        probe = Model(speaker, claim, {})
        scored = [(probe.claim_probability(f), label, kind) for f, label, kind in claim_rows]
    thresholds = {kind: _threshold([(p, right) for p, right, k in scored if k == kind], references.get(kind, 0))
                  for kind in ("direct", "indirect")}
    return {"version": 2, "languages": sorted(languages), "speaker": speaker, "claim": claim, "threshold": thresholds,
            "trained_on": {"articles": references.get("articles", 0), "speaker_rows": speaker_rows, "claim_rows": len(claim_rows),
                "threshold_from": f"{inner_folds} inner folds" if inner_folds > 1 else "training probabilities"}}


def reference_counts(articles: list[dict]) -> dict[str, int]:
    counts = Counter(claim["kind"] for article in articles for claim in article.get("claims", []))
    return {"direct": counts["direct"], "indirect": counts["indirect"], "articles": len(articles)}


def train_to_file(articles: list[dict], path: Path, examples: dict | None = None) -> dict:
    """Train on `articles` and write the model to `path`; `examples` caches each article's examples by
    document (they depend on the rules only, so cross-validation computes them once)."""
    collected = []
    for article in articles:
        key = article.get("document")
        if examples is not None and key in examples:
            collected.append(examples[key])
            continue
        found = article_examples(article)
        if examples is not None:
            examples[key] = found
        collected.append(found)
    model = train(collected, reference_counts(articles),
                  languages=tuple({article.get("language") or "de" for article in articles}))
    Path(path).write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    return model


def read_jsonl(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    files = args.files or [DATASET / "train.jsonl", DATASET / "dev.jsonl"]
    articles = read_jsonl(files)
    model = train_to_file(articles, args.out)
    print(f"{args.out}: trained on {len(articles)} articles ({model['trained_on']['speaker_rows']} speaker candidates,"
          f" {model['trained_on']['claim_rows']} proposals); thresholds {model['threshold']}")


if __name__ == "__main__":
    main()
