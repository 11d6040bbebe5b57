#include "extract/attach.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "common/diagnostic.h"
#include "extract/extractor.h"
#include "extract/sentences.h"
#include "io/catalogue_loader.h"
#include "io/cue_lexicon_loader.h"

namespace crosscheck::extract {
namespace {

constexpr std::string_view kEntities = R"(entities:
  - {id: deepseek, type: organization, name: DeepSeek}
  - {id: high-flyer, type: organization, name: High-Flyer, descriptions: [fonds]}
  - {id: nvidia, type: organization, name: Nvidia}
  - {id: liang-wenfeng, type: person, name: Liang Wenfeng, aliases: [Liang]}
  - {id: deepseek-r1, type: model, name: DeepSeek-R1, aliases: [R1]}
  - {id: selloff, type: event, name: "The sell-off"}
)";
constexpr std::string_view kProperties = R"(properties:
  - {id: founding_date, kind: date}
  - {id: birth_date, kind: date}
  - {id: release_date, kind: date}
  - {id: event_date, kind: date}
  - {id: age, kind: age}
  - {id: training_cost, kind: quantity, dimension: money}
  - {id: researcher_count, kind: quantity, dimension: count}
  - {id: market_value_drop, kind: quantity, dimension: percent}
  - {id: founder, kind: entity}
  - {id: headcount, kind: quantity, dimension: count, time_indexed: true}
  - {id: assets, kind: quantity, dimension: money, time_indexed: true}
  - {id: field_of_study, kind: category, taxonomy: field}
  - {id: height, kind: quantity, dimension: length}
  - {id: construction_cost, kind: quantity, dimension: money, additive: true}
)";
constexpr std::string_view kUnits = R"(dimensions:
  - {id: length, base: m}
units:
  - {id: m, dimension: length, factor: "1", words: [mètres, m]}
  - {id: km, dimension: length, factor: "1e3", words: [km, kilomètres]}
  - {id: USD, dimension: money, words: [dollars, "$"]}
  - {id: EUR, dimension: money, words: [euros]}
  - {id: percent, dimension: percent, words: ["%"]}
  - {id: person, dimension: count, words: [chercheurs, researchers]}
)";
constexpr std::string_view kTaxonomies = R"(taxonomies:
  - id: field
    nodes:
      - {id: engineering, aliases: [ingénierie]}
      - {id: computer-science, parents: [engineering], aliases: ["ingénierie informatique"]}
      - {id: economics, aliases: [économie]}
)";
constexpr std::string_view kCues = R"(cues:
  - {property: founding_date, subject_types: [organization], fr: [fondée, fondé], en: [founded]}
  - {property: birth_date, subject_types: [person], fr: [né], en: [born]}
  - {property: release_date, subject_types: [model], fr: [dévoilé], en: [released]}
  - {property: event_date, subject_types: [event], subject: selloff, fr: [chuté]}
  - {property: training_cost, fr: [coûté], en: [cost]}
  - {property: researcher_count, fr: [chercheurs], en: [researchers]}
  - {property: market_value_drop, fr: [chuté, perdu], en: [fell]}
  - {property: headcount, subject_types: [organization], fr: [emploie, employait], en: [employs]}
  - {property: assets, subject_types: [organization], fr: [portefeuille]}
  - {property: field_of_study, subject_types: [person], fr: [diplômé]}
  - {property: height, fr: [haute], en: [tall, high], everyday: [high]}
  - {property: construction_cost, subject_types: [organization], fr: [dépensé, investi], en: [spent]}
)";

class AttachTest : public ::testing::Test {
 protected:
  void SetUp() override {
    io::LoadCatalogueText(io::CatalogueFile::kUnits, "units.yaml", kUnits, catalogue_, diags_);
    io::LoadCatalogueText(io::CatalogueFile::kEntities, "entities.yaml", kEntities, catalogue_,
                          diags_);
    io::LoadCatalogueText(io::CatalogueFile::kTaxonomies, "taxonomies.yaml", kTaxonomies,
                          catalogue_, diags_);
    io::LoadCatalogueText(io::CatalogueFile::kProperties, "properties.yaml", kProperties,
                          catalogue_, diags_);
    cues_ = io::LoadCueLexiconText("cues.yaml", kCues, catalogue_, diags_);
    ASSERT_FALSE(diags_.HasErrors()) << diags_.items().front().message;
  }

