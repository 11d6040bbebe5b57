#include "encode/claim_view.h"

#include "common/strings.h"
#include "model/claim_reading.h"

namespace crosscheck::encode {

FindingClaim ClaimView(const Claim& c, const Property& p, const Article* a,
                       const Catalogue& catalogue, PrecisionMode precision) {
  FindingClaim v;
  v.id = c.id;
  v.article = a ? a->id : "";
  v.quote = c.quote;
  v.value = c.value_text;
  v.when = c.when_text;
  v.subject = Join(c.subjects, " + ");
  v.property = c.property;
  v.reading = ReadingOf(c.value, p, catalogue, precision);
  v.attribution = c.attribution;
  v.confidence = c.confidence;
  v.expect = c.expect;
  v.file = c.pos.file;
  v.line = c.pos.line;
  v.column = c.pos.column;
  if (c.span) {
    v.has_span = true;
    v.span_begin = c.span->begin;
    v.span_end = c.span->end;
  }
  return v;
}

void SetInterval(FindingClaim& v, const Interval& range, const std::string& unit) {
  v.low = range.low.value ? ToDecimalString(*range.low.value) : "";
  v.high = range.high.value ? ToDecimalString(*range.high.value) : "";
  v.low_open = range.low.open;
  v.high_open = range.high.open;
  v.unit = unit;
}

}  // namespace crosscheck::encode
