"""app/summary/coherence.py: which sentences lean back, and the share of a summary that dangles."""

from __future__ import annotations

from typing import Any

import pytest

from app.summary.coherence import (
    _HEAD_CHARS,
    COHERENCE_LANGUAGES,
    _openers_for,
    dangling_indices,
    dangling_share,
    leans_back,
    opening_words,
)

LEANS_BACK = [
    ("en", "He said the line would reopen."),
    ("en", "However, the service was cut."),
    ("en", "This was the first time in a decade."),
    ("en", "They left before dawn."),
    ("en", "It was the first train to run all night."),
    ("en", "In addition, two lines were closed."),
    ("en", "As a result, fares went up."),
    ("en", "On the other hand, the buses ran late."),
    ("en", "The other two lines remain closed after midnight."),
    ("en", "It's the first time it has happened."),
    ("ru", "Он сказал, что линия откроется."),
    ("ru", "Однако поезда не ходили."),
    ("ru", "Эти данные были собраны в 2010 году."),
    ("ru", "Кроме того, метод работает быстрее."),
    ("ru", "Таким образом, задача решена."),
    ("ru", "При этом точность не падает."),
    ("ru", "Её статья вышла позже."),
    ("ru", "Ее статья вышла позже."),
    ("ru", "Тем не менее результат устойчив."),
    ("uk", "Вона сказала, що лінію відкриють."),
    ("uk", "Проте потяги не ходили."),
    ("uk", "Крім того, метод працює швидше."),
    ("uk", "Ці дані зібрано у 2010 році."),
    ("de", "Er sagte, die Strecke werde wieder geöffnet."),
    ("de", "Jedoch fuhren keine Züge."),
    ("de", "Diese Daten wurden 2010 erhoben."),
    ("de", "Außerdem ist das Verfahren schneller."),
    ("de", "AUSSERDEM ist das Verfahren schneller."),
    ("de", "Sie gewann die Wahl im Jahr 2005."),
    ("de", "Es liegt im Süden des Landes."),
    ("de", "Darüber hinaus wurden zwei Linien geschlossen."),
    ("fr", "Il a déclaré que la ligne rouvrirait."),
    ("fr", "Cependant, les trains ne circulaient pas."),
    ("fr", "Cette décision a été contestée."),
    ("fr", "En outre, deux lignes ont fermé."),
    ("fr", "C'est pourquoi la ligne a fermé."),
    ("fr", "Par ailleurs, le maire a démissionné."),
    ("es", "Él dijo que la línea volvería a abrir."),
    ("es", "Sin embargo, los trenes no circularon."),
    ("es", "Esta decisión fue criticada."),
    ("es", "Por lo tanto, la línea cerró."),
    ("es", "Además, dos líneas cerraron."),
    ("fr", "Il semblait incarner la dimension présidentielle."),
    ("fr", "Car il pleuvait depuis trois jours."),
    ("de", "Auch er stimmte dagegen."),
    ("de", "Aber auch die Kosten stiegen."),
    ("ru", "В результате этого поезда опаздывали."),
    ("uk", "В результаті цього потяги запізнювалися."),
]