  // One line per candidate ("subject.property = value | quote") and per unattached mention
  // ("unattached 'text': reason").
  std::string Run(std::string_view text, parse::Language lang = parse::Language::kFrench) {
    std::vector<Mention> mentions = Extract(text, lang);
    Attachment a = Attach(text, lang, mentions, catalogue_, cues_);
    std::string out;
    for (const auto& c : a.candidates) {
      out += fmt::format("{}.{} = {}{} | {}\n", c.subject, c.property, c.value_text,
                         c.when_text.empty() ? "" : " @ " + c.when_text,
                         text.substr(c.quote.begin, c.quote.end - c.quote.begin));
    }
    for (const auto& u : a.unattached)
      out += fmt::format("unattached '{}': {}\n", u.mention.text, u.reason);
    return out;
  }

  // One line per candidate: "subject.property = value: low (reason; reason)" or ": high".
  std::string Confidences(std::string_view text, parse::Language lang = parse::Language::kFrench) {
    std::vector<Mention> mentions = Extract(text, lang);
    Attachment a = Attach(text, lang, mentions, catalogue_, cues_);
    std::string out;
    for (const auto& c : a.candidates) {
      out += fmt::format("{}.{} = {}: {}", c.subject, c.property, c.value_text,
                         c.confidence.low() ? "low" : "high");
      if (!c.confidence.reasons.empty()) {
        out += " (";
        for (size_t i = 0; i < c.confidence.reasons.size(); ++i) {
          out += (i ? "; " : "") + c.confidence.reasons[i];
        }
        out += ")";
      }
      out += "\n";
    }
    return out;
  }

  Catalogue catalogue_;
  CueLexicon cues_;
  Diagnostics diags_;
};

TEST_F(AttachTest, FrenchCueAndNamedSubject) {
  EXPECT_EQ(Run("DeepSeek a été fondée en 2023 à Hangzhou."),
            "deepseek.founding_date = 2023 | DeepSeek a été fondée en 2023 à Hangzhou.\n");
}

TEST_F(AttachTest, EnglishSentence) {
  EXPECT_EQ(Run("Liang was born in 1985 in Guangdong.", parse::Language::kEnglish),
            "liang-wenfeng.birth_date = 1985 | Liang was born in 1985 in Guangdong.\n");
}

TEST_F(AttachTest, NearestPrecedingEntityWins) {
  // Both companies are named in the sentence; the cost follows DeepSeek, the nearer one.
  EXPECT_EQ(Run("Nvidia a perdu sa place, et DeepSeek a coûté 6 millions de dollars."),
            "deepseek.training_cost = 6 millions de dollars | et DeepSeek a coûté 6 millions de "
            "dollars.\n");
}

TEST_F(AttachTest, EntityAfterTheFigureWhenNoneBefore) {
  EXPECT_EQ(Run("Dévoilé le 20 janvier 2025, R1 surprend."),
            "deepseek-r1.release_date = 20 janvier 2025 | Dévoilé le 20 janvier 2025, R1 "
            "surprend.\n");
}

TEST_F(AttachTest, SubjectTypeFiltersTheNearestEntity) {
  // A birth cue wants a person: DeepSeek, nearer, is an organisation.
  EXPECT_EQ(Run("Liang, fondateur de DeepSeek, est né en 1985."),
            "liang-wenfeng.birth_date = 1985 | Liang, fondateur de DeepSeek, est né en 1985.\n");
}

TEST_F(AttachTest, MainSubjectWhenTheSentenceNamesNone) {
  // DeepSeek is named twice, Nvidia once: the second sentence's researchers are DeepSeek's.
  EXPECT_EQ(Run("DeepSeek inquiète Nvidia. DeepSeek innove. L'équipe compte 139 chercheurs."),
            "deepseek.researcher_count = 139 chercheurs | L'équipe compte 139 chercheurs.\n");
}

TEST_F(AttachTest, OneCueTwoFiguresInASentenceAbstains) {
  // One cue cannot give two values of one fact: which figure it governs (and whether the other
  // is a target, a range's end or a part) is left to review, not guessed.
  EXPECT_EQ(Run("DeepSeek a coûté 6 millions de dollars ou 12 millions de dollars."),
            "unattached '6 millions de dollars': one sentence gives 2 figures for deepseek's "
            "training_cost ('6 millions de dollars', '12 millions de dollars'): which one the cue "
            "'coûté' governs is left to review\n"
            "unattached '12 millions de dollars': one sentence gives 2 figures for deepseek's "
            "training_cost ('6 millions de dollars', '12 millions de dollars'): which one the cue "
            "'coûté' governs is left to review\n");
  // The same figure written twice is one value, and two cues give two facts.
  EXPECT_EQ(Run("DeepSeek, fondée en 2023, a coûté 6 millions de dollars."),
            "deepseek.founding_date = 2023 | DeepSeek, fondée en 2023\n"
            "deepseek.training_cost = 6 millions de dollars | DeepSeek, fondée en 2023, a coûté 6 "
            "millions de dollars.\n");
}

