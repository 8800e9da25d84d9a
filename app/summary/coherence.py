"""Sentences that lean back: openers that need the sentence before them to make sense.

A summary sentence that opens with "He", "But", "This" or "However" reads as dangling when
the sentence it points back to was left out. This module holds, for each supported language,
the sentence openers that point back (personal pronouns and possessives, demonstratives, and
connectives that need a previous sentence), and measures how many of a summary's sentences
dangle. Both the summarizer and bench/quality.py use it, so a figure in the benchmark means
the same thing as the check the summarizer makes.

Openers are matched on whole words after the sentence's leading quotes, dashes, bullets and
brackets, case-folded, with "ё" read as "е" and apostrophes and hyphens splitting words
("It's" is "it s", "C'est" is "c est", "so-called" is "so called"). Each language also has
exceptions: openings that start like an opener but do not point back (the impersonal "It is
clear that", "Il y a", "Es gibt"; "This year"; "This paper" in an abstract). The longest
match wins, so an exception beats the single word it starts with.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

# How far into a sentence the opener can reach: the longest entry is 31 characters, so
# 120 hold it after any spacing, and a 1 MB "sentence" costs no more than a short one.
_HEAD_CHARS = 120
_WORD = re.compile(r"[^\W_]+")
_LEADING_NON_WORD = re.compile(r"[\W_]*")
# "А. С. Суворин", "E. Smith": a lone letter and a full stop is an initial, not "а" or "e".
_INITIAL = re.compile(r"[^\W\d_]\.\s*[^\W\d_]")


def _impersonal(subject: str, verbs: str, words: str, negate: Callable[[str], str]) -> str:
    """Every "subject verb word" combination, plain and negated, for impersonal frames
    ("it is clear", "it has not been shown", "il n'est pas possible")."""
    return ", ".join(
        f"{subject} {form} {word}"
        for verb in verbs.split(", ")
        for form in (verb, negate(verb))
        for word in words.split(", ")
    )


def _negated_by(word: str) -> Callable[[str], str]:
    """English and German put the negation after the finite verb: "has not been", "ist nicht"."""

    def negate(verb: str) -> str:
        first, _, rest = verb.partition(" ")
        return " ".join(part for part in (first, word, rest) if part)

    return negate


# English. "It" points back far more often than not at a sentence's start ("It was the first
# time..."), so it is an opener, but the impersonal frames ("It is clear that", "It seems",
# "It takes") are exceptions. "There is/are" is existential and never points back, so
# "there" is not an opener; nor are "we" and "I" ("We propose..." opens many abstracts) or
# "here". "Finally" and "later" are left out: "Finally, we show..." and "Later this year..."
# read well alone. "This paper/study" names the document itself, so it stands alone too.
_ENGLISH_OPENERS = (
    "he, she, it, they, him, her, them, his, hers, its, their, theirs, this, that, these, "
    "those, such, both, neither, another, the other, the others, the latter, the former, "
    "the same, but, however, also, moreover, furthermore, therefore, thus, hence, then, "
    "instead, meanwhile, still, yet, so, and, or, nor, nevertheless, nonetheless, "
    "consequently, accordingly, besides, otherwise, likewise, similarly, conversely, "
    "additionally, in addition, as a result, for example, for instance, on the other hand, "
    "in contrast, by contrast, in turn, in fact, indeed, rather, after that, afterwards, "
    "at the same time, at that time, at the time, even so, even then, in other words, "
    "that said, what is more, on top of that, as such, despite this, despite that, "
    "because of this, for this reason, to this end, in this case, in that case, in doing so, "
    "by doing so, doing so, in this way, specifically, namely, alternatively, regardless, "
    "since then, by then, again"
)
_ENGLISH_EXCEPTIONS = ", ".join(
    (
        _impersonal(
            "it",
            "is, was, s, has been, had been, will be, would be, may be, might be, can be, "
            "seems, seemed",
            "clear, unclear, likely, unlikely, possible, impossible, important, necessary, "
            "worth, true, hard, difficult, easy, known, unknown, thought, believed, said, "
            "reported, expected, estimated, time, essential, crucial, vital, common, rare, "
            "well known, widely, generally, often, suggested, shown, argued, proposed, noted, "
            "found, claimed, observed, established, demonstrated, assumed, understood",
            _negated_by("not"),
        ),
        "it seems, it seemed, it appears, it appeared, it turns out, it turned out, it takes, "
        "it took, it remains to be seen, so far, so called, so much so, as a result of, "
        "in contrast to, in contrast with, by contrast with, in addition to, "
        "this paper, this article, this study, this work, this report, this review, "
        "this thesis, this essay, this book, this chapter, this section, this document, "
        "this week, this year, this month, this morning, this afternoon, this evening, "
        "this summer, this winter, this spring, this autumn, this fall, this weekend, "
        "this season, this tutorial, this guide, this post",
    )
)

# Russian. Forms of он/она/оно/они, этот, тот and такой in every case. "Том" (prepositional
# "тот") is left out: it needs a preposition before it, and at a sentence's start it is the
# name Tom. "Так" points back ("Так, в 2010 году..."), except in "так как" (since) and "так
# называемый". "В этой работе" and "Данная статья" name the paper itself. "В результате"
# counts only with "этого/чего": papers open with "В результате анализа..." (as a result of).
_RUSSIAN_OPENERS = (
    "он, она, оно, они, его, её, их, ему, ей, им, ими, "
    "это, этот, эта, эту, этого, этой, этому, этим, этом, эти, этих, этими, "
    "тот, та, то, ту, того, той, тому, тем, те, тех, теми, "
    "такой, такая, такое, такие, такого, такую, таким, такими, таких, такому, "
    "данный, данная, данное, данные, данного, данной, данном, данным, данных, "
    "однако, но, а, и, также, тоже, поэтому, зато, впрочем, причём, ведь, итак, "
    "следовательно, тогда, затем, потом, так, иначе, отсюда, напротив, наоборот, "
    "кроме того, кроме этого, помимо этого, таким образом, при этом, вместе с тем, "
    "тем не менее, тем самым, в то же время, в результате этого, в результате чего, в итоге, "
    "в связи с этим, "
    "в этом случае, в таком случае, в свою очередь, в частности, например, "
    "с другой стороны, более того, к тому же, всё же, всё-таки, для этого, после этого, "
    "из-за этого, благодаря этому, вследствие этого, то есть"
)
_RUSSIAN_EXCEPTIONS = (
    "так как, так называемый, так называемая, так называемое, так называемые, "
    "так называемых, так называемого, так называемой, "
    "данная статья, данная работа, данное исследование, данный обзор, данная глава, "
    "эта статья, эта работа, это исследование, этим летом, этой зимой, этой осенью, "
    "этой весной, этим утром, этим вечером, то что"
)

# Ukrainian, as Russian: він/вона/воно/вони, цей, той and такий in every case. "Тому" is
# "therefore" at a sentence's start ("два роки тому", "ago", comes after its number).
_UKRAINIAN_OPENERS = (
    "він, вона, воно, вони, його, її, їх, їхній, їхня, їхнє, їхні, йому, їй, ним, нею, "
    "цей, ця, це, ці, цього, цієї, цьому, цим, цій, цю, цих, цими, "
    "той, та, те, ті, того, тієї, тому, тим, тій, ту, тих, тими, "
    "такий, така, таке, такі, такого, такої, такому, таким, такій, таку, таких, такими, "
    "однак, проте, але, а, і, й, також, теж, тож, отже, зате, втім, причому, адже, "
    "тоді, потім, відтак, відповідно, натомість, навпаки, інакше, зокрема, наприклад, "
    "крім того, окрім того, таким чином, при цьому, водночас, разом з тим, тим не менш, "
    "тим не менше, з іншого боку, більше того, до того ж, все ж, усе ж, все-таки, "
    "у результаті цього, в результаті цього, у свою чергу, в свою чергу, внаслідок цього, "
    "після цього, для цього, через це, завдяки цьому, тобто"
)
_UKRAINIAN_EXCEPTIONS = (
    "так званий, так звана, так зване, так звані, "
    "ця стаття, ця робота, це дослідження, дана стаття, дана робота, "
    "цього року, цього тижня, цього місяця, цього літа, цієї зими, цієї весни, цієї осені, "
    "те що"
)

# German. "Sie" at a sentence's start is far more often "she" or "they" than the formal
# "you" in the articles people save (a how-to's "Klicken Sie" puts the verb first), so it is
# an opener. "Es" is one too ("Es liegt im Süden"), but its expletive frames are exceptions:
# "Es gibt", "Es geht um", "Es handelt sich um", "Es heißt", "Es scheint", "Es kommt zu", and
# the "es" that holds the place of a later subject ("Es folgten zwei Alben", "Es wurden...",
# "Es ist unklar, wer..."). "Der/die/das" are mostly articles, so only "Das ist/war/
# bedeutet/heißt" count. A bare "Auch" ("Auch im Süden gibt es...") reads well alone in
# Wikipedia-style text, so only "Auch er/sie/dies/hier/dort" and "Aber auch" count.
_GERMAN_OPENERS = (
    "er, sie, es, ihm, ihn, ihr, ihre, ihren, ihrem, ihrer, ihres, sein, seine, seinen, "
    "seinem, seiner, seines, dies, diese, dieser, dieses, diesen, diesem, jene, jener, "
    "jenes, jenen, jenem, solche, solcher, solches, solchen, solchem, dessen, deren, "
    "das ist, das war, das bedeutet, das heißt, das sei, "
    "daher, deshalb, deswegen, darum, dabei, dadurch, damit, dafür, dagegen, danach, "
    "davor, darauf, daraus, darin, darüber, davon, dazu, trotzdem, dennoch, jedoch, aber, "
    "allerdings, außerdem, zudem, ebenfalls, ferner, weiterhin, überdies, also, aber auch, "
    "auch er, auch sie, auch es, auch dies, auch diese, auch dieser, auch dieses, auch hier, "
    "auch dort, auch damals, "
    "somit, folglich, demnach, stattdessen, hingegen, andererseits, beispielsweise, sonst, "
    "so, und, oder, doch, dann, anschließend, infolgedessen, dementsprechend, zugleich, "
    "gleichzeitig, ebenso, darüber hinaus, aus diesem grund, zum beispiel, im gegenteil, "
    "in diesem fall, auf der anderen seite"
)
_GERMAN_EXCEPTIONS = ", ".join(
    (
        "es gibt, es gab, es geben, es geht um, es ging um, es handelt sich, es handelte sich, "
        "es heißt, es hieß, es scheint, es schien, es kommt zu, es kam zu, es sei denn, "
        "es regnet, es bleibt abzuwarten, es war einmal, es folgte, es folgten, es werden, "
        "es wurden, es existiert, es existieren, es existierte, es existierten, es sind, "
        "es waren, es fehlt, es fehlen, es fehlte, es fehlten, "
        "so genannte, so genannten, so genannter, so genanntes, "
        "diese arbeit, dieser artikel, dieser beitrag, diese studie, diese untersuchung, "
        "diese woche, dieses jahr, diesen monat, diesen sommer, diesen winter, diesen herbst, "
        "dieses frühjahr, diesen frühling, dieser tage, dieses wochenende",
        _impersonal(
            "es",
            "ist, war, wäre, sei, wird, wurde",
            "bekannt, unbekannt, klar, unklar, möglich, unmöglich, wichtig, nötig, notwendig, "
            "schwer, leicht, umstritten, wahrscheinlich, unwahrscheinlich, fraglich, üblich, "
            "sinnvoll, berichtet, angenommen, vermutet, geschätzt, erwartet, diskutiert, "
            "beschlossen, festgestellt, postuliert, empfohlen, vereinbart",
            _negated_by("nicht"),
        ),
    )
)

# French. The impersonal "il" ("Il y a", "Il faut", "Il s'agit", "Il est possible de",
# "Il semble que", "Il reste à") is an exception; the referring "Il" is an opener, also in
# "Il semblait incarner..." and "Il reste combatif". "Alors que" (while) is a conjunction. "C'est" alone is left out
# (it is as often a cleft, "C'est en 1990 que...", as a pointer), but "C'est pourquoi"
# points back. "Ce matin" and "Cette année" are the day's own time, not a pointer.
_FRENCH_OPENERS = (
    "il, elle, ils, elles, lui, leur, leurs, son, sa, ses, ce, cet, cette, ces, cela, ceci, "
    "ça, celui, celle, ceux, celles, mais, cependant, pourtant, toutefois, néanmoins, "
    "ainsi, donc, alors, puis, ensuite, aussi, également, or, et, ou, sinon, enfin, car, "
    "notamment, en outre, par ailleurs, de plus, en plus, d'ailleurs, par conséquent, "
    "en conséquence, en effet, c'est pourquoi, c'est-à-dire, pour cela, de ce fait, "
    "dès lors, du coup, en revanche, au contraire, par contre, d'autre part, par exemple, "
    "en particulier, de son côté, de leur côté, pour sa part, pour leur part, à cet égard, "
    "dans ce cas, à ce titre, malgré cela, après cela, pour autant"
)
_FRENCH_EXCEPTIONS = ", ".join(
    (
        "il y a, il y avait, il y aura, il y aurait, il faut, il fallait, il faudra, "
        "il faudrait, il s'agit, il s'agissait, il s'agira, il s'agirait, il existe, "
        "il existait, il semble que, il semblait que, il semblerait que, il reste à, "
        "il reste des, il reste du, il reste de, il reste peu, il restait à, il suffit, "
        "il convient, il importe, il paraît que, il était une fois, il pleut, il fait beau, "
        "il fait chaud, il fait froid, il fait nuit, il fait jour, il manque, il arrive que, "
        "alors que, alors même que, en plus de, "
        "cet article, cette étude, ce travail, cette thèse, ce rapport, ce document, "
        "ce matin, ce soir, ce week-end, ce mois-ci, cette semaine, cette année, "
        "cette saison, cette nuit, cet été, cet hiver, cet automne, ce printemps",
        _impersonal(
            "il",
            "est, était, sera, serait",
            "possible, probable, important, nécessaire, difficile, clair, vrai, temps, "
            "question, impossible, essentiel, urgent, évident, rare, fréquent",
            lambda verb: f"n'{verb} pas",
        ),
    )
)

# Spanish. Subjects are often dropped, so a sentence that leans back may open with its verb
# ("Dijo que..."): the list cannot catch those. "La/lo/los/las" are mostly articles and are
# left out; "Es" alone is mostly impersonal ("Es importante..."), but "Es decir" points back.
_SPANISH_OPENERS = (
    "él, ella, ellos, ellas, ello, le, les, su, sus, este, esta, estos, estas, ese, esa, "
    "esos, esas, aquel, aquella, aquellos, aquellas, esto, eso, aquello, tal, tales, dicho, "
    "dicha, dichos, dichas, pero, además, también, asimismo, así, entonces, luego, y, e, "
    "o, u, ni, sino, sin embargo, así pues, por lo tanto, por tanto, por ello, por eso, "
    "por consiguiente, en consecuencia, no obstante, aun así, mientras tanto, en cambio, "
    "por el contrario, al contrario, por otra parte, por otro lado, de hecho, por ejemplo, "
    "en particular, es decir, o sea, de este modo, de esta manera, de esta forma, con todo, "
    "es más, a su vez, en ese caso, en este caso, por su parte, de ahí, después de eso, "
    "después de esto, tras esto, pese a ello, a pesar de ello"
)
_SPANISH_EXCEPTIONS = (
    "este artículo, este trabajo, este estudio, esta investigación, este informe, "
    "esta tesis, este documento, este año, esta semana, este mes, esta mañana, esta tarde, "
    "esta noche, este verano, este invierno, este otoño, esta primavera, este fin de semana, "
    "así como, así que, además de"
)

_LISTS: dict[str, tuple[str, str]] = {
    "en": (_ENGLISH_OPENERS, _ENGLISH_EXCEPTIONS),
    "ru": (_RUSSIAN_OPENERS, _RUSSIAN_EXCEPTIONS),
    "uk": (_UKRAINIAN_OPENERS, _UKRAINIAN_EXCEPTIONS),
    "de": (_GERMAN_OPENERS, _GERMAN_EXCEPTIONS),
    "fr": (_FRENCH_OPENERS, _FRENCH_EXCEPTIONS),
    "es": (_SPANISH_OPENERS, _SPANISH_EXCEPTIONS),
}
COHERENCE_LANGUAGES: tuple[str, ...] = tuple(_LISTS)


@dataclass(frozen=True)
class _Openers:
    openers: frozenset[tuple[str, ...]]
    exceptions: frozenset[tuple[str, ...]]
    first_words: frozenset[str]
    longest: int


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def _words(folded: str, count: int | None = None) -> tuple[str, ...]:
    return tuple(match.group() for match in itertools.islice(_WORD.finditer(folded), count))


def _phrases(entries: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_words(_fold(entry)) for entry in entries.split(","))


@cache
def _openers_for(language: str) -> _Openers | None:
    """The lists for an ISO 639-1 code (a region such as "en-GB" ignored), or None."""
    code = re.split(r"[-_]", language.strip().casefold(), maxsplit=1)[0]
    if code not in _LISTS:
        return None
    openers, exceptions = (_phrases(entries) for entries in _LISTS[code])
    longest = max(len(phrase) for phrase in openers | exceptions)
    first_words = frozenset(phrase[0] for phrase in openers)
    return _Openers(openers, exceptions, first_words, longest)


def opening_words(sentence: str, count: int) -> tuple[str, ...]:
    """The sentence's first `count` words, case-folded, past any leading quotes, dashes,
    bullets and brackets; only the sentence's head is read, however long it is."""
    return _words(_folded_head(sentence), count)


