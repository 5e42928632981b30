"""Explore the learned step fast: the cross-validation's folds simulated in one process over cached rule output.

usage: python -m bench.extraction.simulate [--cache PATH] [--variant NAME …]

The rules' proposals and the tagged article (`pipeline.read_article`) depend on no model, so they are computed
once per article and kept in a pickle (default /tmp/factbase-crossval-cache.pkl, built on first use: about a
minute). Each fold's model is trained on the other four folds (same split as `crossval`: seed 11) and applied to
the fold in process; the fold is scored with `score_extraction.score_doc`. This is for choosing what to try:
it skips the judged path (`import_articles --dry-run`), so its figures differ a little from `crossval`'s, and a
candidate worth keeping is then judged by `python -m bench.extraction.crossval`.

Variants: "current" (everything), "no-text" (no features of the proposal's words and place), "no-chosen" (no
features of how the chosen speaker is named), "own-threshold" (thresholds on the training probabilities, not on
inner out-of-fold ones), "no-threshold" (keep every proposal), "step1" (no-text + no-chosen + own-threshold).
"""
import argparse
import os
import pickle
import statistics
import sys
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parents[2]
VARIANTS = {
    "current": (),
    "no-text": ("text",),
    "no-chosen": ("chosen",),
    "own-threshold": ("nested",),
    "no-threshold": ("threshold",),
    "step1": ("text", "chosen", "nested"),
}


def load(cache: Path, data: Path) -> list[tuple]:
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from factbase.ingest.pipeline import read_article

    from .crossval import load_articles

    rows = [(a, *read_article(a["text"], a.get("language") or "de")) for a in load_articles(data)]
    cache.write_bytes(pickle.dumps(rows))
    return rows


def run(rows: list[tuple], off: tuple, folds: int = 5, seed: int = 11) -> list[dict]:
    from factbase.ingest import ranking, train

    from .crossval import deal
    from .score_extraction import prf, score_doc

    by_document = {a["document"]: (a, context, proposals) for a, context, proposals in rows}
    dealt = deal([a for a, _, _ in rows], folds, seed)
    with ExitStack() as stack:
        if "text" in off:
            stack.enter_context(mock.patch.object(ranking, "claim_text_features", lambda *a: {}))
        if "chosen" in off:
            stack.enter_context(mock.patch.object(ranking, "chosen_features", lambda *a: {}))
            stack.enter_context(mock.patch.object(train, "chosen_features", lambda *a: {}))
        examples = {d: train.article_examples(a, (c, p)) for d, (a, c, p) in by_document.items()}
        figures = []
        for k, held_out in enumerate(dealt):
            training = [a for j, fold in enumerate(dealt) if j != k for a in fold]
            model = train.train([examples[a["document"]] for a in training], train.reference_counts(training),
                                inner_folds=1 if "nested" in off else train.INNER_FOLDS)
            if "threshold" in off:
                model["threshold"] = {"direct": 0.0, "indirect": 0.0}
            loaded = ranking.Model(model["speaker"], model["claim"], model["threshold"])
            stats, misses = Counter(), []
            for article in held_out:
                _, context, proposals = by_document[article["document"]]
                kept = ranking.ranked(context, proposals, loaded)
                score_doc(article, [{"text": p.text, "speaker": p.speaker, "kind": p.kind} for p in kept],
                          stats, misses)
            figures.append({kind: prf(stats[f"tp_{kind}"], stats[f"pred_{kind}"], stats[f"ref_{kind}"])
                            for kind in ("direct", "indirect")} | {"threshold": model["threshold"]})
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/factbase-crossval-cache.pkl"))
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "datasets" / "german-news-quotes")
    parser.add_argument("--variant", nargs="*", default=["step1", "current"], choices=sorted(VARIANTS))
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factbase.settings")
    rows = load(args.cache, args.data)
    for variant in args.variant:
        figures = run(rows, VARIANTS[variant])
        for kind in ("direct", "indirect"):
            f1 = [f[kind][2] for f in figures]
            folds = " ".join(f"{f[kind][0]:.3f}/{f[kind][1]:.3f}/{f[kind][2]:.3f}" for f in figures)
            print(f"{variant:14} {kind:8} F1 mean {statistics.mean(f1):.3f} sd {statistics.pstdev(f1):.3f} "
                  f"min {min(f1):.3f}  folds P/R/F1: {folds}", flush=True)
        print(f"{variant:14} thresholds: {[f['threshold'] for f in figures]}", flush=True)


if __name__ == "__main__":
    main()