TEST_F(AttachTest, TheCueGovernsTheOnlyRivalInItsClause) {
  EXPECT_EQ(Run("DeepSeek a été fondée en 2023, et non en 2021."),
            "deepseek.founding_date = 2023 | DeepSeek a été fondée en 2023\n"
            "unattached '2021': the cue 'fondée' governs '2023' (the one in its clause), not this "
            "figure\n");
}

TEST_F(AttachTest, TheCueGovernsTheFigureThatCountsIt) {
  // "139 chercheurs": the figure right before the noun counts it; "3" counts offices.
  EXPECT_EQ(
      Run("DeepSeek compte 3 bureaux et 139 chercheurs."),
      "deepseek.researcher_count = 139 chercheurs | DeepSeek compte 3 bureaux et 139 "
      "chercheurs.\n"
      "unattached '3': the cue 'chercheurs' governs '139 chercheurs' (the figure next to it), "
      "not this figure\n");
}

TEST_F(AttachTest, ATimeIndexedValueHoldsAtTheDateNearestIt) {
  // The date goes with the figure it stands nearest; the other holds at publication, so the
  // two are values at two times, not rivals.
  EXPECT_EQ(Run("DeepSeek emploie 220 personnes et devrait en compter 400 d'ici à 2028."),
            "deepseek.headcount = 220 | DeepSeek emploie 220 personnes et devrait en compter 400 "
            "d'ici à 2028.\n"
            "deepseek.headcount = 400 @ d'ici à 2028 | DeepSeek emploie 220 personnes et devrait "
            "en compter 400 d'ici à 2028.\n");
  EXPECT_EQ(Run("DeepSeek employait 140 personnes fin 2024."),
            "deepseek.headcount = 140 @ fin 2024 | DeepSeek employait 140 personnes fin 2024.\n");
}

TEST_F(AttachTest, APartIsNotTheWhole) {
  EXPECT_EQ(Run("DeepSeek emploie 160 personnes, dont 40 à Pékin."),
            "deepseek.headcount = 160 | DeepSeek emploie 160 personnes\n"
            "unattached '40': a part ('dont 40') of a whole the sentence gives, not its value\n");
  // A part that its own noun counts is a value of another fact.
  EXPECT_EQ(Run("DeepSeek emploie 160 personnes, dont 139 chercheurs."),
            "deepseek.headcount = 160 | DeepSeek emploie 160 personnes\n"
            "deepseek.researcher_count = 139 chercheurs | DeepSeek emploie 160 personnes, dont 139 "
            "chercheurs.\n");
}

TEST_F(AttachTest, ADescriptionNamesItsEntity) {
  // "le fonds" describes High-Flyer only: the sentence's subject, whatever the main subject.
  EXPECT_EQ(Run("DeepSeek innove. DeepSeek recrute. Le fonds a été fondé en 2016."),
            "high-flyer.founding_date = 2016 | Le fonds a été fondé en 2016.\n");
  // "un fonds" is any fund: no description.
  EXPECT_EQ(Run("DeepSeek innove. DeepSeek recrute. Un fonds a été fondé en 2016."),
            "deepseek.founding_date = 2016 | Un fonds a été fondé en 2016.\n");
}

TEST_F(AttachTest, OnlyADominantMainSubjectIsAssumed) {
  // DeepSeek and Nvidia are named as often: no organisation is the article's.
  EXPECT_EQ(Run("DeepSeek inquiète Nvidia. L'équipe compte 139 chercheurs."),
            "unattached '139': no entity of a type the cue 'chercheurs' accepts in the article\n");
}

