"""Score the extractor on the English reference (bench/extraction/english/reference.jsonl).

usage: python -m bench.extraction.english [--part all|tune|held-out] [--show-misses] [--scorer PATH] [--json OUT]

The 30 articles (24 real US-government news texts, 6 synthetic ones; README.md says where each comes from) run
through the judged path, `manage.py import_articles --dry-run --format jsonl` in a subprocess on an empty SQLite
database, and `score_extraction.py` scores the output. The reference is split once, by article: every third
article (en-03, en-06, … en-30) is held out and was never looked at while the English rules were tuned; the other
20 are the tuning part. The command prints the figures for the tuning part, the held-out part and all 30, and the
dry run's time per article.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.extraction.crossval import DEFAULT_SCORER, dry_run, score, write_jsonl

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "reference.jsonl"
INPUT_FIELDS = ("document", "title", "published", "language", "text")


def load_reference(path: Path = REFERENCE) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def is_held_out(document: str) -> bool:
    """en-03, en-06, …: every third article, fixed before any tuning."""
    return int(document.split("-")[1]) % 3 == 0


def parts(articles: list[dict]) -> dict[str, list[dict]]:
    return {"tune": [a for a in articles if not is_held_out(a["document"])],
            "held-out": [a for a in articles if is_held_out(a["document"])],
            "all": articles}


def line(name: str, count: int, result: dict) -> str:
    d, i = result["direct"], result["indirect"]
    return (f"{name:8} {count:2} articles  direct P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} "
            f"({d['references']} refs)  reported P {i['precision']:.3f} R {i['recall']:.3f} F1 {i['f1']:.3f} "
            f"({i['references']} refs)  not_claims {result['not_claims_extracted']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["all", "tune", "held-out"], default=None,
                        help="with --show-misses: whose misses to list (default tune: the held-out part stays unread)")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    articles = load_reference()
    with tempfile.TemporaryDirectory(prefix="english-") as tmp:
        folder = Path(tmp)
        inputs, predictions = folder / "input.jsonl", folder / "pred.jsonl"
        write_jsonl(inputs, [{key: row[key] for key in INPUT_FIELDS} for row in articles])
        lines, elapsed = dry_run(inputs, None, folder)
        predictions.write_text("\n".join(lines) + "\n", encoding="utf-8")
        figures = {}
        for name, rows in parts(articles).items():
            gold = folder / f"gold-{name}.jsonl"
            write_jsonl(gold, rows)
            figures[name] = score(args.scorer, gold, predictions)
            print(line(name, len(rows), figures[name]), flush=True)
        print(f"dry run: {elapsed / len(articles) * 1000:.0f} ms per article ({len(articles)} articles, "
              f"Django start included)")
        if args.show_misses:
            gold = folder / f"gold-{args.part or 'tune'}.jsonl"
            subprocess.run([sys.executable, str(args.scorer), str(gold), str(predictions), "--show-misses"],
                           check=True)
    if args.json:
        args.json.write_text(json.dumps({"parts": figures, "ms_per_article": round(elapsed / len(articles) * 1000)},
                                        indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
