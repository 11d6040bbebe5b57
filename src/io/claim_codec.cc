#include "io/claim_codec.h"

#include "io/binary_stream.h"

namespace crosscheck::io {
namespace {

// Write and Read below mirror each other field by field, in the order the model declares them;
// a field added to the model must be added to both (the cache round-trip tests compare whole
// reports, so a forgotten field fails them).

class Encoder {
 public:
  Encoder(const std::string& path, std::string& out) : path_(path), w_(out) {}

  // One claim or one rate alone, for cache keys (io/content_key.h).
  void WriteClaim(const Claim& c) { Write(c); }
  void WriteRate(const ExchangeRate& r) { Write(r); }
  void WriteValue(const Value& v) { Write(v); }

  void Write(const ClaimFileResult& r) {
    w_.Bool(r.file.has_value());
    if (r.file) Write(*r.file);
    w_.Unsigned(r.rates.size());
    for (const auto& rate : r.rates) Write(rate);
    w_.Unsigned(r.diags.items().size());
    for (const auto& d : r.diags.items()) Write(d);
    w_.Bool(r.article_named.has_value());
    if (r.article_named) w_.String(*r.article_named);
  }

 private:
  void Write(const SourcePos& p) {
    // 0: the file itself; 1: another file, named.
    bool here = p.file == path_;
    w_.Bool(!here);
    if (!here) w_.String(p.file);
    w_.Signed(p.line);
    w_.Signed(p.column);
  }
  void Write(const Diagnostic& d) {
    w_.Enum(d.severity);
    Write(d.pos);
    w_.String(d.message);
    w_.String(d.claim_id);
  }
  void Write(const ExchangeRate& r) {
    w_.String(r.from);
    w_.String(r.to);
    w_.Signed(r.period.from);
    w_.Signed(r.period.to);
    w_.Rational(r.low);
    w_.Rational(r.high);
    w_.String(r.source);
    Write(r.pos);
  }
  void Write(const ClaimFile& f) {
    w_.String(f.path);
    w_.String(f.article);
    w_.Bool(f.reference);
    w_.Unsigned(f.claims.size());
    for (const auto& c : f.claims) Write(c);
  }
  void Write(const Claim& c) {
    w_.String(c.id);
    w_.String(c.article);
    w_.Unsigned(c.subjects.size());
    for (const auto& s : c.subjects) w_.String(s);
    w_.String(c.property);
    w_.String(c.value_text);
    Write(c.value);
    w_.String(c.when_text);
    w_.Bool(c.when.has_value());
    if (c.when) Write(*c.when);
    w_.String(c.relative_to);
    Write(c.relative_to_pos);
    w_.Unsigned(c.between.size());
    for (const auto& id : c.between) w_.String(id);
    Write(c.between_pos);
    w_.String(c.of);
    Write(c.of_pos);
    w_.String(c.quote);
    w_.Bool(c.span.has_value());
    if (c.span) {
      w_.Unsigned(c.span->begin);
      w_.Unsigned(c.span->end);
    }
    w_.Enum(c.attribution.kind);
    w_.String(c.attribution.source);
    w_.String(c.attribution.url);
    w_.Enum(c.confidence.level);
    w_.Unsigned(c.confidence.reasons.size());
    for (const auto& reason : c.confidence.reasons) w_.String(reason);
    w_.String(c.note);
    w_.Enum(c.expect);
    Write(c.pos);
    Write(c.value_pos);
  }
  void Write(const Value& v) {
    w_.Unsigned(v.index());
    std::visit([this](const auto& alt) { Write(alt); }, v);
  }
  void Write(const NumberLiteral& n) {
    w_.String(n.text);
    w_.Rational(n.value);
    w_.Rational(n.last_digit);
  }
  void Write(const QuantityValue& q) {
    w_.Enum(q.hedge);
    w_.String(q.hedge_words);
    Write(q.number);
    w_.Bool(q.range_high.has_value());
    if (q.range_high) Write(*q.range_high);
    w_.Rational(q.vague_low);
    w_.Rational(q.vague_high);
    w_.Rational(q.scale);
    w_.String(q.scale_word);
    w_.String(q.unit);
    w_.String(q.unit_words);
    w_.Enum(q.per);
  }
  void Write(const std::optional<int>& i) {
    w_.Bool(i.has_value());
    if (i) w_.Signed(*i);
  }
  void Write(const CalendarDate& d) {
    Write(d.year);
    Write(d.month);
    Write(d.day);
    Write(d.weekday);
    w_.Enum(d.part);
  }
  void Write(const RelativeDate& d) {
    w_.Enum(d.kind);
    w_.Signed(d.weekday);
    Write(d.count);
  }
  void Write(const DateExpr& e) {
    w_.Unsigned(e.index());
    std::visit([this](const auto& alt) { Write(alt); }, e);
  }
  void Write(const DateValue& d) {
    w_.Enum(d.bound);
    Write(d.from);
    w_.Bool(d.to.has_value());
    if (d.to) Write(*d.to);
  }
  void Write(const Bound& b) {
    w_.Bool(b.value.has_value());
    if (b.value) w_.Rational(*b.value);
    w_.Bool(b.open);
  }
  void Write(const Interval& i) {
    Write(i.low);
    Write(i.high);
  }
  void Write(const AgeValue& a) { Write(a.years); }
  void Write(const DurationValue& d) {
    Write(d.amount);
    w_.Enum(d.unit);
  }
  void Write(const AnchoredDate& d) {
    w_.Enum(d.grain);
    Write(d.offset);
  }
  void Write(const CategoryValue& c) { w_.String(c.node); }
  void Write(const EntityValue& e) { w_.String(e.entity); }

