"""Reading articles: plain text, HTML, JSON Lines, and bad input. All text here is made up."""
import bz2
import datetime as dt
import json

import pytest

from factbase.claims.dates import PartialDate
from factbase.ingest.readers import (
    Defaults,
    ReadError,
    decode,
    files_in,
    is_quotebank,
    read_html,
    read_jsonl_lines,
    read_path,
    read_text,
    split_date_line,
    title_from,
)

ARTICLE = "Anna Beispiel sagte am Mittwoch: „Wir brauchen mehr Tee im Büro, und zwar sofort.“\n\nDas war alles."

PAGE = """<!DOCTYPE html><html lang="de"><head><title>Mehr Tee | Beispiel-Zeitung</title>
<meta property="og:site_name" content="Beispiel-Zeitung">
<meta property="og:title" content="Anna Beispiel fordert mehr Tee">
<meta property="article:published_time" content="2024-11-13T10:00:00+01:00"></head>
<body><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<div class="ad">Anzeige: Jetzt Kaffeemaschinen kaufen und sparen!</div>
<article><h1>Anna Beispiel fordert mehr Tee</h1>
<p>Anna Beispiel sagte am Mittwoch: „Wir brauchen mehr Tee im Büro, und zwar sofort.“ Das sei dringend,
betonte sie vor Journalisten in der Kantine des Beispielhauses.</p>
<p>Ihr Kollege Bernd Muster widersprach. Er erklärte, der Kaffee reiche völlig aus und sei ohnehin beliebter.</p>
</article><footer>Impressum · Datenschutz · Kontakt</footer></body></html>"""


def test_a_date_line_gives_the_date_and_is_stripped():
    published, text = split_date_line(" date 2024-11 Der Druck wächst.\n\nZweiter Absatz.")
    assert published == PartialDate.parse("2024-11")
    assert text == "Der Druck wächst.\n\nZweiter Absatz."


def test_a_date_line_may_give_the_day_and_stand_alone():
    published, text = split_date_line("date 2024-11-13\nErster Absatz.")
    assert published == PartialDate(dt.date(2024, 11, 13))
    assert text == "Erster Absatz."


def test_text_without_a_date_line_is_returned_whole():
    assert split_date_line("dated 2024-11 is not the token") == (None, "dated 2024-11 is not the token")


def test_a_date_that_does_not_exist_is_refused():
    with pytest.raises(ReadError, match="not a real date"):
        read_text(b"date 2024-02-30 Text.", document="a.txt")


def test_plain_text_takes_title_and_date_from_the_options_when_it_has_none():
    article = read_text(ARTICLE.encode(), document="tee.txt",
                        defaults=Defaults(title="Mehr Tee", published=PartialDate.parse("2024-11-13"),
                                          url="https://news.example/tee", outlet="Beispiel-Zeitung"))
    assert (article.title, article.published.isoformat(), article.url, article.outlet) == (
        "Mehr Tee", "2024-11-13", "https://news.example/tee", "Beispiel-Zeitung")
    assert article.text == ARTICLE


def test_the_date_line_wins_over_the_date_option():
    article = read_text(b"date 2024-11 Text.", document="a.txt", defaults=Defaults(published=PartialDate.parse("2020")))
    assert article.published.isoformat() == "2024-11"


def test_the_title_defaults_to_the_first_line_or_its_first_sentence():
    assert title_from("Kurzer Titel\n\nText.") == "Kurzer Titel"
    long_line = "Der erste Satz ist der Titel. " + "Danach kommt noch sehr viel mehr Text, " * 5 + "Ende."
    assert title_from(long_line) == "Der erste Satz ist der Titel."
    assert title_from("", "datei") == "datei"


def test_latin_1_text_is_read_correctly():
    assert decode("Größere Büros für Anna Beispiel".encode("latin-1"), "a.txt") == "Größere Büros für Anna Beispiel"


def test_utf_8_with_a_byte_order_mark_loses_the_mark():
    assert decode("\ufeffÄrger".encode("utf-8"), "a.txt") == "Ärger"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_empty_and_binary_files_are_refused(data, message):
    with pytest.raises(ReadError, match=message):
        read_text(data, document="bad.txt")


def test_an_html_page_gives_its_main_text_title_date_and_outlet_without_navigation_or_adverts():
    article = read_html(PAGE.encode(), document="tee.html")
    assert "Wir brauchen mehr Tee im Büro" in article.text
    assert "Bernd Muster widersprach" in article.text
    assert "Startseite" not in article.text and "Kaffeemaschinen" not in article.text
    assert "Impressum" not in article.text
    assert article.title == "Anna Beispiel fordert mehr Tee"
    assert article.published == PartialDate(dt.date(2024, 11, 13))
    assert article.outlet == "Beispiel-Zeitung"


def test_an_html_page_without_text_is_refused():
    with pytest.raises(ReadError, match="no article text"):
        read_html(b"<html><head><title>Leer</title></head><body><div></div></body></html>", document="leer.html")


def test_json_lines_give_one_article_a_line_and_report_bad_lines_by_number():
    lines = [
        json.dumps({"title": "Eins", "url": "https://news.example/1", "outlet": "Beispiel", "published": "2024-11-13",
                    "language": "de", "text": ARTICLE}).encode(),
        b"{not json",
        b"",
        json.dumps({"title": "Ohne Text"}).encode(),
        json.dumps({"text": "Zwei.", "published": "2024-13"}).encode(),
        json.dumps({"document": "doc-3", "text": "Drei.", "language": "en"}).encode(),
    ]
    items = list(read_jsonl_lines(lines, document="a.jsonl"))
    first, bad_json, no_text, bad_date, third = items
    assert (first.title, first.url, first.outlet, first.published.isoformat(), first.document) == (
        "Eins", "https://news.example/1", "Beispiel", "2024-11-13", "a.jsonl:1")
    assert isinstance(bad_json, ReadError) and bad_json.line == 2
    assert isinstance(no_text, ReadError) and no_text.line == 4 and "text" in no_text.message
    assert isinstance(bad_date, ReadError) and bad_date.line == 5
    assert (third.document, third.language, third.title) == ("doc-3", "en", "Drei.")


def test_files_are_told_apart_by_kind(tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-11 " + ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": "Zwei."}) + "\n")
    (tmp_path / "page").write_text(PAGE, encoding="utf-8")  # no suffix: sniffed as HTML
    (tmp_path / ".hidden.txt").write_text("not read")
    found = {document: list(read_path(path, document=document)) for path, document in files_in([str(tmp_path)])}
    assert sorted(found) == [str(tmp_path / name) for name in ("a.txt", "b.html", "c.jsonl", "page")]
    assert found[str(tmp_path / "a.txt")][0].published.isoformat() == "2024-11"
    assert found[str(tmp_path / "b.html")][0].title == "Anna Beispiel fordert mehr Tee"
    assert len(found[str(tmp_path / "c.jsonl")]) == 2
    assert found[str(tmp_path / "page")][0].outlet == "Beispiel-Zeitung"


def test_a_quotebank_file_is_recognised_plain_or_compressed(tmp_path):
    line = json.dumps({"quoteID": "2015-01-01-000001", "quotation": "Synthetic words.", "speaker": "Speaker 00042"})
    (tmp_path / "q.jsonl").write_text(line + "\n")
    with bz2.open(tmp_path / "q.json.bz2", "wt") as out:
        out.write(line + "\n")
    (tmp_path / "articles.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n")
    assert is_quotebank(tmp_path / "q.jsonl") and is_quotebank(tmp_path / "q.json.bz2")
    assert not is_quotebank(tmp_path / "articles.jsonl")
