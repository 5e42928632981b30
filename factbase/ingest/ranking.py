"""The learned step: which speaker a claim belongs to, and how sure we are that it is a claim at all.

The rules propose claims, each with a speaker. For every proposal the speaker candidates are the phrases
naming someone in its sentence and the two before (found on the tagged tokens), the rules' own choice and
the person who spoke last; a logistic model scores each candidate (distance, tag of the phrase and of the
words around it, a cue beside it, whether it spoke before, whether the rules chose it) and the best one
is taken. A second model scores the proposal itself (kind, length, the rules' confidence, the speaker's
score); proposals under its threshold are dropped, and its probability becomes the proposal's confidence.
Both are plain weights in a JSON file built by `python -m factbase.ingest.train`.
"""
import json
import math
import os
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .cues import Cue
from .proposals import Proposal
from .sentences import Sentence
from .speakers import Cast, read_noun_phrase
from .tokens import Token

DEFAULT_MODEL = Path(__file__).with_name("extractor-model.json")
# the review page marks a proposal the claim model scores under this for the curator's attention: the model
# finds it likelier wrong (no claim, or the wrong speaker) than right
ATTENTION_BELOW = 0.5
WINDOW_BEFORE = 2  # sentences before a claim's own in which its speaker may be named
NOUN_TAGS = {"NE", "NN", "NP0", "NN0", "NN1", "NN2"}
PRONOUN_TAGS = {"PPER", "PNP", "PDS"}
FUNCTION_WORDS = set("""der die das des dem den ein eine einer eines einem einen von vom zu zum zur mit bei
    beim aus nach vor seit auf in im an am über unter für laut und oder so wie sagte sagt erklärte
    the a an of to for with by and or as said says told according""".split())


@dataclass(frozen=True)
class Candidate:
    name: str
    role: str
    features: dict


@dataclass(frozen=True)
class Context:
    """What the learned step reads of one article: its text, sentences, tokens, cues and cast."""

    text: str
    sentences: list[Sentence]
    tokens: list[list[Token]]
    cues: list[Cue]
    quotes: list[tuple[int, int]]
    cast: Cast


@dataclass(frozen=True)
class Model:
    speaker: dict
    claim: dict
    threshold: dict  # per kind: a claim scored under it is dropped
    languages: tuple = ("de",)  # what it was trained on; other languages keep the rules' proposals

    @classmethod
    def from_file(cls, path: Path) -> "Model":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["speaker"], data["claim"], data["threshold"], tuple(data.get("languages", ("de",))))

    def speaker_probability(self, features: dict) -> float:
        return _logistic(self.speaker, features)

    def claim_probability(self, features: dict) -> float:
        return _logistic(self.claim, features)


