"""Quiz: play whole games by keyboard, right and wrong on purpose; replay by share link."""
from factbase.claims.models import Claim, Speaker
from tests.e2e.conftest import screenshot
from tests.e2e.synthetic import refresh_speaker_stats, synthetic_claim, synthetic_speaker


def right_slug_for(quote):
    return Claim.objects.published().get(text=quote).speaker.slug


def play_who_said_it(page, *, right_on):
    """Answer each question (right when right_on(i)); return the quotes asked."""
    page.wait_for_selector("[data-question]")
    total = int(page.locator(".quiz__bar span").first.text_content().split()[-1])
    quotes = []
    for index in range(total):
        page.wait_for_selector(f"text=Question {index + 1} of {total}")
        quote = page.locator(".quiz__quote").text_content()
        quotes.append(quote)
        choices = page.locator("[data-choice]").evaluate_all("els => els.map(e => e.dataset.choice)")
        assert len(set(choices)) == 4
        right = right_slug_for(quote)
        wanted = right if right_on(index) else next(slug for slug in choices if slug != right)
        page.keyboard.press(str(choices.index(wanted) + 1))
        verdict = page.locator("[data-feedback]")
        assert verdict.get_attribute("data-feedback") == ("right" if right_on(index) else "wrong")
        expected_words = "Right!" if right_on(index) else "Wrong."
        assert expected_words in verdict.text_content()
        assert expected_words in page.locator("[data-live]").text_content()
        assert page.evaluate("document.activeElement.dataset.next !== undefined")
        # the full context: quote, speaker, date, source link
        card = verdict.locator(".claim")
        assert card.locator(".quote").text_content() == quote
        assert card.locator(".claim__speaker a").text_content() == Speaker.objects.get(slug=right).name
        source = Claim.objects.get(text=quote).appearances.earliest("source__published_on").source
        assert source.title in card.locator(".claim__source").text_content()
        assert card.locator(".claim__source a").count() == (1 if source.url else 0)
        if index == 0:
            screenshot(page, "quiz-feedback")
        page.keyboard.press("Enter")
    page.wait_for_selector("[data-summary]")
    return quotes


def test_a_whole_who_said_it_game_scores_and_replays_by_link(page):
    page.goto("/quiz.html")
    page.wait_for_selector("[data-setup]")
    screenshot(page, "quiz-setup")
    page.select_option("#n", "5")
    page.click("[data-start]")
    right_on = lambda index: index % 2 == 0  # noqa: E731
    quotes = play_who_said_it(page, right_on=right_on)
    asked = len(quotes)
    correct = sum(1 for i in range(asked) if right_on(i))
    assert page.locator("[data-summary] h1").text_content() == f"You got {correct} of {asked} right."
    assert page.locator(".missed > li").count() == asked - correct
    screenshot(page, "quiz-summary")

    # No quote gives its speaker away.
    for quote in quotes:
        speaker = Claim.objects.published().get(text=quote).speaker
        names = [speaker.name, *speaker.aliases.values_list("name", flat=True)]
        assert not any(name.lower() in quote.lower() for name in names)

    share = page.input_value("[data-share]")
    assert "seed=" in share
    page.goto(share)
    assert play_who_said_it(page, right_on=lambda index: True) == quotes
    assert page.locator("[data-summary] h1").text_content() == f"You got {asked} of {asked} right."

    page.click("[data-again]")
    page.wait_for_selector("[data-question]")
    assert page.url != share


def test_true_or_false_shows_the_verdict_explanation(page):
    speakers = [synthetic_speaker(40 + n) for n in range(2)]
    for number, rating in enumerate(["true", "false", "mostly-true", "pants-on-fire"]):
        synthetic_claim(speakers[number % 2], f"Synthetic reviewed claim {number}.", rating=rating)
    refresh_speaker_stats()
    page.goto("/quiz.html?mode=truth&n=4&seed=7")
    page.wait_for_selector("[data-question]")
    assert page.locator("[data-choice]").count() == 2
    page.keyboard.press("1")
    feedback = page.locator("[data-feedback]")
    assert "Synthetic explanation: rated" in feedback.text_content()
    quote = page.locator(".quiz__quote").text_content()
    rating = Claim.objects.get(text=quote).verdict.rating
    assert feedback.get_attribute("data-feedback") == ("right" if rating in ("true", "mostly-true") else "wrong")


def test_with_fewer_than_four_speakers_it_explains_why(browser, empty_site):
    from tests.e2e.conftest import open_page

    for number in range(3):
        synthetic_claim(synthetic_speaker(100 + number), f"Synthetic lonely claim {number}.")
    refresh_speaker_stats()
    page = open_page(browser, empty_site)
    page.goto("/quiz.html?mode=who&n=5&seed=1")
    problem = page.locator("[data-problem]")
    problem.wait_for()
    assert "four different speakers" in problem.text_content()
    assert page.js_errors == []
    page.context.close()
