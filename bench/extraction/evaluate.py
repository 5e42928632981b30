"""Run the claim extractor over a reference file and score it.

usage: python bench/extraction/evaluate.py GOLD [--show-misses] [--scorer PATH]

GOLD is a seed reference (`*.gold.json`, read with the `.txt` beside it) or a dataset
`.jsonl` whose lines carry the article `text`. Predictions go to a temporary JSON Lines
file that `score_extraction.py` (a verbatim copy of ../shared/tools/score_extraction.py) then scores.
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from factbase.ingest.pipeline import extract_claims  # noqa: E402

DEFAULT_SCORER = Path(__file__).with_name("score_extraction.py")  # a copy of ../shared/tools/score_extraction.py
DATE_LINE = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s+")


def documents(gold: Path) -> list[tuple[str, str, str]]:
    """(document id, text, language) for each article the reference covers."""
    if gold.suffix == ".jsonl":
        rows = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        return [(row["document"], row["text"], row.get("language", "de")) for row in rows]
    reference = json.loads(gold.read_text(encoding="utf-8"))
    article = gold.with_name(gold.name.replace(".gold.json", ".txt"))
    text = DATE_LINE.sub("", article.read_text(encoding="utf-8"), count=1)
    return [(reference["document"], text, reference.get("language", "de"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args()

    started = time.perf_counter()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as predictions:
        for document, text, language in documents(args.gold):
            for claim in extract_claims(text, language):
                row = {"document": document, "text": claim.text, "speaker": claim.speaker, "kind": claim.kind}
                predictions.write(json.dumps(row, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    command = [sys.executable, str(args.scorer), str(args.gold), predictions.name]
    if args.show_misses:
        command.append("--show-misses")
    subprocess.run(command, check=True)
    print(f"extraction took {elapsed:.2f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
