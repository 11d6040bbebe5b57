#!/usr/bin/python3
"""Writes the round-trip cases of the number grammar (docs/extraction.md, "The round-trip test").

An independent speller, Debian's python3-num2words, spells random values (fixed seed) in French
and English; each spelling is set in a sentence, and the case records the bytes of the spelled
figure in it and the value the extractor must read there. tests/extract/roundtrip_runner.cc
reads the cases back through the extractor. One figure in five (not the ordinals) opens its
sentence with a capital instead ("Quatre-vingt-dix-sept livres ... ont été payés l'an dernier.").

    roundtrip_cases.py OUT.jsonl [COUNT]      (COUNT: 100000 unless given)

Run with /usr/bin/python3: num2words is a Debian package, not in other interpreters.

Families (one line each in the runner's output):
  cardinal          num2words' own spelling: French traditional ("vingt et un", "deux cents"),
                    English with its "and" and its commas between groups ("one thousand, two
                    hundred and five").
  cardinal-1990     French spelling of the 1990 reform: hyphens between all numerals
                    ("deux-cent-vingt-et-un-mille"), never around the nouns million, milliard,
                    billion.
  cardinal-plain    English without the commas between groups, as newspapers print it.
  cardinal-us       English without the commas nor "and" ("two hundred thirty-four"), as
                    American newspapers print it.
  negative          "moins ...", "minus ...".
  decimal           num2words' decimals: "virgule" / "point" and the digits one by one.
  ordinal           "vingt et unième", "twenty-first": a rank, not a quantity. The extractor has
                    no kind for ranks, so the property is that it reads no figure there at all
                    (not "vingt", 20, out of "vingt et unième").
  ordinal-digits    English ordinals in digits ("21st", "112th"): no figure either.
  currency          to='currency' for EUR, USD and GBP, and INR in English: "treize euros et
                    quarante-cinq centimes", "thirteen dollars, forty-five cents", "one rupee,
                    eighty-nine paise". (num2words names no other currency both languages'
                    readers can tell apart: "dollars" of CAD and AUD read as USD, as an
                    article's bare "dollars" do.)
  currency-and      English amounts with "and" instead of num2words' comma before the cents.
  currency-1990     French amounts with the whole units and the cents in the 1990 spelling
                    ("cent-vingt-et-un euros et vingt-et-un centimes").

Left out, because num2words does not write them as a newspaper does:
  - French ordinals of round figures: num2words writes "quatre-vingtsième", "deux centsième",
    "deux millionsième" (the plural s kept before "-ième") and "un milliardième" for the
    billionth (a fraction, one billionth, in French); the correct forms are "quatre-vingtième",
    "deux-centième", "milliardième".
  - English ordinals of a unit times a power of ten ("one hundredth", "seven millionth"): the
    same words are written for fractions ("one hundredth", and in the singular "two millionth
    of a second"); the extractor reads "one hundredth" as 1/100 and "seven millionth" as 7,
    as Recognizers-Text does.
  - French ordinals in digits: num2words writes "5me", French newspapers "5e".
  - Amounts whose whole part ends in a scale noun in French: num2words writes "un million
    euros", French writes "un million d'euros".
  - Amounts with no cents ("treize euros et zéro centimes") or no whole units ("zéro euros et
    cinq centimes", "zero euro, five cents"): no one writes the zero.
"""

import json
import random
import sys
from decimal import Decimal

from num2words import num2words

SEED = 12
SCALE_ORDINALS = ("hundredth", "thousandth", "millionth", "billionth", "trillionth")
SCALE_NOUNS = ("million", "millions", "milliard", "milliards", "billion", "billions")

SENTENCES = {
    "number": {
        "fr": "Le groupe a vendu {} unités l'an dernier.",
        "en": "The firm sold {} units last year.",
    },
    # After a scale noun French counts with "de": "deux millions d'unités".
    "number-de": {"fr": "Le groupe a vendu {} d'unités l'an dernier."},
    "ordinal": {
        "fr": "Le groupe a terminé {} du classement l'an dernier.",
        "en": "The firm finished {} in the ranking last year.",
    },
    "currency": {
        "fr": "Le contrat a coûté {} l'an dernier.",
        "en": "The contract cost {} last year.",
    },
}

# One figure in five opens its sentence, with a capital.
OPENING = {
    "number": {
        "fr": "{} unités ont été vendues l'an dernier.",
        "en": "{} units were sold last year.",
    },
    "number-de": {"fr": "{} d'unités ont été vendues l'an dernier."},
    "currency": {
        "fr": "{} ont été payés l'an dernier.",
        "en": "{} was paid last year.",
    },
}


def random_integer(rng, most_digits=12):
    """An integer of 1 to `most_digits` digits, the number of digits uniform, now and then the
    bound 10^most_digits itself; one in five round ("deux cent mille", "quatre-vingts
    millions"), where the spelling rules differ."""
    digits = rng.randint(1, most_digits)
    if digits == most_digits and rng.random() < 0.01:
        return 10**most_digits  # the bound itself: "un billion", "one trillion"
    if rng.random() < 0.2:
        lead = rng.randint(1, 99) if digits >= 2 else rng.randint(0, 9)
        return lead * 10 ** max(0, digits - len(str(lead)))
    return rng.randint(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1)


def canonical(value):
    """The value as the runner compares it: "1234", "-5", "12.3" (no trailing zeros)."""
    text = format(Decimal(value).normalize(), "f")
    return text