STANDS_ALONE = [
    ("en", "The night service carried 1.9 million passengers."),
    ("en", "There are three lines in the city."),
    ("en", "It is clear that the service will stay."),
    ("en", "It seems the trains were full."),
    ("en", "This year the service became permanent."),
    ("en", "This paper proposes a new method."),
    ("en", "We propose a new method."),
    ("en", "So far, no one has complained."),
    ("en", "Thesis defences were held in May."),
    ("en", "Italy opened a new line."),
    ("en", "Theodore Roosevelt was president."),
    ("ru", "Поезда ходили всю ночь."),
    ("ru", "Так как линия закрыта, поезда не ходят."),
    ("ru", "Данная статья посвящена методам сжатия."),
    ("ru", "То, что линия закрыта, всем известно."),
    ("ru", "Том Хэнкс сыграл главную роль."),
    ("uk", "Потяги ходили всю ніч."),
    ("uk", "Ця стаття присвячена методам стиснення."),
    ("de", "Die Züge fuhren die ganze Nacht."),
    ("de", "Es gibt drei Linien in der Stadt."),
    ("de", "Es handelt sich um eine Insel."),
    ("de", "Diese Arbeit beschreibt ein neues Verfahren."),
    ("de", "Dieses Jahr fuhr der Zug die ganze Nacht."),
    ("de", "Das Haus steht am Fluss."),
    ("fr", "Les trains circulaient toute la nuit."),
    ("fr", "Il y a trois lignes dans la ville."),
    ("fr", "Il faut changer de train à Lyon."),
    ("fr", "Il s'agit d'une première."),
    ("fr", "Il est possible de réserver en ligne."),
    ("fr", "Cette année, le service est devenu permanent."),
    ("es", "Los trenes circularon toda la noche."),
    ("es", "Este año el servicio se volvió permanente."),
    ("es", "Este artículo describe un método nuevo."),
    ("es", "Es importante reservar con antelación."),
    ("es", "La línea cerró en mayo."),
    ("es", "Además de los trenes, circularon autobuses."),
    ("en", "As a result of the storm, the line closed."),
    ("en", "In contrast to buses, trains ran all night."),
    ("en", "It has been suggested that fares will rise."),
    ("en", "It is not known whether the line will reopen."),
    ("en", "It has not been shown that night trains pay."),
    ("fr", "Il n'est pas possible de réserver."),
    ("fr", "Alors que la ligne fermait, le maire a démissionné."),
    ("fr", "Il semble que la ligne restera fermée."),
    ("de", "Es folgten zwei weitere Alben."),
    ("de", "Es ist nicht bekannt, wer den ersten Schuss abfeuerte."),
    ("de", "Es wurde nicht erwartet, dass die Linie öffnet."),
    ("de", "Es wurden viele Betriebe gegründet."),
    ("de", "Auch im Süden gibt es Nachtzüge."),
    ("ru", "В результате анализа было показано, что метод работает."),
    ("ru", "А. С. Суворин открыл первые киоски."),
    ("ru", "А.А. Кауфман отмечает, что право ограничено."),
    ("en", "E. Smith wrote the report."),
]


@pytest.mark.parametrize(("language", "sentence"), LEANS_BACK)
def test_sentences_that_point_back(language: str, sentence: str) -> None:
    assert leans_back(sentence, language)


@pytest.mark.parametrize(("language", "sentence"), STANDS_ALONE)
def test_sentences_that_stand_alone(language: str, sentence: str) -> None:
    assert not leans_back(sentence, language)


def test_every_supported_language_has_a_list() -> None:
    assert set(COHERENCE_LANGUAGES) == {"en", "ru", "uk", "de", "fr", "es"}
    covered = {language for language, _sentence in LEANS_BACK}
    assert covered == set(COHERENCE_LANGUAGES)


@pytest.mark.parametrize(
    "sentence",
    [
        '"But the trains stopped."',
        "“However, the trains stopped.”",
        "«Однако поезда стояли».",
        "— But the trains stopped.",
        "• However, the trains stopped.",
        "(But the trains stopped.)",
        "  \n\tThey stopped.",
        "¿Pero qué pasó?",
        "BUT THE TRAINS STOPPED.",
        "but the trains stopped.",
    ],
)
def test_leading_quotes_dashes_bullets_brackets_and_case_do_not_hide_an_opener(
    sentence: str,
) -> None:
    language = "ru" if "Однако" in sentence else "es" if "Pero" in sentence else "en"
    assert leans_back(sentence, language)


def test_an_opener_inside_a_word_is_not_an_opener() -> None:
    assert not leans_back("Heathrow reopened on Monday.", "en")
    assert not leans_back("Butter prices rose.", "en")
    assert not leans_back("Оникс нашли в горах.", "ru")


def test_decomposed_accents_match_like_composed_ones() -> None:
    assert leans_back("E\u0301galement, la ligne a fermé.", "fr")
    assert leans_back("Ne\u0301anmoins, la ligne a fermé.", "fr")
    assert leans_back("Él dijo que no.", "es")
    assert leans_back("E\u0301l dijo que no.", "es")


