"""Words with their offsets, tagged once per sentence by HanTa's English model.

Tags are CLAWS5 (HanTa's English tag set): NP0 proper noun, NN1/NN2 common noun, VVD past tense,
VVZ present, VVG/VVN participles, PNP personal pronoun, PUN punctuation. The tagger is what makes a
word a name: a capitalised word opening a sentence ("According", "Asked") is not tagged NP0.
"""
import re
from dataclasses import dataclass
from functools import cache

# words (with inner hyphens, apostrophes and dots: "al-Sisi", "McConnell's", "U.S"), or one other character
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
# contractions are two words for the tagger: "They're" -> "They" "'re", "don't" -> "do" "n't"
_CONTRACTION = re.compile(r"(?i)^(\w+?)(n['’]t|['’](?:re|ve|ll|d|m|s))$")
_NOT_NAME_TAGS = frozenset(
    "AJ0 AJC AJS PNP PNI PNX DPS DT0 DTQ AT0 CRD ORD CJC CJS CJT PRP PRF PUN PUQ PUL PUR".split())
_OPENING = frozenset("“\"(‘'")
_CLAUSE_VERB_TAGS = ("VVD", "VVZ", "VVB", "VBD", "VBZ", "VBB", "VHD", "VHZ", "VHB", "VDD", "VDZ", "VDB", "VM0")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    tag: str = ""
    lemma: str = ""
    initial: bool = False  # first word of its sentence or of a quote, where every word is capitalised

    @property
    def is_proper(self) -> bool:
        """A name by the tagger, or a capitalised noun inside a sentence ("Muster", "Courier"): HanTa tags a
        surname that is also a common noun NN1; its capital tells, except where every word has one."""
        if not self.text[:1].isupper():
            return False
        return self.tag == "NP0" or not self.initial and self.tag not in _NOT_NAME_TAGS

    @property
    def is_finite_verb(self) -> bool:
        return self.tag in _CLAUSE_VERB_TAGS

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def split_words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words and punctuation of text[start:end], untagged."""
    tokens = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word, offset = match.group(), match.start()
        parts = _CONTRACTION.match(word)
        if parts and parts.group(1):
            first = parts.group(1)
            tokens.append(Token(offset, offset + len(first), first))
            tokens.append(Token(offset + len(first), match.end(), parts.group(2)))
        else:
            tokens.append(Token(offset, match.end(), word))
    return tokens


def tag_words(tokens: list[Token]) -> list[Token]:
    """The same tokens with HanTa's tag and lemma for each (one call per sentence)."""
    if not tokens:
        return []
    tagged = _tagger().tag_sent([t.text for t in tokens], taglevel=1)
    result = []
    for index, (token, (_, lemma, tag)) in enumerate(zip(tokens, tagged, strict=True)):
        initial = index == 0 or tokens[index - 1].text in _OPENING or all(t.text in _OPENING for t in tokens[:index])
        result.append(Token(token.start, token.end, token.text, tag, lemma.lower(), initial))
    return result


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return tag_words(split_words(text, start, end))


@cache
def _tagger():
    # HanTa ships its English model inside the package: nothing is downloaded at run time
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_en.pgz")