TEST_F(AttachTest, AConversionInParenthesesIsPartOfItsFigure) {
  // "(900 millions d'euros)" is the first amount converted: "en 2016" is nearest that amount,
  // and the parentheses do not cut it from its clause.
  EXPECT_EQ(
      Run("Le portefeuille de DeepSeek passe de 1 milliard de dollars (900 millions "
          "d'euros) en 2016 à 10 milliards de dollars en 2019."),
      "deepseek.assets = 1 milliard de dollars @ 2016 | Le portefeuille de DeepSeek passe de "
      "1 milliard de dollars (900 millions d'euros) en 2016\n"
      "deepseek.assets = 10 milliards de dollars @ 2019 | Le portefeuille de DeepSeek passe de "
      "1 milliard de dollars (900 millions d'euros) en 2016 à 10 milliards de dollars en "
      "2019.\n"
      "unattached '900 millions d'euros': the article's conversion of '1 milliard de "
      "dollars', not a figure of its own\n");
}

TEST_F(AttachTest, AnAgeSetOffAfterAPersonsName) {
  // The apposition says whose age it is, with no cue word needed.
  EXPECT_EQ(Run("Liang Wenfeng, 40 ans, dirige la société."),
            "liang-wenfeng.age = 40 ans | Liang Wenfeng, 40 ans\n");
  EXPECT_EQ(Run("Chief executive Liang Wenfeng, 40, told reporters.", parse::Language::kEnglish),
            "liang-wenfeng.age = 40 | Chief executive Liang Wenfeng, 40\n");
  // Not after an organisation, and not a count of something.
  EXPECT_EQ(Run("DeepSeek, 40 ans après, innove."),
            "unattached '40 ans': no cue word for a duration within 15 words in its sentence\n");
}

TEST_F(AttachTest, ConfidenceSaysWhatWasGuessed) {
  EXPECT_EQ(Confidences("DeepSeek a coûté 6 millions de dollars."),
            "deepseek.training_cost = 6 millions de dollars: high\n");
  EXPECT_EQ(Confidences("DeepSeek inquiète Nvidia. DeepSeek innove. L'équipe compte 139 "
                        "chercheurs."),
            "deepseek.researcher_count = 139 chercheurs: low (subject only assumed: the sentence "
            "names none; DeepSeek is taken, but the article also names Nvidia)\n");
  // An article that names one company: the assumption is uncontested.
  EXPECT_EQ(Confidences("DeepSeek innove. DeepSeek recrute. L'équipe compte 139 chercheurs."),
            "deepseek.researcher_count = 139 chercheurs: high\n");
  EXPECT_EQ(Confidences("DeepSeek a coûté, selon les estimations publiées hier par plusieurs "
                        "analystes, 6 millions de dollars."),
            "deepseek.training_cost = 6 millions de dollars: low (the cue 'coûté' stands 9 words "
            "from the figure)\n");
}

TEST_F(AttachTest, AnEverydayCueIsDoubted) {
  // "high" is listed as an everyday word of the height cue: a figure it cues may be about
  // something else ("high hopes"); "tall" is not.
  EXPECT_EQ(Confidences("DeepSeek's tower is 30 m high.", parse::Language::kEnglish),
            "deepseek.height = 30 m: low (the cue 'high' is also an everyday word: the sentence "
            "may not be about height)\n");
  EXPECT_EQ(Confidences("DeepSeek's tower is 30 m tall.", parse::Language::kEnglish),
            "deepseek.height = 30 m: high\n");
}

TEST_F(AttachTest, MoneyForOneOfSeveralRecipientsMayBeAPart) {
  // Money that sums over what it went to (an additive property), given for a recipient an
  // indefinite or a count introduces: one part, perhaps, of all the subject spent.
  EXPECT_EQ(Confidences("High-Flyer a dépensé 26 millions d'euros, entre 2019 et 2020, dans un "
                        "premier supercalculateur."),
            "high-flyer.construction_cost = 26 millions d'euros: low (the figure is what went "
            "'dans un premier supercalculateur', which may be only part of High-Flyer's "
            "construction_cost)\n");
  EXPECT_EQ(
      Confidences("DeepSeek spent $5 million on two new clusters.", parse::Language::kEnglish),
      "deepseek.construction_cost = $5 million: low (the figure is what went 'on two new "
      "clusters', which may be only part of DeepSeek's construction_cost)\n");
  // The thing in focus (a definite), a whole, a period, a purpose: nothing to doubt.
  EXPECT_EQ(Confidences("High-Flyer a investi 600 millions d'euros dans la commune."),
            "high-flyer.construction_cost = 600 millions d'euros: high\n");
  EXPECT_EQ(Confidences("High-Flyer a dépensé 26 millions d'euros pour un total de trois sites."),
            "high-flyer.construction_cost = 26 millions d'euros: high\n");
  EXPECT_EQ(Confidences("High-Flyer a dépensé 26 millions d'euros pour financer ses calculs."),
            "high-flyer.construction_cost = 26 millions d'euros: high\n");
}