def reform_1990(words):
    """The 1990 reform: every numeral joined by hyphens, the nouns million, milliard and billion
    set apart by spaces ("deux-cent-mille", "trois millions cinq-cent-vingt-et-un")."""
    out, run = [], []
    for word in words.split(" "):
        if word in SCALE_NOUNS:
            if run:
                out.append("-".join(run))
                run = []
            out.append(word)
        else:
            run.append(word)
    if run:
        out.append("-".join(run))
    return " ".join(out)


def case(family, lang, sentence_key, spelled, kind, value=None, unit=None):
    case.made = getattr(case, "made", 0) + 1
    if sentence_key in OPENING and case.made % 5 == 0:
        sentence = OPENING[sentence_key][lang]
        spelled = spelled[0].upper() + spelled[1:]
    else:
        sentence = SENTENCES[sentence_key][lang]
    prefix, _, _ = sentence.partition("{}")
    begin = len(prefix.encode("utf-8"))
    text = sentence.format(spelled)
    c = {
        "family": f"{lang} {family}",
        "lang": lang,
        "text": text,
        "begin": begin,
        "end": begin + len(spelled.encode("utf-8")),
        "kind": kind,
    }
    if value is not None:
        c["value"] = canonical(value)
    if unit is not None:
        c["unit"] = unit
    return c


def number_sentence(lang, spelled):
    if lang == "fr" and spelled.split(" ")[-1] in SCALE_NOUNS:
        return "number-de"
    return "number"


def cardinals(rng, lang, count):
    for i in range(count):
        n = random_integer(rng)
        spelled = num2words(n, lang=lang)
        if lang == "fr":
            if i % 2 == 1:
                family, spelled = "cardinal-1990", reform_1990(spelled)
            else:
                family = "cardinal"
        elif i % 3 == 1:
            family, spelled = "cardinal-plain", spelled.replace(",", "")
        elif i % 3 == 2:
            family, spelled = "cardinal-us", spelled.replace(",", "").replace(" and ", " ")
        else:
            family = "cardinal"
        yield case(family, lang, number_sentence(lang, spelled), spelled, "number", n)


def negatives(rng, lang, count):
    made = 0
    while made < count:
        n = -random_integer(rng)
        if n == 0:
            continue
        made += 1
        spelled = num2words(n, lang=lang)
        yield case("negative", lang, number_sentence(lang, spelled), spelled, "number", n)


def decimals(rng, lang, count):
    for _ in range(count):
        places = rng.randint(1, 3)
        whole = random_integer(rng, 7)
        fraction = rng.randint(1, 10**places - 1)
        value = Decimal(whole) + Decimal(fraction) / Decimal(10**places)
        spelled = num2words(value, lang=lang)
        yield case("decimal", lang, "number", spelled, "number", value)


def ordinals(rng, lang, count):
    made = 0
    while made < count:
        n = random_integer(rng)
        if n == 0:
            continue
        if lang == "en" and made % 4 == 3:
            made += 1
            spelled = num2words(n, lang=lang, to="ordinal_num")
            yield case("ordinal-digits", lang, "ordinal", spelled, "none")
            continue
        spelled = num2words(n, lang=lang, to="ordinal")
        # num2words' wrong French ordinals of round figures (see the module comment).
        if lang == "fr" and ("sième" in spelled or spelled.startswith("un ")):
            continue
        # "one hundredth", "seven millionth": also fractions (see the module comment).
        if lang == "en" and spelled.count(" ") == 1 and spelled.split(" ")[1] in SCALE_ORDINALS:
            continue
        made += 1
        yield case("ordinal", lang, "ordinal", spelled, "none")


def amounts(rng, lang, count):
    codes = ("EUR", "USD", "GBP") if lang == "fr" else ("EUR", "USD", "GBP", "INR")
    made = 0
    while made < count:
        code = codes[(made // 2) % len(codes)]  # each code in both spellings
        whole = random_integer(rng)
        cents = rng.randint(1, 99)
        if whole == 0:
            continue  # "zéro euros et cinq centimes" (see the module comment)
        if lang == "fr" and num2words(whole, lang="fr").split(" ")[-1] in SCALE_NOUNS:
            continue  # "un million euros" (see the module comment)
        value = Decimal(whole) + Decimal(cents) / 100
        spelled = num2words(value, lang=lang, to="currency", currency=code)
        family = "currency"
        if lang == "en" and made % 2 == 1:
            whole_words, _, cents_words = spelled.rpartition(", ")
            family, spelled = "currency-and", f"{whole_words} and {cents_words}"
        elif lang == "fr" and made % 2 == 1:
            whole_words, cents_words = num2words(whole, lang="fr"), num2words(cents, lang="fr")
            unit_and, _, coins = spelled[len(whole_words):].partition(f" et {cents_words} ")
            assert spelled.startswith(whole_words) and coins, spelled
            family = "currency-1990"
            spelled = f"{reform_1990(whole_words)}{unit_and} et {reform_1990(cents_words)} {coins}"
        made += 1
        yield case(family, lang, "currency", spelled, "currency", value, code)


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = random.Random(SEED)
    per_lang = total // 2
    # Shares of each language's cases: cardinals 40%, negatives 4%, decimals 16%, ordinals
    # 12%, amounts 28%.
    shares = [(cardinals, 40), (negatives, 4), (decimals, 16), (ordinals, 12), (amounts, 28)]
    with open(out, "w", encoding="utf-8") as f:
        for lang in ("fr", "en"):
            for family, share in shares:
                for c in family(rng, lang, per_lang * share // 100):
                    f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