def _logistic(weights: dict, features: dict) -> float:
    score = weights.get("__bias__", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def _load(path: str) -> Model | None:
    return Model.from_file(Path(path)) if Path(path).exists() else None


def model_in_use() -> Model | None:
    """The model FACTBASE_EXTRACTOR_MODEL names, else the one shipped in the package (None when absent)."""
    return _load(os.environ.get("FACTBASE_EXTRACTOR_MODEL") or str(DEFAULT_MODEL))


def _bucket(value: float, edges: tuple) -> int:
    return next((i for i, edge in enumerate(edges) if value < edge), len(edges))


def _sentence_index(sentences: list[Sentence], position: int) -> int:
    index = 0
    for i, sentence in enumerate(sentences):
        if sentence.start <= position:
            index = i
    return index


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def speaker_candidates(context: Context, proposal: Proposal, previous: list[Proposal]) -> list[Candidate]:
    """Everyone who may have said `proposal`, each with the features the speaker model scores."""
    text, cast = context.text, context.cast
    first = _sentence_index(context.sentences, proposal.start)
    last = _sentence_index(context.sentences, max(proposal.start, proposal.end - 1))
    spoke = {_key(p.speaker) for p in previous if p.speaker}
    last_speaker = next((p.speaker for p in reversed(previous) if p.speaker), None)
    found: dict[str, Candidate] = {}
    mentions = []
    for index in range(max(0, first - WINDOW_BEFORE), last + 1):
        sentence, tokens = context.sentences[index], context.tokens[index]
        taken_until = -1
        for position, token in enumerate(tokens):
            if token.start < taken_until or proposal.start <= token.start < proposal.end:
                continue
            if token.tag not in NOUN_TAGS and token.tag not in PRONOUN_TAGS and not token.text[:1].isupper():
                continue
            mention = read_noun_phrase(text, token.start, sentence.end)
            if mention is None or mention.start < token.start:
                continue
            taken_until = mention.end
            mentions.append((index, position, tokens, mention))
    mentions.sort(key=lambda m: abs(m[3].start - proposal.start))
    for rank, (index, position, tokens, mention) in enumerate(mentions):
        if mention.is_pronoun:
            name = last_speaker or cast.latest_before(mention.start)
            role = cast.roles.get(name, "") if name else ""
        else:
            name, role = cast.resolve(mention, mention.start)
        if not name:
            continue
        name = cast.full_name(name)
        if _key(name) in found:
            continue
        end = next((i for i in range(position, len(tokens)) if tokens[i].end >= mention.end), position)
        features = _mention_features(context, proposal, mention, tokens, position, end, rank, first - index)
        found[_key(name)] = Candidate(name, role or mention.role, features)
    for name, flag in ((proposal.speaker, "no_mention_rule"), (last_speaker, "no_mention_last")):
        if name and _key(name) not in found:
            found[_key(name)] = Candidate(name, proposal.role if flag.endswith("rule") else "", {flag: 1.0})
    # nobody: where the rules found no speaker, the model may leave it so rather than guess ("…“, hieß es dort.")
    if not proposal.speaker:
        found[""] = Candidate("", "", {"nobody": 1.0, f"nobody|{proposal.kind}": 1.0})
    candidates = []
    for key, candidate in found.items():
        if not key:
            candidates.append(candidate)
            continue
        features = dict(candidate.features)
        conf = f"{proposal.confidence:.2f}"
        if proposal.speaker and key == _key(proposal.speaker):
            features.update({"rule": 1.0, f"rule|{proposal.kind}": 1.0, f"rule|c{conf}": 1.0})
        elif not proposal.speaker:
            features["rule_none"] = 1.0
        if key in spoke:
            features["spoke_before"] = 1.0
        if last_speaker and key == _key(last_speaker):
            features[f"last_speaker|{proposal.kind}"] = 1.0
        seen = len(cast.seen_at.get(candidate.name, ()))
        features[f"seen={_bucket(seen, (1, 2, 4, 8))}"] = 1.0
        features[f"words={min(3, len(candidate.name.split()))}"] = 1.0
        candidates.append(replace(candidate, features=features))
    return candidates


def _mention_features(context: Context, proposal: Proposal, mention, tokens: list[Token], position: int,
                      end: int, rank: int, sentences_back: int) -> dict:
    text = context.text
    side = "after" if mention.start >= proposal.end else "before"
    gap = mention.start - proposal.end if side == "after" else proposal.start - mention.end
    head, first = tokens[end], tokens[position]
    features = {
        f"back={sentences_back}|{side}": 1.0,
        f"rank={min(rank, 5)}": 1.0,
        f"gap={_bucket(gap, (3, 10, 30, 80, 200))}|{proposal.kind}": 1.0,
        f"head={head.tag}": 1.0,
        f"first={first.tag}": 1.0,
        "named" if mention.name else "unnamed": 1.0,
    }
    if mention.role:
        features["role"] = 1.0
    if mention.is_pronoun:
        features["pronoun"] = 1.0
    before = tokens[position - 1] if position > 0 else None
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    features[f"prev={before.tag if before else 'START'}"] = 1.0
    features[f"next={after.tag if after else 'END'}"] = 1.0
    if before is not None and before.text.lower() in FUNCTION_WORDS:
        features[f"prev_word={before.text.lower()}"] = 1.0
    if after is not None and after.text.lower() in FUNCTION_WORDS:
        features[f"next_word={after.text.lower()}"] = 1.0
    for cue in context.cues:
        if 0 <= cue.start - mention.end <= 15:
            features[f"cue_after={cue.kind}"] = 1.0
        if 0 <= mention.start - cue.end <= 15:
            features[f"cue_before={cue.kind}"] = 1.0
    if any(start <= mention.start < end_ for start, end_ in context.quotes):
        features["in_quote"] = 1.0
    between = text[min(mention.end, proposal.end):max(mention.start, proposal.start)]
    if side == "before" and re.search(r":\s*[„“\"»«]?\s*$", between) and not re.search(r"[.!?]\s", between):
        features["before_colon"] = 1.0
    if not re.search(r"[.!?;]\s", between):
        features[f"same_sentence|{side}"] = 1.0
    return features


FIRST_PERSON = {"ich", "wir", "mein", "meine", "meinen", "meiner", "unser", "unsere", "unseren", "uns", "mir", "mich",
                "i", "we", "my", "our", "us", "me"}
# what of the chosen speaker candidate the claim model reads: how the speaker is named and where
CHOSEN = ("named", "unnamed", "role", "pronoun", "nobody", "no_mention_rule", "no_mention_last", "rule",
          "before_colon", "same_sentence|", "back=", "in_quote")


def konjunktiv(token: Token) -> str:
    """"1" for a Konjunktiv I form told from its lemma ("sei" of sein, "habe" of haben, "könne" of können),
    "2" for a Konjunktiv II ("wäre", "hätte", "würde", "müsste": an umlaut the lemma lacks), else ""."""
    form, lemma = token.text.casefold(), token.lemma.casefold()
    if not token.tag.endswith("FIN"):
        return ""
    if form == "sei" and lemma == "sein" or lemma.endswith("en") and form in (lemma[:-1], lemma[:-1] + "st"):
        return "1"
    if lemma == "sein" and form.startswith("wär"):
        return "2"
    plain = form.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    if plain != form and plain[:1] == lemma[:1] and not any(c in lemma for c in "äöü") and form.endswith(("e", "en")):
        return "2"
    return ""


def claim_text_features(context: Context, proposal: Proposal) -> dict:
    """What the claim model reads of the proposal's own words and their place, from the shared tokens: none of it
    depends on the speaker chosen."""
    kind = proposal.kind
    first = _sentence_index(context.sentences, proposal.start)
    last = _sentence_index(context.sentences, max(proposal.start, proposal.end - 1))
    tokens = [t for index in range(first, last + 1) for t in context.tokens[index]]
    inside = [t for t in tokens if proposal.start <= t.start < proposal.end]
    outside = [t for t in context.tokens[first] if not proposal.start <= t.start < proposal.end]
    words = [t for t in inside if t.text[:1].isalnum()]
    verbs = [t for t in inside if t.tag.startswith("V")]
    finite = [t for t in inside if t.tag.endswith("FIN")]
    moods = {konjunktiv(t) for t in finite} - {""}
    features = {
        f"{kind}|finite={bool(finite)}": 1.0,
        f"{kind}|verb={bool(verbs)}": 1.0,
        f"{kind}|sentence={_bucket(first, (1, 2, 5, 10))}": 1.0,
        f"{kind}|sentences={min(3, last - first + 1)}": 1.0,
        f"{kind}|rest={_bucket(len([t for t in outside if t.text[:1].isalnum()]), (1, 3, 6, 12))}": 1.0,
    }
    for mood in moods:
        features[f"{kind}|konjunktiv{mood}"] = 1.0
    if finite and not moods:
        features[f"{kind}|indicative"] = 1.0
    if words and not verbs and words[0].text[:1].isupper():
        features[f"{kind}|noun_phrase"] = 1.0  # a title or a scare quote: capitalised, no verb
        if len(words) <= 4:
            features[f"{kind}|short_noun_phrase"] = 1.0
    if any(t.text.casefold() in FIRST_PERSON for t in inside):
        features[f"{kind}|first_person"] = 1.0
    if words and sum(t.tag in ("NE", "NP0") for t in words) / len(words) > 0.5:
        features[f"{kind}|mostly_names"] = 1.0
    tail = proposal.text.rstrip()[-1:]
    features[f"{kind}|ends={'.' if tail in '.!?…' and tail else ',' if tail == ',' else 'w'}"] = 1.0
    if "?" in proposal.text:
        features[f"{kind}|question"] = 1.0
    near = [(min(abs(c.start - proposal.end), abs(proposal.start - c.end)), c) for c in context.cues
            if context.sentences[first].start - 1 <= c.start <= context.sentences[last].end
            and not (proposal.start <= c.start < proposal.end)]
    if near:
        gap, cue = min(near, key=lambda pair: pair[0])
        features[f"{kind}|cue={cue.kind}"] = 1.0
        features[f"{kind}|cue_gap={_bucket(gap, (3, 15, 40, 100))}"] = 1.0
        lemma = next((t.lemma.casefold() for t in tokens if cue.start <= t.start < cue.end and t.tag.startswith("V")),
                     None)
        if lemma:
            features[f"{kind}|cue_lemma={lemma}"] = 1.0
    else:
        features[f"{kind}|no_cue"] = 1.0
    return features


def chosen_features(kind: str, candidate_features: dict) -> dict:
    """How the chosen speaker is named (name, role, pronoun, nobody) and where, as claim features."""
    return {f"{kind}|chosen:{name}": 1.0 for name in candidate_features if name.startswith(CHOSEN)}


def claim_features(proposal: Proposal, speaker_probability: float, named: bool, context: Context | None = None,
                   chosen: dict | None = None) -> dict:
    kind = proposal.kind
    words = len(proposal.text.split())
    features = {
        f"kind={kind}": 1.0,
        f"{kind}|c{proposal.confidence:.2f}": 1.0,
        f"{kind}|words={_bucket(words, (2, 4, 8, 16, 32))}": 1.0,
        f"{kind}|speaker={_bucket(speaker_probability, (0.2, 0.4, 0.6, 0.8))}": 1.0,
        f"{kind}|named={named}": 1.0,
        f"{kind}|dass={proposal.text.startswith(('dass', 'daß', 'that'))}": 1.0,
    }
    if context is not None:
        features.update(claim_text_features(context, proposal))
    if chosen is not None:
        features.update(chosen_features(kind, chosen))
    return features


def ranked(context: Context, proposals: list[Proposal], model: Model) -> list[Proposal]:
    """Each proposal with the speaker the model prefers and its probability as the confidence; those the claim
    model scores under its threshold are left out."""
    kept: list[Proposal] = []
    for index, proposal in enumerate(proposals):
        candidates = speaker_candidates(context, proposal, proposals[:index])
        scored = sorted(((model.speaker_probability(c.features), c) for c in candidates),
                        key=lambda pair: -pair[0])
        chosen: dict = {}
        if scored:
            probability, best = scored[0]
            chosen = best.features
            proposal = replace(proposal, speaker=best.name or None,
                               role=best.role or context.cast.roles.get(best.name, "") if best.name else "")
        else:
            probability = 0.0
        named = bool(proposal.speaker and len(proposal.speaker.split()) > 1)
        claim = model.claim_probability(claim_features(proposal, probability, named, context, chosen))
        if claim < model.threshold.get(proposal.kind, 0.0):
            continue
        kept.append(replace(proposal, confidence=round(claim, 3)))
    return kept
