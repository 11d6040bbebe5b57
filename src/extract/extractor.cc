#include "extract/extractor.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "extract/candidates.h"
#include "extract/folded_text.h"
#include "extract/scan.h"
#include "extract/trigger_words.h"

namespace crosscheck::extract {

std::string_view KindName(Mention::Kind kind) {
  switch (kind) {
    case Mention::kNumber:
      return "number";
    case Mention::kPercent:
      return "percent";
    case Mention::kCurrency:
      return "currency";
    case Mention::kDate:
      return "date";
    case Mention::kDuration:
      return "duration";
    case Mention::kAge:
      return "age";
    case Mention::kCategory:
      return "category";
  }
  return "?";
}

namespace detail {

Mention MakeMention(const FoldedText& text, Mention::Kind kind, size_t begin, size_t value_begin,
                    size_t end) {
  Mention m;
  m.kind = kind;
  m.begin = text.Original(begin);
  m.value_begin = text.Original(value_begin);
  m.end = text.Original(end);
  m.text = std::string(text.original().substr(m.begin, m.end - m.begin));
  return m;
}

std::string FormatDecimal(const Rational& value) {
  if (value.get_den() == 1) {  // most figures, without division
    // and most fit a machine word, printed without GMP's allocations.
    if (mpz_fits_slong_p(value.get_num_mpz_t()))
      return std::to_string(mpz_get_si(value.get_num_mpz_t()));
    return value.get_num().get_str();
  }
  std::string exact = ToDecimalString(value);
  if (exact.find('/') == std::string::npos) return exact;
  return ToDisplayString(value, 15);
}

size_t TrimmedPos(const parse::Cursor& c) {
  size_t p = c.pos();
  // "on Monday, the company said": a reader that looked past the comma for "March 9" leaves it
  // outside the span.
  while (p > 0 && (c.text()[p - 1] == ' ' || c.text()[p - 1] == ',')) --p;
  return p;
}

}  // namespace detail

std::vector<Mention> Extract(std::string_view text, parse::Language lang) {
  FoldedText folded(text);
  std::vector<detail::Start> starts;
  detail::FindStarts(folded, &starts);
  // Each family resumes after its last mention; both read the same starts in one pass.
  std::vector<Mention> out, times;
  size_t quantity_next = 0, time_next = 0, figure_begin = 0, figure_end = 0;
  for (const detail::Start& st : starts) {
    if ((st.flags & detail::kQuantity) && st.pos >= quantity_next) {
      size_t found = out.size();
      quantity_next = std::max(detail::QuantityAt(folded, st.pos, lang, &out), st.pos + 1);
      if (out.size() > found) figure_begin = st.pos, figure_end = quantity_next;
    }
    // Nothing of time starts inside a figure ("000" of "1 000 000"), and trying there again
    // and again would make long runs of figures quadratic.
    bool inside_figure = st.pos > figure_begin && st.pos < figure_end;
    if ((st.flags & (detail::kDate | detail::kSpan)) && st.pos >= time_next && !inside_figure) {
      time_next = std::max(detail::TimeAt(folded, st.pos, st.flags, lang, &times), st.pos + 1);
    }
  }
  out.insert(out.end(), std::make_move_iterator(times.begin()),
             std::make_move_iterator(times.end()));
  // Sorted through indices: a Mention holds four strings, and moving them through a merge sort
  // cost as much as finding them.
  std::vector<uint32_t> order(out.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Mention &x = out[a], &y = out[b];
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  std::vector<Mention> sorted;
  sorted.reserve(out.size());
  for (uint32_t i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

}  // namespace crosscheck::extract
