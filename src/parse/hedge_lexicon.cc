#include "parse/hedge_lexicon.h"

#include <array>
#include <string_view>

namespace crosscheck::parse {
namespace {

struct HedgeWord {
  std::string_view words;
  Hedge hedge;
};

// Longer phrases first: "pour à peine" before "à peine", "quelques" is vague, not "quelque".
constexpr std::array kHedges = {
    HedgeWord{"aux alentours de", Hedge::kAbout},
    HedgeWord{"approximativement", Hedge::kAbout},
    HedgeWord{"autour de", Hedge::kAbout},
    HedgeWord{"environ", Hedge::kAbout},
    HedgeWord{"approximately", Hedge::kAbout},
    HedgeWord{"roughly", Hedge::kAbout},
    HedgeWord{"around", Hedge::kAbout},
    HedgeWord{"about", Hedge::kAbout},
    HedgeWord{"some", Hedge::kAbout},
    HedgeWord{"quelque", Hedge::kAbout},
    HedgeWord{"pas loin de", Hedge::kNearly},
    HedgeWord{"près de", Hedge::kNearly},
    HedgeWord{"presque", Hedge::kNearly},
    HedgeWord{"quasiment", Hedge::kNearly},
    HedgeWord{"close to", Hedge::kNearly},
    HedgeWord{"nearly", Hedge::kNearly},
    HedgeWord{"almost", Hedge::kNearly},
    HedgeWord{"au-delà de", Hedge::kMoreThan},
    HedgeWord{"dépassé les", Hedge::kMoreThan},
    HedgeWord{"dépassant les", Hedge::kMoreThan},
    HedgeWord{"supérieur à", Hedge::kMoreThan},
    HedgeWord{"supérieure à", Hedge::kMoreThan},
    HedgeWord{"plus de", Hedge::kMoreThan},
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
    HedgeWord{"moins de", Hedge::kLessThan},
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

}  // namespace

Hedge AcceptHedge(Cursor& cursor, std::string* words) {
  static const FirstBytes kFirst(kHedges, [](const HedgeWord& h) { return h.words; });
  if (!kFirst.MayStartAt(cursor)) return Hedge::kNone;
  for (const auto& h : kHedges) {
    if (cursor.Accept(h.words)) {
      if (words) *words = std::string(h.words);
      return h.hedge;
    }
  }
  return Hedge::kNone;
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
