"""The claim model's features of a proposal's own words (from the shared HanTa/SoMaJo tokens) and the
thresholds chosen on out-of-fold probabilities. German sentences and speakers made up for the tests."""
from factbase.ingest.pipeline import read_article
from factbase.ingest.ranking import Model, chosen_features, claim_text_features, konjunktiv
from factbase.ingest.train import Example, out_of_fold, train


def _finite(text):
    context, _ = read_article(text)
    return {t.text: konjunktiv(t) for tokens in context.tokens for t in tokens if t.tag.endswith("FIN")}


def _features(text, kind):
    context, proposals = read_article(text)
    [proposal] = [p for p in proposals if p.kind == kind]
    return proposal, claim_text_features(context, proposal)


def test_konjunktiv_one_is_told_from_the_lemma():
    moods = _finite("Anna Beispiel sagte, die Brücke sei zu teuer und die Stadt müsse sparen.")
    assert (moods["sei"], moods["müsse"], moods["sagte"]) == ("1", "1", "")


def test_konjunktiv_two_is_an_umlaut_the_lemma_lacks():
    moods = _finite("Bernd Muster sagte, er hätte das gewusst, und es wäre besser gewesen.")
    assert (moods["hätte"], moods["wäre"], moods["sagte"]) == ("2", "2", "")


def test_an_indicative_report_is_not_a_konjunktiv():
    _, features = _features("Anna Beispiel sagte, die Brücke ist zu teuer.", "indirect")
    assert "indirect|indicative" in features and "indirect|konjunktiv1" not in features
    _, features = _features("Anna Beispiel sagte, die Brücke sei zu teuer.", "indirect")
    assert "indirect|konjunktiv1" in features and "indirect|indicative" not in features


def test_a_capitalised_quote_without_a_verb_reads_as_a_noun_phrase():
    text = "Die Stadt sprach von einer „Zeitenwende“. „Wir bauen die Brücke im Herbst“, sagte Anna Beispiel."
    context, proposals = read_article(text)
    title, statement = sorted((p for p in proposals if p.kind == "direct"), key=lambda p: p.start)
    assert title.text == "Zeitenwende"
    title_features, statement_features = (claim_text_features(context, p) for p in (title, statement))
    assert "direct|noun_phrase" in title_features and "direct|finite=False" in title_features
    assert "direct|noun_phrase" not in statement_features and "direct|finite=True" in statement_features
    assert "direct|first_person" in statement_features and "direct|first_person" not in title_features


def test_the_cue_lemma_and_its_distance_are_read_from_the_tokens():
    _, features = _features("„Wir bauen die Brücke im Herbst“, erklärte Anna Beispiel.", "direct")
    assert "direct|cue_lemma=erklären" in features
    assert any(name.startswith("direct|cue_gap=") for name in features)


def test_the_chosen_speaker_is_described_by_how_it_is_named():
    chosen = chosen_features("direct", {"named": 1.0, "role": 1.0, "back=0|after": 1.0, "gap=1|direct": 1.0})
    assert set(chosen) == {"direct|chosen:named", "direct|chosen:role", "direct|chosen:back=0|after"}


def _example(feature, right):
    return Example("direct", {feature: 1.0, "kind=direct": 1.0}, [({"rule": 1.0}, True, True)], right, True, True,
                   False)


def test_out_of_fold_probabilities_come_from_models_that_did_not_see_the_article():
    # each article has a feature of its own that gives its label away: a model trained on the article learns it,
    # a model trained on the other articles cannot know it
    # (articles are dealt in turn into the 4 folds; labels alternate every 4, so each fold holds both alike)
    right = [(i // 4) % 2 == 0 for i in range(16)]
    articles = [[_example(f"only_in_{i}", right[i])] for i in range(16)]
    scored = out_of_fold(articles, folds=4)
    assert len(scored) == 16
    seen = Model({}, train(articles, {"direct": 8, "articles": 16}, inner_folds=1)["claim"], {})
    in_sample = [seen.claim_probability({f"only_in_{i}": 1.0, "kind=direct": 1.0}) for i in range(16)]
    assert min(p for p, r in zip(in_sample, right, strict=True) if r) > max(p for p, r in zip(in_sample, right, strict=True) if not r)
    held_out = sorted(round(p, 6) for p, _, _ in scored)
    assert held_out[0] == held_out[-1]  # out of fold it is unknown: every article gets the same probability


def test_the_model_says_where_its_thresholds_come_from():
    articles = [[_example(f"only_in_{i}", i % 2 == 0)] for i in range(8)]
    assert train(articles, {"direct": 4, "articles": 8})["trained_on"]["threshold_from"] == "4 inner folds"
    assert train(articles, {"direct": 4, "articles": 8}, inner_folds=1)["trained_on"]["threshold_from"] == (
        "training probabilities")
