"""The learned step: speaker candidates, the shipped model's choice and confidence, and training from scratch.

The training sample in data/ is synthetic (made-up articles and speakers); no test reads ../shared.
"""
import json
from pathlib import Path

import pytest

from factbase.ingest import ranking
from factbase.ingest.pipeline import extract_claims, read_article
from factbase.ingest.ranking import DEFAULT_MODEL, Model, model_in_use, speaker_candidates
from factbase.ingest.train import article_examples, main, read_jsonl, train_to_file

SAMPLE = Path(__file__).with_name("data") / "synthetic-articles.jsonl"
TEXT = ("Der Stadtrat tagte am Montag in Musterstadt. Bürgermeisterin Anna Beispiel hat den Bau angekündigt. "
        "„Die Brücke wird im Herbst fertig sein“, sagte Beispiel.")


@pytest.fixture
def model_file(tmp_path, monkeypatch):
    """Point FACTBASE_EXTRACTOR_MODEL at a file in tmp_path (the model cache keyed by path)."""
    path = tmp_path / "model.json"
    monkeypatch.setenv("FACTBASE_EXTRACTOR_MODEL", str(path))
    ranking._load.cache_clear()
    yield path
    ranking._load.cache_clear()


def test_the_candidates_are_the_people_named_around_the_claim():
    context, proposals = read_article(TEXT)
    [quote] = [p for p in proposals if p.kind == "direct"]
    names = {c.name for c in speaker_candidates(context, quote, [])}
    assert "Anna Beispiel" in names
    assert not any("Brücke" in name for name in names)  # words inside the quote are not candidates


def test_the_rules_choice_and_distance_are_features_of_a_candidate():
    context, proposals = read_article(TEXT)
    [quote] = [p for p in proposals if p.kind == "direct"]
    [anna] = [c for c in speaker_candidates(context, quote, []) if c.name == "Anna Beispiel"]
    assert anna.features["rule"] == 1.0
    assert any(name.startswith("back=") for name in anna.features)


def test_the_shipped_model_is_in_the_package_and_small():
    assert DEFAULT_MODEL.exists() and DEFAULT_MODEL.stat().st_size < 100_000
    model = model_in_use()
    assert model is not None and set(model.threshold) == {"direct", "indirect"}


def test_the_models_probability_is_the_proposals_confidence():
    proposals = extract_claims(TEXT)
    [quote] = [p for p in proposals if p.kind == "direct"]
    assert quote.speaker == "Anna Beispiel"
    assert 0.5 < quote.confidence < 1
    assert len({p.confidence for p in extract_claims(TEXT + " Beispiel sagte, es sei Zeit.")}) > 1


def test_a_proposal_under_the_threshold_is_dropped(model_file):
    model = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    model["threshold"] = {"direct": 1.0, "indirect": 0.0}
    model_file.write_text(json.dumps(model), encoding="utf-8")
    assert extract_claims(TEXT) == []


def test_the_speaker_the_model_scores_highest_wins(model_file):
    model = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    model["speaker"] = {"__bias__": 0.0, "rule": -5.0}  # anyone but the rules' choice
    model_file.write_text(json.dumps(model), encoding="utf-8")
    [quote] = [p for p in extract_claims(TEXT) if p.kind == "direct"]
    assert quote.speaker != "Anna Beispiel"


def test_without_a_model_file_the_rules_alone_propose(model_file):
    [quote] = [p for p in extract_claims(TEXT) if p.kind == "direct"]
    assert quote.speaker == "Anna Beispiel" and quote.confidence == 0.9  # the rule's own confidence


def test_a_reference_speaker_labels_the_candidates():
    [article] = read_jsonl([SAMPLE])[:1]
    examples = article_examples(article)
    direct = next(e for e in examples if e.kind == "direct")
    assert direct.matched and direct.speaker_known
    assert any(right for _, right, _ in direct.candidates)


def test_training_from_scratch_writes_a_model_that_extracts(tmp_path, model_file):
    articles = read_jsonl([SAMPLE])
    written = train_to_file(articles, model_file)
    assert written["trained_on"]["articles"] == len(articles)
    loaded = Model.from_file(model_file)
    assert loaded.speaker and loaded.claim
    [quote] = [p for p in extract_claims(articles[0]["text"]) if p.kind == "direct"]
    assert quote.speaker == "Anna Beispiel"


def test_the_command_trains_from_the_files_it_is_given(tmp_path, capsys):
    out = tmp_path / "cli.json"
    main([str(SAMPLE), "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["trained_on"]["articles"] == 6
    assert "trained on 6 articles" in capsys.readouterr().out
