"""Write a SYNTHETIC file in Quotebank's quotation format, for timing the loader.

usage: python bench/quotebank/generate.py PATH [--rows 1000000] [--seed 1]

Everything in it is made up: speakers are "Speaker 00042" with Wikidata-shaped ids far
beyond any real item (Q9000000042), quotations are random words from a short list, URLs
are on example.org hosts. Each line carries "synthetic": true. PATH ending in .bz2 is
compressed the way Quotebank ships its files.
"""
import argparse
import bz2
import datetime as dt
import json
import random

WORDS = """
the of and to in is that for it as was with be by on not this are or from at which but have an they we
government country tax economy energy prices schools children families pensions jobs wages security border
peace climate power housing rents farmers cities roads rail health care hospital budget debt interest
inflation growth exports industry trade research education culture police justice court election parliament
committee council voters majority opposition coalition reform plan future responsibility freedom fairness
trust decision solution problem crisis chance help funding relief percent billion million today tomorrow
soon finally really clearly quickly strong weak new old good bad right wrong important necessary possible
safe expensive cheap several few every say want need demand promise cut raise save invest build protect
strengthen change prevent support must should will would could can more less all no our their people
""".split()
SPEAKERS = 20_000  # distinct made-up speakers; a few say most, as in Quotebank


def quotation(rng: random.Random, number: int, articles: int) -> dict:
    speaker = min(int(rng.paretovariate(1.1)), SPEAKERS) if rng.random() < 0.5 else rng.randrange(1, SPEAKERS)
    words = rng.choices(WORDS, k=rng.randint(6, 40))
    said = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
    # An article quotes several people, so URLs repeat across quotations, as in Quotebank.
    urls = [f"https://news{article % 500:03d}.example.org/article-{article}"
            for article in rng.sample(range(articles), rng.choice((1, 1, 1, 2, 2, 3)))]
    name = f"Speaker {speaker:05d}"
    p = round(rng.uniform(0.4, 0.95), 4)
    return {
        "quoteID": f"{said.isoformat()}-{number:06d}", "quotation": " ".join(words).capitalize(),
        "speaker": name, "qids": [f"Q{9_000_000_000 + speaker}"], "date": f"{said.isoformat()} 12:00:00",
        "numOccurrences": len(urls), "probas": [[name, str(p)], ["None", str(round(1 - p, 4))]], "urls": urls,
        "phase": "E", "synthetic": True,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    opener = bz2.open if args.path.endswith(".bz2") else open
    with opener(args.path, "wt", encoding="utf-8") as out:
        for number in range(args.rows):
            out.write(json.dumps(quotation(rng, number, articles=max(10, args.rows // 4))) + "\n")


if __name__ == "__main__":
    main()