TEST_F(AttachTest, AnArticleThatGivesTwoValuesOfAFactIsDoubted) {
  // Two teams, two moments, two companies: more likely than an article contradicting itself.
  EXPECT_EQ(Confidences("DeepSeek compte 139 chercheurs. Plus tard, DeepSeek compte 200 "
                        "chercheurs."),
            "deepseek.researcher_count = 139 chercheurs: low (the same article gives another "
            "value of this fact ('200 chercheurs'): they may be two different things)\n"
            "deepseek.researcher_count = 200 chercheurs: low (the same article gives another "
            "value of this fact ('139 chercheurs'): they may be two different things)\n");
}

TEST_F(AttachTest, ATaxonomyTermNearItsCueIsACategory) {
  // The longest term is the value: "ingénierie informatique", not "ingénierie".
  EXPECT_EQ(Run("Liang est diplômé en ingénierie informatique."),
            "liang-wenfeng.field_of_study = ingénierie informatique | Liang est diplômé en "
            "ingénierie informatique.\n");
  // No cue, no claim: a term alone says nothing of whose field it is.
  EXPECT_EQ(Run("L'économie chinoise ralentit."), "");
}

TEST_F(AttachTest, AFigureTakesItsUnitOnlyForItsDimension) {
  // "28 mètres" is a height; "45 km" is no count of researchers.
  EXPECT_EQ(Run("La tour de DeepSeek, haute de 28 mètres, domine la ville."),
            "deepseek.height = 28 mètres | La tour de DeepSeek, haute de 28 mètres\n");
  EXPECT_EQ(Run("DeepSeek compte 45 km de câbles et des chercheurs."),
            "unattached '45': '45 km' is length, but 'researcher_count' takes count (cue "
            "'chercheurs')\n");
}

TEST_F(AttachTest, WhoStandsBehindAFigure) {
  auto attribution = [&](std::string_view text) {
    std::vector<Mention> mentions = Extract(text, parse::Language::kFrench);
    Attachment a = Attach(text, parse::Language::kFrench, mentions, catalogue_, cues_);
    std::string out;
    for (const auto& c : a.candidates) {
      out += fmt::format("{} {} '{}'\n", c.value_text, AttributionKindName(c.attribution.kind),
                         c.attribution.source);
    }
    return out;
  };
  EXPECT_EQ(attribution("DeepSeek a coûté 6 millions de dollars, selon Epoch AI."),
            "6 millions de dollars reported 'Epoch AI'\n");
  EXPECT_EQ(attribution("DeepSeek aurait coûté 6 millions de dollars."),
            "6 millions de dollars reported 'unnamed (the conditional 'aurait')'\n");
  EXPECT_EQ(attribution("DeepSeek a coûté 6 millions de dollars."),
            "6 millions de dollars asserted ''\n");
}

TEST_F(AttachTest, ThePresentIsNoEventDate) {
  EXPECT_EQ(Run("À ce jour, aucun modèle de DeepSeek n'a été dévoilé en Europe."),
            "unattached 'ce jour': 'ce jour' is the present (the publication day): it says when "
            "other figures hold, not when an event took place\n");
}

TEST_F(AttachTest, DigitsJoinedToANameAreNoFigure) {
  EXPECT_EQ(Run("Le modèle V-3 de DeepSeek a coûté 6 millions de dollars."),
            "deepseek.training_cost = 6 millions de dollars | Le modèle V-3 de DeepSeek a coûté 6 "
            "millions de dollars.\n"
            "unattached '3': part of the name 'V-3'\n");
}

TEST_F(AttachTest, FrenchParticiplesAgree) {
  // The lexicon lists "dévoilé"; "dévoilée" is the same cue in the feminine.
  EXPECT_EQ(Run("La version R1, dévoilée le 20 janvier 2025, surprend."),
            "deepseek-r1.release_date = 20 janvier 2025 | La version R1, dévoilée le 20 janvier "
            "2025\n");
}

TEST_F(AttachTest, CueSubjectForUnnamedEvent) {
  EXPECT_EQ(Run("Le Nasdaq a chuté de 3 % lundi 27 janvier."),
            "selloff.event_date = lundi 27 janvier | Le Nasdaq a chuté de 3 % lundi 27 janvier.\n"
            "unattached '3 %': no entity of a type the cue 'chuté' accepts in the article\n");
}