@pytest.mark.parametrize("sentence", ["", "   ", "\n\t", "«»", "— …", "1990."])
def test_empty_and_wordless_sentences_do_not_lean_back(sentence: str) -> None:
    assert not leans_back(sentence, "en")


def test_a_megabyte_sentence_is_judged_by_its_head() -> None:
    long_tail = " and the trains ran" * 55_000
    assert len(long_tail) > 1_000_000
    assert leans_back("However" + long_tail, "en")
    assert not leans_back("Trains" + long_tail, "en")
    assert not leans_back("«" * 1_000_000, "en")
    assert leans_back("«" * 1_000_000 + "However, no.", "en")


@pytest.mark.parametrize("language", ["", "xx", "zh", "ja", "english"])
def test_an_unknown_language_never_leans_back(language: str) -> None:
    assert not leans_back("He said so. However, this is it.", language)


@pytest.mark.parametrize("language", ["EN", "en-GB", "en_US", " en "])
def test_language_codes_are_read_loosely(language: str) -> None:
    assert leans_back("However, it rained.", language)


@pytest.mark.parametrize("value", [None, b"However, it rained.", 42, ["However"]])
def test_a_sentence_that_is_not_text_is_rejected_clearly(value: Any) -> None:
    with pytest.raises(TypeError, match="must be str"):
        leans_back(value, "en")


def test_a_language_that_is_not_text_is_rejected_clearly() -> None:
    with pytest.raises(TypeError, match="must be str"):
        leans_back("However, it rained.", None)  # type: ignore[arg-type]


def test_opening_words_skip_punctuation_and_fold_case() -> None:
    assert opening_words("«ВСЁ ЖЕ, это так»", 3) == ("все", "же", "это")
    assert opening_words("It's fine.", 2) == ("it", "s")


ARTICLE = [
    "The night trains started a year ago.",  # 0
    "They carried 1.9 million passengers.",  # 1 leans back
    "The city made the service permanent.",  # 2
    "However, two lines remain closed.",  # 3 leans back
    "Engineers will inspect the tunnels.",  # 4
    "This will take a year.",  # 5 leans back
]


@pytest.mark.parametrize(
    ("chosen", "dangling", "share"),
    [
        ([], [], 0.0),
        ([0, 1, 2], [], 0.0),
        ([1], [1], 1.0),
        ([0, 3, 5], [3, 5], 2 / 3),
        ([2, 3, 5], [5], 1 / 3),
        ([5, 3, 0], [3, 5], 2 / 3),
        ([3, 3, 4], [3], 1 / 2),
        ([4, 5], [], 0.0),
    ],
)
def test_dangling_share_counts_back_pointers_whose_previous_sentence_was_left_out(
    chosen: list[int], dangling: list[int], share: float
) -> None:
    assert dangling_indices(chosen, ARTICLE, "en") == dangling
    assert dangling_share(chosen, ARTICLE, "en") == pytest.approx(share)


def test_every_entry_fits_in_the_head_that_is_read() -> None:
    longest = max(
        len(" ".join(phrase))
        for language in COHERENCE_LANGUAGES
        for lists in [_openers_for(language)]
        if lists is not None
        for phrase in lists.openers | lists.exceptions
    )
    assert 2 * longest < _HEAD_CHARS


def test_the_first_sentence_never_dangles() -> None:
    texts = ["However, this opens the article.", "Trains ran."]
    assert dangling_indices([0], texts, "en") == []
    assert dangling_share([0, 1], texts, "en") == 0.0


def test_nothing_dangles_in_a_language_without_a_list() -> None:
    assert dangling_share([1, 3, 5], ARTICLE, "zh") == 0.0


@pytest.mark.parametrize("chosen", [[-1], [6], [0, 99]])
def test_indices_outside_the_article_are_rejected(chosen: list[int]) -> None:
    with pytest.raises(ValueError, match="outside the article"):
        dangling_share(chosen, ARTICLE, "en")


@pytest.mark.parametrize("chosen", [[1.0], ["1"], [True], [None]])
def test_indices_that_are_not_integers_are_rejected(chosen: list[Any]) -> None:
    with pytest.raises(TypeError, match="must be int"):
        dangling_indices(chosen, ARTICLE, "en")
