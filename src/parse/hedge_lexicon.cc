#include "parse/hedge_lexicon.h"

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace crosscheck::parse {
namespace {

// Whether a hedge ends in the preposition "de", written "de", or "d'" before a vowel or a digit
// ("plus de 300", "plus d'un milliard", "moins d'1 %"): the elision is read once for all of them.
constexpr bool kThenDe = true;

struct HedgeWord {
  std::string_view words;
  Hedge hedge;
  bool then_de = false;
};

// Longer phrases first: "pour à peine" before "à peine", "quelques" is vague, not "quelque".
// English "some" and French "quelque" are approximators like "about" ("some 300 jobs").
constexpr std::array kHedges = {
    HedgeWord{"aux alentours", Hedge::kAbout, kThenDe},
    HedgeWord{"approximativement", Hedge::kAbout},
    HedgeWord{"autour", Hedge::kAbout, kThenDe},
    HedgeWord{"environ", Hedge::kAbout},
    HedgeWord{"approximately", Hedge::kAbout},
    HedgeWord{"roughly", Hedge::kAbout},
    HedgeWord{"around", Hedge::kAbout},
    HedgeWord{"about", Hedge::kAbout},
    HedgeWord{"some", Hedge::kAbout},
    HedgeWord{"quelque", Hedge::kAbout},
    HedgeWord{"pas loin", Hedge::kNearly, kThenDe},
    HedgeWord{"près", Hedge::kNearly, kThenDe},
    HedgeWord{"presque", Hedge::kNearly},
    HedgeWord{"quasiment", Hedge::kNearly},
    HedgeWord{"quasi", Hedge::kNearly},
    HedgeWord{"close to", Hedge::kNearly},
    HedgeWord{"nearly", Hedge::kNearly},
    HedgeWord{"almost", Hedge::kNearly},
    HedgeWord{"au-delà", Hedge::kMoreThan, kThenDe},
    HedgeWord{"dépassé les", Hedge::kMoreThan},
    HedgeWord{"dépassant les", Hedge::kMoreThan},
    HedgeWord{"supérieur à", Hedge::kMoreThan},
    HedgeWord{"supérieure à", Hedge::kMoreThan},
    HedgeWord{"plus", Hedge::kMoreThan, kThenDe},
    HedgeWord{"in excess of", Hedge::kMoreThan},
    HedgeWord{"more than", Hedge::kMoreThan},
    HedgeWord{"exceeding", Hedge::kMoreThan},
    HedgeWord{"above", Hedge::kMoreThan},
    HedgeWord{"over", Hedge::kMoreThan},
    HedgeWord{"au moins", Hedge::kAtLeast},
    HedgeWord{"au minimum", Hedge::kAtLeast},
    HedgeWord{"no fewer than", Hedge::kAtLeast},
    HedgeWord{"no less than", Hedge::kAtLeast},
    HedgeWord{"at least", Hedge::kAtLeast},
    HedgeWord{"inférieur à", Hedge::kLessThan},
    HedgeWord{"inférieure à", Hedge::kLessThan},
    HedgeWord{"moins", Hedge::kLessThan, kThenDe},
    HedgeWord{"fewer than", Hedge::kLessThan},
    HedgeWord{"less than", Hedge::kLessThan},
    HedgeWord{"under", Hedge::kLessThan},
    HedgeWord{"below", Hedge::kLessThan},
    HedgeWord{"jusqu'à", Hedge::kUpTo},
    HedgeWord{"au maximum", Hedge::kUpTo},
    HedgeWord{"au plus", Hedge::kUpTo},
    HedgeWord{"as many as", Hedge::kUpTo},
    HedgeWord{"as much as", Hedge::kUpTo},
    HedgeWord{"up to", Hedge::kUpTo},
    HedgeWord{"at most", Hedge::kUpTo},
    HedgeWord{"pour à peine", Hedge::kEmphasis},
    HedgeWord{"pour seulement", Hedge::kEmphasis},
    HedgeWord{"à peine", Hedge::kEmphasis},
    HedgeWord{"seulement", Hedge::kEmphasis},
    HedgeWord{"uniquement", Hedge::kEmphasis},
    HedgeWord{"merely", Hedge::kEmphasis},
    HedgeWord{"barely", Hedge::kEmphasis},
    HedgeWord{"only", Hedge::kEmphasis},
    HedgeWord{"just", Hedge::kEmphasis},
    HedgeWord{"exactement", Hedge::kExactly},
    HedgeWord{"précisément", Hedge::kExactly},
    HedgeWord{"exactly", Hedge::kExactly},
    HedgeWord{"precisely", Hedge::kExactly},
};

struct VagueWord {
  std::string_view words;
  int low;
  int high;
};

constexpr std::array kVague = {
    VagueWord{"des dizaines de", 20, 99},
    VagueWord{"des dizaines d'", 20, 99},
    VagueWord{"des centaines de", 200, 999},
    VagueWord{"des centaines d'", 200, 999},
    VagueWord{"des milliers de", 2000, 9999},
    VagueWord{"des milliers d'", 2000, 9999},
    VagueWord{"des dizaines", 20, 99},
    VagueWord{"des centaines", 200, 999},
    VagueWord{"des milliers", 2000, 9999},
    VagueWord{"quelques", 2, 9},
    VagueWord{"plusieurs", 2, 9},
    VagueWord{"a few", 2, 9},
    VagueWord{"several", 2, 9},
    VagueWord{"tens of", 20, 99},
    VagueWord{"dozens of", 24, 99},
    VagueWord{"hundreds of", 200, 999},
    VagueWord{"thousands of", 2000, 9999},
};

// The preposition a hedge ends in: "de", elided "d'" ("plus d'un milliard", "moins d'1 %"), or
// contracted with "le" into "du" ("plus du double": the reference reader then says why it cannot
// be read).
bool AcceptHedgeDe(Cursor& cursor) { return !cursor.AcceptAny({"de", "d'", "du"}).empty(); }

// A hedge of kHedges at the cursor, with its preposition; `words` gets its full form ("plus
// de", whichever way the preposition was written).
Hedge AcceptDirectOrPlain(Cursor& cursor, std::string* words) {
  static const FirstBytes kFirst(kHedges, [](const HedgeWord& h) { return h.words; });
  if (!kFirst.MayStartAt(cursor)) return Hedge::kNone;
  size_t start = cursor.pos();
  for (const auto& h : kHedges) {
    if (!cursor.Accept(h.words)) continue;
    if (h.then_de && !AcceptHedgeDe(cursor)) {
      cursor.set_pos(start);  // "plus" alone is no hedge
      continue;
    }
    if (words) *words = h.then_de ? fmt::format("{} de", h.words) : std::string(h.words);
    return h.hedge;
  }
  return Hedge::kNone;
}

// How far beyond its bound a direction hedge reaches: "un peu plus de" stays within 10% of the
// figure, "bien plus de" goes at least 10% past it (docs/semantics.md, "Hedges").
enum class Intensity { kNone, kSlight, kWell };

struct IntensityWord {
  std::string_view words;
  Intensity intensity;
};

constexpr std::array kIntensities = {
    IntensityWord{"un petit peu", Intensity::kSlight},
    IntensityWord{"un peu", Intensity::kSlight},
    IntensityWord{"légèrement", Intensity::kSlight},
    IntensityWord{"tout juste", Intensity::kSlight},
    IntensityWord{"juste", Intensity::kSlight},
    IntensityWord{"a little", Intensity::kSlight},
    IntensityWord{"a bit", Intensity::kSlight},
    IntensityWord{"slightly", Intensity::kSlight},
    IntensityWord{"just", Intensity::kSlight},
    IntensityWord{"bien", Intensity::kWell},
    IntensityWord{"largement", Intensity::kWell},
    IntensityWord{"nettement", Intensity::kWell},
    IntensityWord{"well", Intensity::kWell},
    IntensityWord{"far", Intensity::kWell},
    IntensityWord{"much", Intensity::kWell},
};

Intensity AcceptIntensity(Cursor& cursor, std::string* words) {
  static const FirstBytes kFirst(kIntensities, [](const IntensityWord& w) { return w.words; });
  if (!kFirst.MayStartAt(cursor)) return Intensity::kNone;
  for (const auto& w : kIntensities) {
    if (cursor.Accept(w.words)) {
      *words = std::string(w.words);
      return w.intensity;
    }
  }
  return Intensity::kNone;
}

// An intensity applies to a strict direction only ("un peu plus de", "well under"); "bien au
// moins" or "juste environ" are no hedges.
Hedge Compose(Intensity intensity, Hedge direction) {
  bool slight = intensity == Intensity::kSlight;
  if (direction == Hedge::kMoreThan) return slight ? Hedge::kSlightlyMore : Hedge::kWellMore;
  if (direction == Hedge::kLessThan) return slight ? Hedge::kSlightlyLess : Hedge::kWellLess;
  return Hedge::kNone;
}

}  // namespace

Hedge AcceptHedge(Cursor& cursor, std::string* words) {
  size_t start = cursor.pos();
  std::string intensity_words;
  if (Intensity intensity = AcceptIntensity(cursor, &intensity_words);
      intensity != Intensity::kNone) {
    std::string direction_words;
    Hedge composed = Compose(intensity, AcceptDirectOrPlain(cursor, &direction_words));
    if (composed != Hedge::kNone) {
      if (words) *words = intensity_words + " " + direction_words;
      return composed;
    }
    cursor.set_pos(start);  // "juste 300", "un peu": no direction follows
  }
  return AcceptDirectOrPlain(cursor, words);
}

const std::vector<std::string_view>& HedgePhrases() {
  static const std::vector<std::string_view> kPhrases = [] {
    std::vector<std::string_view> out;
    out.reserve(std::size(kHedges));
    for (const auto& h : kHedges) out.push_back(h.words);
    return out;
  }();
  return kPhrases;
}

const std::vector<std::string_view>& IntensityPhrases() {
  static const std::vector<std::string_view> kPhrases = [] {
    std::vector<std::string_view> out;
    out.reserve(std::size(kIntensities));
    for (const auto& w : kIntensities) out.push_back(w.words);
    return out;
  }();
  return kPhrases;
}

bool AcceptVagueAmount(Cursor& cursor, Rational* low, Rational* high, std::string* words) {
  for (const auto& v : kVague) {
    if (cursor.Accept(v.words)) {
      *low = v.low;
      *high = v.high;
      if (words) *words = std::string(v.words);
      return true;
    }
  }
  return false;
}

}  // namespace crosscheck::parse
