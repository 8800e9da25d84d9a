"""A summary in every supported language, with every algorithm, from short original texts."""

from __future__ import annotations

import pytest

from app.summary import ALGORITHMS, SUPPORTED_LANGUAGES, SummaryLength, detect_language, summarize

SAMPLES = {
    "en": (
        "The town council approved a new plan for the old harbour on Tuesday. "
        "The plan turns the empty warehouses into flats, shops and a small museum. "
        "Local fishermen worry that the harbour will lose its working boats. "
        "The council promised that the fish market will stay where it is. "
        "Building work is expected to start next spring and last two years. "
        "The museum will tell the story of the harbour and its fishing fleet. "
        "Residents can comment on the plan at the town hall until the end of the month."
    ),
    "ru": (
        "Городской совет во вторник одобрил новый план для старого порта. "
        "По плану пустые склады превратят в квартиры, магазины и небольшой музей. "
        "Местные рыбаки опасаются, что порт лишится рабочих лодок. "
        "Совет пообещал, что рыбный рынок останется на прежнем месте. "
        "Строительство должно начаться следующей весной и продлится два года. "
        "Музей расскажет историю порта и его рыболовного флота. "
        "Жители могут высказать мнение о плане в ратуше до конца месяца."
    ),
    "de": (
        "Der Stadtrat hat am Dienstag einen neuen Plan für den alten Hafen beschlossen. "
        "Die leeren Lagerhäuser sollen zu Wohnungen, Läden und einem kleinen Museum werden. "
        "Die örtlichen Fischer fürchten, dass der Hafen seine Arbeitsboote verliert. "
        "Der Rat versprach, dass der Fischmarkt an seinem Platz bleibt. "
        "Die Bauarbeiten sollen im nächsten Frühjahr beginnen und zwei Jahre dauern. "
        "Das Museum wird die Geschichte des Hafens und seiner Fischereiflotte erzählen. "
        "Die Bürger können den Plan bis zum Monatsende im Rathaus kommentieren."
    ),
    "fr": (
        "Le conseil municipal a approuvé mardi un nouveau projet pour le vieux port. "
        "Les entrepôts vides deviendront des logements, des boutiques et un petit musée. "
        "Les pêcheurs craignent que le port perde ses bateaux de travail. "
        "Le conseil a promis que le marché aux poissons restera à sa place. "
        "Les travaux doivent commencer au printemps prochain et durer deux ans. "
        "Le musée racontera l'histoire du port et de sa flotte de pêche. "
        "Les habitants peuvent donner leur avis à la mairie jusqu'à la fin du mois."
    ),
    "es": (
        "El ayuntamiento aprobó el martes un nuevo plan para el viejo puerto. "
        "Los almacenes vacíos se convertirán en viviendas, tiendas y un pequeño museo. "
        "Los pescadores temen que el puerto pierda sus barcos de trabajo. "
        "El ayuntamiento prometió que el mercado de pescado seguirá en su sitio. "
        "Las obras empezarán la próxima primavera y durarán dos años. "
        "El museo contará la historia del puerto y de su flota pesquera. "
        "Los vecinos pueden opinar sobre el plan en el ayuntamiento hasta fin de mes."
    ),
    "uk": (
        "Міська рада у вівторок схвалила новий план для старого порту. "
        "Порожні склади перетворять на квартири, крамниці та невеликий музей. "
        "Місцеві рибалки побоюються, що порт втратить свої робочі човни. "
        "Рада пообіцяла, що рибний ринок залишиться на своєму місці. "
        "Будівництво має початися наступної весни і триватиме два роки. "
        "Музей розповість історію порту та його рибальського флоту. "
        "Мешканці можуть висловити думку щодо плану в ратуші до кінця місяця."
    ),
}


def test_every_supported_language_has_a_sample() -> None:
    assert set(SAMPLES) == set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_language_is_detected(language: str) -> None:
    assert detect_language(SAMPLES[language]) == language


@pytest.mark.parametrize("language", sorted(SAMPLES))
@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_every_algorithm_summarizes_every_language(language: str, algorithm: str) -> None:
    text = SAMPLES[language]
    summary = summarize(text, algorithm=algorithm, length=SummaryLength(sentences=2))
    assert summary.language == language
    assert summary.sentence_count == 7
    assert len(summary.sentences) == 2
    for sentence in summary.sentences:
        assert text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_explicit_language_is_used(language: str) -> None:
    assert summarize(SAMPLES[language], language=language).language == language


@pytest.mark.parametrize("text", ["", "   ", "12345 67890", "!!! ???"])
def test_undecidable_text_is_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_detected_unsupported_language_falls_back_to_english() -> None:
    italian = (
        "Il consiglio comunale ha approvato martedì un nuovo piano per il vecchio porto. "
        "I magazzini vuoti diventeranno case, negozi e un piccolo museo. "
        "I pescatori temono che il porto perda le sue barche da lavoro. "
        "Il consiglio ha promesso che il mercato del pesce resterà al suo posto. "
        "I lavori inizieranno la prossima primavera e dureranno due anni."
    )
    summary = summarize(italian)
    assert summary.language == "en"
    assert len(summary.sentences) == 3
