#include "parse/anchored_date.h"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string>

#include "common/unicode.h"
#include "parse/cursor.h"
#include "parse/date_parser.h"

namespace crosscheck::parse {
namespace {

// Longer than any anchored phrase a claim value holds («près de deux ans après l'inauguration
// du nouveau siège du groupe»), in bytes of the folded text.
constexpr size_t kLongestPhrase = 200;

struct FixedPhrase {
  std::string_view words;
  AnchorGrain grain;
  int offset;
};

// Whole phrases: the same, the next or the previous period of the anchor's.
constexpr std::array kFixedPhrases = {
    // the same period
    FixedPhrase{"cette année-là", AnchorGrain::kYear, 0},
    FixedPhrase{"cette annee-la", AnchorGrain::kYear, 0},
    FixedPhrase{"cette même année", AnchorGrain::kYear, 0},
    FixedPhrase{"la même année", AnchorGrain::kYear, 0},
    FixedPhrase{"la meme annee", AnchorGrain::kYear, 0},
    FixedPhrase{"the same year", AnchorGrain::kYear, 0},
    FixedPhrase{"that same year", AnchorGrain::kYear, 0},
    FixedPhrase{"that year", AnchorGrain::kYear, 0},
    FixedPhrase{"later that year", AnchorGrain::kYear, 0},
    FixedPhrase{"earlier that year", AnchorGrain::kYear, 0},
    FixedPhrase{"plus tard cette année-là", AnchorGrain::kYear, 0},
    FixedPhrase{"ce mois-là", AnchorGrain::kMonth, 0},
    FixedPhrase{"ce mois-la", AnchorGrain::kMonth, 0},
    FixedPhrase{"le même mois", AnchorGrain::kMonth, 0},
    FixedPhrase{"le meme mois", AnchorGrain::kMonth, 0},
    FixedPhrase{"the same month", AnchorGrain::kMonth, 0},
    FixedPhrase{"that same month", AnchorGrain::kMonth, 0},
    FixedPhrase{"that month", AnchorGrain::kMonth, 0},
    FixedPhrase{"later that month", AnchorGrain::kMonth, 0},
    FixedPhrase{"cette semaine-là", AnchorGrain::kWeek, 0},
    FixedPhrase{"la même semaine", AnchorGrain::kWeek, 0},
    FixedPhrase{"the same week", AnchorGrain::kWeek, 0},
    FixedPhrase{"that week", AnchorGrain::kWeek, 0},
    FixedPhrase{"ce jour-là", AnchorGrain::kDay, 0},
    FixedPhrase{"ce jour-la", AnchorGrain::kDay, 0},
    FixedPhrase{"le jour même", AnchorGrain::kDay, 0},
    FixedPhrase{"le même jour", AnchorGrain::kDay, 0},
    FixedPhrase{"le meme jour", AnchorGrain::kDay, 0},
    FixedPhrase{"ce même jour", AnchorGrain::kDay, 0},
    FixedPhrase{"the same day", AnchorGrain::kDay, 0},
    FixedPhrase{"that same day", AnchorGrain::kDay, 0},
    FixedPhrase{"that day", AnchorGrain::kDay, 0},
    // the next period
    FixedPhrase{"l'année suivante", AnchorGrain::kYear, 1},
    FixedPhrase{"l'annee suivante", AnchorGrain::kYear, 1},
    FixedPhrase{"l'année d'après", AnchorGrain::kYear, 1},
    FixedPhrase{"l'annee d'apres", AnchorGrain::kYear, 1},
    FixedPhrase{"l'an suivant", AnchorGrain::kYear, 1},
    FixedPhrase{"l'année qui a suivi", AnchorGrain::kYear, 1},
    FixedPhrase{"l'année qui suit", AnchorGrain::kYear, 1},
    FixedPhrase{"the following year", AnchorGrain::kYear, 1},
    FixedPhrase{"the next year", AnchorGrain::kYear, 1},
    FixedPhrase{"the year after", AnchorGrain::kYear, 1},
    FixedPhrase{"le mois suivant", AnchorGrain::kMonth, 1},
    FixedPhrase{"le mois d'après", AnchorGrain::kMonth, 1},
    FixedPhrase{"le mois d'apres", AnchorGrain::kMonth, 1},
    FixedPhrase{"le mois qui a suivi", AnchorGrain::kMonth, 1},
    FixedPhrase{"the following month", AnchorGrain::kMonth, 1},
    FixedPhrase{"the next month", AnchorGrain::kMonth, 1},
    FixedPhrase{"the month after", AnchorGrain::kMonth, 1},
    FixedPhrase{"la semaine suivante", AnchorGrain::kWeek, 1},
    FixedPhrase{"la semaine d'après", AnchorGrain::kWeek, 1},
    FixedPhrase{"the following week", AnchorGrain::kWeek, 1},
    FixedPhrase{"the next week", AnchorGrain::kWeek, 1},
    FixedPhrase{"the week after", AnchorGrain::kWeek, 1},
    FixedPhrase{"le lendemain", AnchorGrain::kDay, 1},
    FixedPhrase{"le jour suivant", AnchorGrain::kDay, 1},
    FixedPhrase{"the following day", AnchorGrain::kDay, 1},
    FixedPhrase{"the next day", AnchorGrain::kDay, 1},
    FixedPhrase{"the day after", AnchorGrain::kDay, 1},
    FixedPhrase{"le surlendemain", AnchorGrain::kDay, 2},
    // the previous period
    FixedPhrase{"l'année précédente", AnchorGrain::kYear, -1},
    FixedPhrase{"l'annee precedente", AnchorGrain::kYear, -1},
    FixedPhrase{"l'année d'avant", AnchorGrain::kYear, -1},
    FixedPhrase{"l'annee d'avant", AnchorGrain::kYear, -1},
    FixedPhrase{"l'an précédent", AnchorGrain::kYear, -1},
    FixedPhrase{"the previous year", AnchorGrain::kYear, -1},
    FixedPhrase{"the preceding year", AnchorGrain::kYear, -1},
    FixedPhrase{"the prior year", AnchorGrain::kYear, -1},
    FixedPhrase{"the year before", AnchorGrain::kYear, -1},
    FixedPhrase{"le mois précédent", AnchorGrain::kMonth, -1},
    FixedPhrase{"le mois precedent", AnchorGrain::kMonth, -1},
    FixedPhrase{"le mois d'avant", AnchorGrain::kMonth, -1},
    FixedPhrase{"the previous month", AnchorGrain::kMonth, -1},
    FixedPhrase{"the preceding month", AnchorGrain::kMonth, -1},
    FixedPhrase{"the month before", AnchorGrain::kMonth, -1},
    FixedPhrase{"la semaine précédente", AnchorGrain::kWeek, -1},
    FixedPhrase{"la semaine d'avant", AnchorGrain::kWeek, -1},
    FixedPhrase{"the previous week", AnchorGrain::kWeek, -1},
    FixedPhrase{"the week before", AnchorGrain::kWeek, -1},
    FixedPhrase{"la veille", AnchorGrain::kDay, -1},
    FixedPhrase{"le jour précédent", AnchorGrain::kDay, -1},
    FixedPhrase{"the previous day", AnchorGrain::kDay, -1},
    FixedPhrase{"the day before", AnchorGrain::kDay, -1},
    FixedPhrase{"the eve", AnchorGrain::kDay, -1},
    FixedPhrase{"l'avant-veille", AnchorGrain::kDay, -2},
};

// The words that end an offset and say its direction. `open`: the anchor's description may
// follow («deux jours après son ouverture», "two years after the merger").
struct Direction {
  std::string_view words;
  int sign;
  bool open;
};

constexpr std::array kDirections = {
    Direction{"plus tard", 1, false}, Direction{"après", 1, true},
    Direction{"apres", 1, true},      Direction{"later", 1, false},
    Direction{"after", 1, true},      Direction{"afterwards", 1, false},
    Direction{"on", 1, false},        Direction{"plus tôt", -1, false},
    Direction{"plus tot", -1, false}, Direction{"auparavant", -1, false},
    Direction{"avant", -1, true},     Direction{"earlier", -1, false},
    Direction{"before", -1, true},    Direction{"previously", -1, false},
    Direction{"prior", -1, false},    Direction{"before that", -1, false},
};

// Whether `rest` (after a direction word) may follow it: nothing, or for an open direction the
// anchor's description.
bool EndsHere(Cursor& c, const Direction& d) {
  c.SkipSpaces();
  return c.AtEnd() || d.open;
}

// "[hedge] N unit <direction> [anchor]": the duration before the direction word, read as the
// duration parser reads a duration value. A whole number of months or years without a hedge
// counts calendar periods; a hedged or fractional one is a span of days, as a duration is.
std::optional<Result<AnchoredDate>> ReadOffset(const std::string& key, Language lang) {
  // Each direction word is tried with the duration before it: a bound on the length keeps a
  // hostile value (a megabyte of «après») from costing the square of its length.
  if (key.size() > kLongestPhrase) return std::nullopt;
  for (size_t at = key.find(' '); at != std::string::npos; at = key.find(' ', at + 1)) {
    std::string_view before(key.data(), at);
    Cursor c(key);
    c.set_pos(at + 1);
    const Direction* found = nullptr;
    for (const auto& d : kDirections) {
      size_t start = c.pos();
      if (c.Accept(d.words) && EndsHere(c, d)) {
        found = &d;
        break;
      }
      c.set_pos(start);
    }
    if (!found) continue;
    auto duration = ParseDuration(before, lang);
    if (!duration.ok()) continue;
    const DurationValue& v = duration.value();
    if (v.unit == TimeUnit::kHour || v.unit == TimeUnit::kMinute || v.unit == TimeUnit::kSecond) {
      return Result<AnchoredDate>(ParseError{
          fmt::format("'{}' counts hours: an anchored date counts days, weeks, months or years "
                      "(events are dated to the day)",
                      std::string(before)),
          0});
    }
    const Interval& n = v.amount;
    bool whole = n.low.value && n.high.value && *n.low.value == *n.high.value && !n.low.open &&
                 !n.high.open && n.low.value->get_den() == 1;
    AnchoredDate out;
    Rational sign(found->sign);
    if (whole && v.unit != TimeUnit::kDay) {
      out.grain = v.unit == TimeUnit::kWeek    ? AnchorGrain::kWeek
                  : v.unit == TimeUnit::kMonth ? AnchorGrain::kMonth
                                               : AnchorGrain::kYear;
      out.offset = n.Scaled(sign);
    } else {
      out.grain = AnchorGrain::kDay;
      out.offset = DurationInDays(v).Scaled(sign);
    }
    if (found->sign < 0) std::swap(out.offset.low, out.offset.high);
    return Result<AnchoredDate>(out);
  }
  return std::nullopt;
}

}  // namespace

Result<AnchoredDate> ParseAnchoredDate(std::string_view text, Language lang) {
  std::string key = NameKey(text);
  for (const auto& phrase : kFixedPhrases) {
    if (key == phrase.words) {
      return AnchoredDate{phrase.grain, Interval::Closed(phrase.offset, phrase.offset)};
    }
  }
  if (auto offset = ReadOffset(key, lang)) return *offset;
  return ParseError{fmt::format("unrecognised date relative to another claim '{}' (write "
                                "«l'année suivante», «trois ans plus tard», «deux jours après», "
                                "'the same year', 'two years after', 'a year earlier')",
                                std::string(text)),
                    0};
}

}  // namespace crosscheck::parse
