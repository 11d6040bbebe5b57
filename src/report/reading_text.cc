#include "report/reading_text.h"

#include "common/strings.h"
#include "model/dimension.h"
#include "model/interval.h"
#include "report/value_text.h"

namespace crosscheck::report {
namespace {

std::string ValueWords(const ClaimReading& r) {
  if (const auto* q = std::get_if<QuantityValue>(&r.value)) {
    std::string words = ExplainReading(*q, r.mode, r.integral);
    if (!q->unit.empty()) words += fmt::format(" (unit {})", q->unit);
    if (q->per != RatePeriod::kNone) words += fmt::format(" per {}", RatePeriodName(q->per));
    if (!r.unit_id.empty()) {
      words +=
          fmt::format(", 1 {} = {} {}", r.unit_id, ToDecimalString(r.unit_factor), r.base_unit);
    }
    return words;
  }
  if (const auto* d = std::get_if<DateValue>(&r.value)) return DescribeDate(*d);
  if (const auto* d = std::get_if<AnchoredDate>(&r.value)) return DescribeAnchored(*d, r.mode);
  if (const auto* a = std::get_if<AgeValue>(&r.value)) {
    return fmt::format("age {} years", FormatInterval(a->years));
  }
  if (const auto* d = std::get_if<DurationValue>(&r.value)) {
    return fmt::format("{} {}", FormatInterval(d->amount), TimeUnitName(d->unit));
  }
  if (const auto* c = std::get_if<CategoryValue>(&r.value)) {
    return fmt::format("{} '{}' (covers: {})", r.taxonomy, c->node, Join(r.leaves, ", "));
  }
  if (const auto* e = std::get_if<EntityValue>(&r.value)) {
    return fmt::format("entity '{}'", e->entity);
  }
  return "?";
}

// What a conversion rests on: "2021" (ledger periods), or with shipped rates "shipped rate:
// <source>" ("2025-01; shipped rates: <source>; <source>").
std::string RateBasis(const ReadingNote& n) {
  std::string text;
  for (const auto& period : n.rate_periods) {
    text += (text.empty() ? "" : ", ") + FormatDayInterval(period);
  }
  if (n.rate_sources.empty()) return text;
  if (!text.empty()) text += "; ";
  text += n.rate_sources.size() == 1 ? "shipped rate: " : "shipped rates: ";
  return text + Join(n.rate_sources, "; ");
}

std::string NoteWords(const ReadingNote& n) {
  switch (n.kind) {
    case ReadingNoteKind::kAtPublication:
      return " (at the article's publication date)";
    case ReadingNoteKind::kAnchored:
      return fmt::format(" (claim '{}'{})", n.claim,
                         n.days ? ": " + FormatDayInterval(*n.days) : std::string());
    case ReadingNoteKind::kBetween:
      return fmt::format(" between the dates of claims '{}' and '{}'", n.claim, n.other_claim);
    case ReadingNoteKind::kConverted:
      return fmt::format("; converted at {} to {} {} per {} ({})", ToDisplayString(n.rate_low, 4),
                         ToDisplayString(n.rate_high, 4), n.other_unit, n.unit, RateBasis(n));
    case ReadingNoteKind::kPartOf:
      return fmt::format(" (a part of claim '{}', «{}»: a part is at most its whole)", n.claim,
                         n.whole_value);
    case ReadingNoteKind::kPartOfOtherUnit:
      return fmt::format(
          " (a part of claim '{}', not compared: this figure is in {}, that one in {})", n.claim,
          n.unit, n.other_unit);
  }
  return "";
}

}  // namespace
}  // namespace crosscheck::report

fmt::format_context::iterator fmt::formatter<crosscheck::ClaimReading>::format(
    const crosscheck::ClaimReading& reading, fmt::format_context& ctx) const {
  auto out = fmt::format_to(ctx.out(), "{}", crosscheck::report::ValueWords(reading));
  for (const auto& note : reading.notes) out = fmt::format_to(out, "{}", note);
  return out;
}

fmt::format_context::iterator fmt::formatter<crosscheck::ReadingNote>::format(
    const crosscheck::ReadingNote& note, fmt::format_context& ctx) const {
  return fmt::format_to(ctx.out(), "{}", crosscheck::report::NoteWords(note));
}
