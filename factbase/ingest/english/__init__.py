"""The English claim extractor: its own steps, so that English rules are never tuned on German articles.

tokens      -> words with offsets, tagged once per sentence by HanTa's English model (CLAWS5 tags, lemmas)
quotes      -> quoted passages, a quote running over several paragraphs included
mentions    -> names (by tag or the article's cast), roles, pronouns, bodies and publications
cues        -> verbs of saying (by lemma) and "according to"
attribution -> which mention a cue names, and which cue a quote belongs to
reported    -> the reported clause after or before a cue
pipeline    -> the steps in order: `extract_english(text)`
"""
from .pipeline import extract_english

__all__ = ["extract_english"]