def _folded_head(sentence: str) -> str:
    """The sentence's first characters from its first letter or digit on, case-folded."""
    if not isinstance(sentence, str):
        raise TypeError(f"a sentence must be str, not {type(sentence).__name__}")
    start = _LEADING_NON_WORD.match(sentence)
    return _fold(sentence[start.end() if start else 0 :][:_HEAD_CHARS])


def leans_back(sentence: str, language: str) -> bool:
    """Whether the sentence opens with a word (or phrase) that points back to an earlier
    sentence: a pronoun, a demonstrative or a connective such as "However".

    `language` is an ISO 639-1 code (en, ru, de, fr, es, uk; a region such as "en-GB" is
    ignored). For any other language this is False: there is no list to judge by, and
    guessing with another language's list would flag ordinary words."""
    if not isinstance(language, str):
        raise TypeError(f"a language must be str, not {type(language).__name__}")
    lists = _openers_for(language)
    head = _folded_head(sentence)
    first_word = _WORD.match(head)
    if lists is None or first_word is None or first_word.group() not in lists.first_words:
        return False  # most sentences are ruled out here, by their first word alone
    if _INITIAL.match(head):
        return False
    words = _words(head, lists.longest)
    for size in range(len(words), 0, -1):
        prefix = words[:size]
        if prefix in lists.exceptions:
            return False
        if prefix in lists.openers:
            return True
    return False


def dangling_indices(chosen: Iterable[int], texts: Sequence[str], language: str) -> list[int]:
    """The chosen sentence indices (into the article's sentences `texts`, in article order)
    whose sentence leans back while the sentence just before it was not chosen. Sentence 0
    never dangles: nothing comes before it."""
    picked = _checked_indices(chosen, len(texts))
    return [
        index
        for index in sorted(picked)
        if index > 0 and index - 1 not in picked and leans_back(texts[index], language)
    ]


def dangling_share(chosen: Iterable[int], texts: Sequence[str], language: str) -> float:
    """The share (0 to 1) of the chosen sentences that dangle, as dangling_indices() finds
    them; each index counts once, and an empty choice has a share of 0."""
    picked = _checked_indices(chosen, len(texts))
    if not picked:
        return 0.0
    return len(dangling_indices(picked, texts, language)) / len(picked)


def _checked_indices(chosen: Iterable[int], count: int) -> set[int]:
    picked: set[int] = set()
    for index in chosen:
        if not isinstance(index, int) or isinstance(index, bool):
            raise TypeError(f"a sentence index must be int, not {type(index).__name__}")
        if not 0 <= index < count:
            raise ValueError(f"sentence index {index} is outside the article's {count}")
        picked.add(index)
    return picked