TEST_F(AttachTest, UnattachedFiguresAreListedWithTheirReason) {
  EXPECT_EQ(Run("DeepSeek compte 2 048 serveurs."),
            "unattached '2 048': no cue word for a number within 15 words in its sentence\n");
}

TEST_F(AttachTest, ValueThatDoesNotParseIsUnattached) {
  // A cost cue near a bare small number: money needs a currency, so no claim is made.
  std::string out = Run("DeepSeek a coûté 6 fois rien.");
  EXPECT_NE(out.find("unattached '6': '6' does not read as a quantity of money"), std::string::npos)
      << out;
}

TEST_F(AttachTest, DayInsideDateIsNotACount) {
  EXPECT_EQ(Run("DeepSeek compte 139 chercheurs, lundi 27 janvier."),
            "deepseek.researcher_count = 139 chercheurs | DeepSeek compte 139 chercheurs\n"
            "unattached 'lundi 27 janvier': no cue word for a date within 15 words in its "
            "sentence\n");
}

TEST(Sentences, SplitsAtStopsButNotAbbreviations) {
  std::string_view text = "M. Liang a 40 ans. Taiwan Semiconductor Co. aussi!\nFin";
  std::string out;
  for (const auto& s : SplitSentences(text)) {
    out += fmt::format("[{}]", text.substr(s.begin, s.end - s.begin));
  }
  EXPECT_EQ(out, "[M. Liang a 40 ans.][Taiwan Semiconductor Co. aussi!][Fin]");
}

TEST(Sentences, ClauseStopsAtCommasButNotInsideNumbers) {
  std::string_view text = "Pour 1,2 milliard, ils ont acheté (en 2021) des puces, dit-il.";
  std::vector<TextSpan> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 1u);
  size_t at = text.find("1,2");
  TextSpan clause = ClauseAround(text, sentences[0], {at, at + 3});
  EXPECT_EQ(text.substr(clause.begin, clause.end - clause.begin), "Pour 1,2 milliard");
  at = text.find("2021");
  clause = ClauseAround(text, sentences[0], {at, at + 4});
  EXPECT_EQ(text.substr(clause.begin, clause.end - clause.begin), "en 2021");
}

TEST(CueLexiconLoader, BadEntriesArePositioned) {
  Catalogue catalogue;
  Diagnostics diags;
  io::LoadCatalogueText(io::CatalogueFile::kProperties, "properties.yaml", kProperties, catalogue,
                        diags);
  io::LoadCatalogueText(io::CatalogueFile::kEntities, "entities.yaml", kEntities, catalogue, diags);
  ASSERT_FALSE(diags.HasErrors());
  CueLexicon lexicon = io::LoadCueLexiconText("cues.yaml", R"(cues:
  - {property: no_such_property, fr: [x]}
  - {property: founder, fr: [fondateur]}
  - {property: birth_date, kinds: [percent], fr: [né]}
  - {property: birth_date, fr: ["n*é"]}
  - {property: event_date, subject_types: [event], subject: deepseek, fr: [krach]}
  - {property: age}
  - {property: birth_date, en: [born], color: blue}
  - {property: founding_date, fr: [fondé]}
  - {property: founding_date, fr: [créé], everyday: [ouvert]}
)",
                                              catalogue, diags);
  std::string out;
  for (const auto& d : diags.items()) out += FormatDiagnostic(d) + "\n";
  EXPECT_EQ(out,
            "cues.yaml:2:16: error: unknown property 'no_such_property'\n"
            "cues.yaml:3:16: error: property 'founder' is of kind entity: the extractor proposes "
            "only quantities, dates, ages, durations and categories\n"
            "cues.yaml:4:35: error: property 'birth_date' cannot be read from a percent (it "
            "takes: date)\n"
            "cues.yaml:5:32: error: cue word 'n*é': '*' may only end a word (\"cofond*\")\n"
            "cues.yaml:6:61: error: entity 'deepseek' has type 'organization', not one of the "
            "cue's subject_types\n"
            "cues.yaml:7:5: error: cue for 'age' has no words ('fr' or 'en')\n"
            "cues.yaml:8:40: error: unknown key 'color' (expected one of: en, everyday, fr, "
            "kinds, only_with, property, subject, subject_types)\n"
            "cues.yaml:10:53: error: everyday word 'ouvert' is not one of the cue's words ('fr' "
            "or 'en')\n");
  ASSERT_EQ(lexicon.cues.size(), 1u);
  EXPECT_EQ(lexicon.cues[0].property, "founding_date");
}

}  // namespace
}  // namespace crosscheck::extract
