"""Cross-validate the claim extractor over the German train + dev sets, split by article.

usage: python -m bench.extraction.crossval [--folds 5] [--seed 11] [--data DIR] [--scorer PATH] [--json OUT]

The 850 articles of train.jsonl and dev.jsonl are shuffled with a fixed seed and dealt into
folds. For each fold the learned part of the extractor is trained on the other folds
(`factbase.ingest.train`, into a temporary model file) and the fold is then run through the
judged path, `manage.py import_articles --dry-run --format jsonl` in a subprocess, with
FACTBASE_EXTRACTOR_MODEL pointing at that model and an empty SQLite database (speakers are
printed as the article names them). `score_extraction.py` scores each fold against its own
reference. The rules see every fold alike; only the model is kept from the fold it scores.

Prints one line per fold and the mean, standard deviation and minimum of direct and reported
(indirect) F1, plus the dry run's time per article. The test split is not read.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "datasets" / "german-news-quotes"
DEFAULT_SCORER = Path(__file__).with_name("score_extraction.py")  # a copy of ../shared/tools/score_extraction.py
SPLITS = ("train.jsonl", "dev.jsonl")


def load_articles(data: Path) -> list[dict]:
    rows = []
    for split in SPLITS:
        with (data / split).open(encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def deal(articles: list[dict], folds: int, seed: int) -> list[list[dict]]:
    """Articles in `folds` groups of near-equal size, by a seeded shuffle of their ids."""
    ordered = sorted(articles, key=lambda row: str(row["document"]))
    random.Random(seed).shuffle(ordered)
    return [ordered[k::folds] for k in range(folds)]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def train_model(articles: list[dict], folder: Path, fold: int, examples: dict) -> Path:
    """The learned part trained on `articles` only. `examples` keeps each article's training examples (what the
    rules propose and the references say), which depend on no model, so each article is read once for all folds."""
    from factbase.ingest.train import train_to_file

    model = folder / f"model-{fold}.json"
    train_to_file(articles, model, examples)
    return model


def dry_run(articles_file: Path, model: Path, folder: Path) -> tuple[list[str], float]:
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{folder / 'empty.sqlite3'}", PYTHONHASHSEED="0")
    env["FACTBASE_EXTRACTOR_MODEL"] = str(model)
    command = [sys.executable, str(REPO / "manage.py"), "import_articles", str(articles_file),
               "--dry-run", "--format", "jsonl", "--no-progress"]
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - started
    errors = [line for line in result.stderr.splitlines() if line.startswith("errors:")]
    if errors != ["errors: 0"]:
        raise SystemExit(f"the dry run reported errors:\n{result.stderr}")
    return result.stdout.splitlines(), elapsed


def score(scorer: Path, gold: Path, predictions: Path) -> dict:
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(predictions)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.splitlines()[0])


def summary(values: list[float]) -> str:
    return f"mean {statistics.mean(values):.3f}  sd {statistics.pstdev(values):.3f}  min {min(values):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factbase.settings")
    folds = deal(load_articles(args.data), args.folds, args.seed)
    figures, seconds, articles, examples = [], 0.0, 0, {}
    with tempfile.TemporaryDirectory(prefix="crossval-") as tmp:
        folder = Path(tmp)
        for k, held_out in enumerate(folds):
            training = [row for j, fold in enumerate(folds) if j != k for row in fold]
            model = train_model(training, folder, k, examples)
            gold, inputs, predictions = (folder / f"{name}-{k}.jsonl" for name in ("gold", "input", "pred"))
            write_jsonl(gold, held_out)
            write_jsonl(inputs, [{key: row[key] for key in ("document", "title", "published", "language", "text")}
                                 for row in held_out])
            lines, elapsed = dry_run(inputs, model, folder)
            predictions.write_text("\n".join(lines) + "\n", encoding="utf-8")
            result = score(args.scorer, gold, predictions)
            seconds += elapsed
            articles += len(held_out)
            figures.append(result)
            d, i = result["direct"], result["indirect"]
            print(f"fold {k}: {len(held_out)} articles  direct P {d['precision']:.3f} R {d['recall']:.3f} "
                  f"F1 {d['f1']:.3f} ({d['references']} refs)  reported P {i['precision']:.3f} "
                  f"R {i['recall']:.3f} F1 {i['f1']:.3f} ({i['references']} refs)  dry run {elapsed:.1f}s",
                  flush=True)
    direct = [f["direct"]["f1"] for f in figures]
    reported = [f["indirect"]["f1"] for f in figures]
    print(f"direct F1:   {summary(direct)}")
    print(f"reported F1: {summary(reported)}")
    print(f"dry run: {seconds / articles * 1000:.0f} ms per article ({articles} articles, Django start included)")
    if args.json:
        args.json.write_text(json.dumps({"folds": figures, "seed": args.seed, "ms_per_article":
                                         round(seconds / articles * 1000)}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