  const std::string& path_;
  BinaryWriter w_;
};

class Decoder {
 public:
  Decoder(const std::string& path, std::string_view in) : path_(path), r_(in) {}

  std::optional<ClaimFileResult> Read() {
    ClaimFileResult result;
    if (r_.Bool()) result.file = ReadClaimFile();
    for (size_t i = 0, n = r_.Count(); i < n && r_.ok(); ++i) result.rates.push_back(ReadRate());
    for (size_t i = 0, n = r_.Count(); i < n && r_.ok(); ++i) result.diags.Add(ReadDiagnostic());
    if (r_.Bool()) result.article_named = r_.String();
    if (!r_.ok() || !r_.AtEnd()) return std::nullopt;
    return result;
  }
  std::optional<Value> ReadOneValue() {
    Value v = ReadValue();
    if (!r_.ok() || !r_.AtEnd()) return std::nullopt;
    return v;
  }

 private:
  SourcePos ReadPos() {
    SourcePos p;
    p.file = r_.Bool() ? r_.String() : path_;
    p.line = static_cast<int>(r_.Signed());
    p.column = static_cast<int>(r_.Signed());
    return p;
  }
  Diagnostic ReadDiagnostic() {
    Diagnostic d;
    d.severity = r_.Enum(Severity::kNote);
    d.pos = ReadPos();
    d.message = r_.String();
    d.claim_id = r_.String();
    return d;
  }
  ExchangeRate ReadRate() {
    ExchangeRate r;
    r.from = r_.String();
    r.to = r_.String();
    r.period.from = static_cast<DayNumber>(r_.Signed());
    r.period.to = static_cast<DayNumber>(r_.Signed());
    r.low = r_.Rational();
    r.high = r_.Rational();
    r.source = r_.String();
    r.pos = ReadPos();
    return r;
  }
  ClaimFile ReadClaimFile() {
    ClaimFile f;
    f.path = r_.String();
    f.article = r_.String();
    f.reference = r_.Bool();
    size_t n = r_.Count();
    f.claims.reserve(n);
    for (size_t i = 0; i < n && r_.ok(); ++i) f.claims.push_back(ReadClaim());
    return f;
  }
  Claim ReadClaim() {
    Claim c;
    c.id = r_.String();
    c.article = r_.String();
    for (size_t i = 0, n = r_.Count(); i < n && r_.ok(); ++i) c.subjects.push_back(r_.String());
    c.property = r_.String();
    c.value_text = r_.String();
    c.value = ReadValue();
    c.when_text = r_.String();
    if (r_.Bool()) c.when = ReadDateValue();
    c.relative_to = r_.String();
    c.relative_to_pos = ReadPos();
    for (size_t i = 0, n = r_.Count(); i < n && r_.ok(); ++i) c.between.push_back(r_.String());
    c.between_pos = ReadPos();
    c.of = r_.String();
    c.of_pos = ReadPos();
    c.quote = r_.String();
    if (r_.Bool()) {
      TextSpan span;
      span.begin = r_.Unsigned();
      span.end = r_.Unsigned();
      c.span = span;
    }
    c.attribution.kind = r_.Enum(AttributionKind::kReference);
    c.attribution.source = r_.String();
    c.attribution.url = r_.String();
    c.confidence.level = r_.Enum(ConfidenceLevel::kLow);
    for (size_t i = 0, n = r_.Count(); i < n && r_.ok(); ++i) {
      c.confidence.reasons.push_back(r_.String());
    }
    c.note = r_.String();
    c.expect = r_.Enum(Expectation::kConsistent);
    c.pos = ReadPos();
    c.value_pos = ReadPos();
    return c;
  }
  Value ReadValue() {
    switch (r_.Unsigned()) {
      case 0:
        return ReadQuantity();
      case 1:
        return ReadDateValue();
      case 2:
        return AgeValue{ReadInterval()};
      case 3: {
        DurationValue d;
        d.amount = ReadInterval();
        d.unit = r_.Enum(TimeUnit::kSecond);
        return d;
      }
      case 4:
        return CategoryValue{r_.String()};
      case 5:
        return EntityValue{r_.String()};
      case 6: {
        AnchoredDate d;
        d.grain = r_.Enum(AnchorGrain::kYear);
        d.offset = ReadInterval();
        return d;
      }
      default:
        r_.Fail();
        return {};
    }
  }
  NumberLiteral ReadNumber() {
    NumberLiteral n;
    n.text = r_.String();
    n.value = r_.Rational();
    n.last_digit = r_.Rational();
    return n;
  }
  QuantityValue ReadQuantity() {
    QuantityValue q;
    q.hedge = r_.Enum(Hedge::kVague);
    q.hedge_words = r_.String();
    q.number = ReadNumber();
    if (r_.Bool()) q.range_high = ReadNumber();
    q.vague_low = r_.Rational();
    q.vague_high = r_.Rational();
    q.scale = r_.Rational();
    q.scale_word = r_.String();
    q.unit = r_.String();
    q.unit_words = r_.String();
    q.per = r_.Enum(RatePeriod::kYear);
    return q;
  }
  std::optional<int> ReadOptionalInt() {
    if (!r_.Bool()) return std::nullopt;
    return static_cast<int>(r_.Signed());
  }
  DateExpr ReadDateExpr() {
    uint64_t kind = r_.Unsigned();
    if (kind == 0) {
      CalendarDate d;
      d.year = ReadOptionalInt();
      d.month = ReadOptionalInt();
      d.day = ReadOptionalInt();
      d.weekday = ReadOptionalInt();
      d.part = r_.Enum(DatePart::kLate);
      return d;
    }
    if (kind != 1) r_.Fail();
    RelativeDate d;
    d.kind = r_.Enum(RelativeKind::kComingMonths);  // the last kind
    d.weekday = static_cast<int>(r_.Signed());
    d.count = ReadInterval();
    return d;
  }
  DateValue ReadDateValue() {
    DateValue d;
    d.bound = r_.Enum(DateBound::kSince);
    d.from = ReadDateExpr();
    if (r_.Bool()) d.to = ReadDateExpr();
    return d;
  }
  Bound ReadBound() {
    Bound b;
    if (r_.Bool()) b.value = r_.Rational();
    b.open = r_.Bool();
    return b;
  }
  Interval ReadInterval() {
    Interval i;
    i.low = ReadBound();
    i.high = ReadBound();
    return i;
  }

  const std::string& path_;
  BinaryReader r_;
};

}  // namespace

void EncodeClaimFileResult(const ClaimFileResult& result, const std::string& display_path,
                           std::string& out) {
  Encoder(display_path, out).Write(result);
}

void EncodeClaim(const Claim& claim, std::string& out) {
  static const std::string kNoFile;  // positions then always name their file
  Encoder(kNoFile, out).WriteClaim(claim);
}

void EncodeExchangeRate(const ExchangeRate& rate, std::string& out) {
  static const std::string kNoFile;
  Encoder(kNoFile, out).WriteRate(rate);
}

std::string EncodeValue(const Value& value) {
  static const std::string kNoFile;
  std::string out;
  Encoder(kNoFile, out).WriteValue(value);
  return out;
}

std::optional<Value> DecodeValue(std::string_view bytes) {
  static const std::string kNoFile;
  return Decoder(kNoFile, bytes).ReadOneValue();
}

std::optional<ClaimFileResult> DecodeClaimFileResult(std::string_view bytes,
                                                     const std::string& display_path) {
  return Decoder(display_path, bytes).Read();
}

}  // namespace crosscheck::io
