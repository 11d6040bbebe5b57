#include "app/result_codec.h"

#include "io/binary_stream.h"
#include "io/claim_codec.h"

namespace crosscheck::app {
namespace {

using io::BinaryReader;
using io::BinaryWriter;

// Raise when the layout below changes: older entries and shard results are then refused.
// 7: findings carry the facts their words are made from (report/finding_text.h), not the words;
// 8: articles carry their title and url; 9: a contradiction's laws are data (model/law.h);
// 10: a claim's reading is data (model/claim_reading.h); 11: a date claim's days say whether
// they are derived from the publication day (FindingClaim::days_source); 12: a gap measures a
// figure dispute too (Gap::scale, distance, width, unit), and a shard's frame carries the rates
// never compared (CheckFrame::uncompared_rates); 13: findings carry their entities' Wikidata
// items, claims their source's url.
constexpr uint64_t kFormatVersion = 14;
constexpr std::string_view kShardMagic = "crosscheck shard\n";

void Write(BinaryWriter& w, const ClaimMention& m) {
  w.String(m.id);
  w.String(m.value);
  w.String(m.when);
}
void Read(BinaryReader& r, ClaimMention& m) {
  for (std::string* s : {&m.id, &m.value, &m.when}) *s = r.String();
}
void Write(BinaryWriter& w, const UncomparedRates& g) {
  w.String(g.subject);
  w.String(g.property);
  for (const auto* list : {&g.with_period, &g.without_period}) {
    w.Unsigned(list->size());
    for (const auto& m : *list) Write(w, m);
  }
}
void Read(BinaryReader& r, UncomparedRates& g) {
  g.subject = r.String();
  g.property = r.String();
  for (auto* list : {&g.with_period, &g.without_period}) {
    list->resize(r.Count());
    for (auto& m : *list) Read(r, m);
  }
}

void Write(BinaryWriter& w, const SourcePos& p) {
  w.String(p.file);
  w.Signed(p.line);
  w.Signed(p.column);
}
void Read(BinaryReader& r, SourcePos& p) {
  p.file = r.String();
  p.line = static_cast<int>(r.Signed());
  p.column = static_cast<int>(r.Signed());
}

void Write(BinaryWriter& w, const Diagnostic& d) {
  w.Enum(d.severity);
  Write(w, d.pos);
  w.String(d.message);
  w.String(d.claim_id);
}
void Read(BinaryReader& r, Diagnostic& d) {
  d.severity = r.Enum(Severity::kNote);
  Read(r, d.pos);
  d.message = r.String();
  d.claim_id = r.String();
}

void Write(BinaryWriter& w, const std::vector<std::string>& list) {
  w.Unsigned(list.size());
  for (const auto& s : list) w.String(s);
}
void Read(BinaryReader& r, std::vector<std::string>& list) {
  list.resize(r.Count());
  for (auto& s : list) s = r.String();
}

void Write(BinaryWriter& w, const DayInterval& days) {
  w.Signed(days.from);
  w.Signed(days.to);
}
void Read(BinaryReader& r, DayInterval& days) {
  days.from = static_cast<DayNumber>(r.Signed());
  days.to = static_cast<DayNumber>(r.Signed());
}

void Write(BinaryWriter& w, const ReadingNote& n) {
  w.Enum(n.kind);
  for (const std::string* s : {&n.claim, &n.other_claim, &n.whole_value, &n.unit, &n.other_unit}) {
    w.String(*s);
  }
  w.Bool(n.days.has_value());
  if (n.days) Write(w, *n.days);
  w.Rational(n.rate_low);
  w.Rational(n.rate_high);
  w.Unsigned(n.rate_periods.size());
  for (const auto& p : n.rate_periods) Write(w, p);
  Write(w, n.rate_sources);
}
void Read(BinaryReader& r, ReadingNote& n) {
  n.kind = r.Enum(ReadingNoteKind::kPartOfOtherUnit);
  for (std::string* s : {&n.claim, &n.other_claim, &n.whole_value, &n.unit, &n.other_unit}) {
    *s = r.String();
  }
  n.days.reset();
  if (r.Bool()) Read(r, n.days.emplace());
  n.rate_low = r.Rational();
  n.rate_high = r.Rational();
  n.rate_periods.resize(r.Count());
  for (auto& p : n.rate_periods) Read(r, p);
  Read(r, n.rate_sources);
}

void Write(BinaryWriter& w, const ClaimReading& reading) {
  w.String(io::EncodeValue(reading.value));
  w.Enum(reading.mode);
  w.Bool(reading.integral);
  for (const std::string* s : {&reading.unit_id, &reading.base_unit, &reading.taxonomy}) {
    w.String(*s);
  }
  w.Rational(reading.unit_factor);
  Write(w, reading.leaves);
  w.Unsigned(reading.notes.size());
  for (const auto& n : reading.notes) Write(w, n);
}
void Read(BinaryReader& r, ClaimReading& reading) {
  std::optional<Value> value = io::DecodeValue(r.String());
  if (value) {
    reading.value = std::move(*value);
  } else {
    r.Fail();
  }
  reading.mode = r.Enum(PrecisionMode::kLenient);
  reading.integral = r.Bool();
  for (std::string* s : {&reading.unit_id, &reading.base_unit, &reading.taxonomy}) {
    *s = r.String();
  }
  reading.unit_factor = r.Rational();
  Read(r, reading.leaves);
  reading.notes.resize(r.Count());
  for (auto& n : reading.notes) Read(r, n);
}

void Write(BinaryWriter& w, const FindingClaim& c) {
  for (const std::string* s :
       {&c.id, &c.article, &c.quote, &c.value, &c.when, &c.subject, &c.property, &c.low, &c.high,
        &c.unit, &c.attribution.source, &c.attribution.url, &c.file}) {
    w.String(*s);
  }
  Write(w, c.reading);
  w.Bool(c.low_open);
  w.Bool(c.high_open);
  w.Enum(c.attribution.kind);
  w.Enum(c.confidence.level);
  w.Enum(c.expect);
  w.Enum(c.scale);
  w.Bool(c.days.has_value());
  if (c.days) {
    w.Signed(c.days->from);
    w.Signed(c.days->to);
  }
  w.Enum(c.days_source);
  Write(w, c.confidence.reasons);
  w.Signed(c.line);
  w.Signed(c.column);
  w.Bool(c.has_span);
  w.Unsigned(c.span_begin);
  w.Unsigned(c.span_end);
}
void Read(BinaryReader& r, FindingClaim& c) {
  for (std::string* s :
       {&c.id, &c.article, &c.quote, &c.value, &c.when, &c.subject, &c.property, &c.low, &c.high,
        &c.unit, &c.attribution.source, &c.attribution.url, &c.file}) {
    *s = r.String();
  }
  Read(r, c.reading);
  c.low_open = r.Bool();
  c.high_open = r.Bool();
  c.attribution.kind = r.Enum(AttributionKind::kReference);
  c.confidence.level = r.Enum(ConfidenceLevel::kLow);
  c.expect = r.Enum(Expectation::kConsistent);
  c.scale = r.Enum(IntervalScale::kDurationDays);
  if (r.Bool()) {
    DayInterval days;
    days.from = static_cast<DayNumber>(r.Signed());
    days.to = static_cast<DayNumber>(r.Signed());
    c.days = days;
  }
  c.days_source = r.Enum(DaysSource::kInferredPublication);
  Read(r, c.confidence.reasons);
  c.line = static_cast<int>(r.Signed());
  c.column = static_cast<int>(r.Signed());
  c.has_span = r.Bool();
  c.span_begin = r.Unsigned();
  c.span_end = r.Unsigned();
}

void Write(BinaryWriter& w, const std::vector<std::vector<std::string>>& lists) {
  w.Unsigned(lists.size());
  for (const auto& l : lists) Write(w, l);
}
void Read(BinaryReader& r, std::vector<std::vector<std::string>>& lists) {
  lists.resize(r.Count());
  for (auto& l : lists) Read(r, l);
}

void Write(BinaryWriter& w, const std::optional<DayNumber>& day) {
  w.Bool(day.has_value());
  if (day) w.Signed(*day);
}
void Read(BinaryReader& r, std::optional<DayNumber>& day) {
  day.reset();
  if (r.Bool()) day = static_cast<DayNumber>(r.Signed());
}

void Write(BinaryWriter& w, const Law& law) {
  w.Enum(law.kind);
  for (const std::string* s : {&law.property, &law.subject, &law.other_property, &law.other_subject,
                               &law.via_property, &law.via_node, &law.taxonomy}) {
    w.String(*s);
  }
  Write(w, law.parts);
  w.Signed(law.days.from);
  w.Signed(law.days.to);
}
void Read(BinaryReader& r, Law& law) {
  law.kind = r.Enum(LawKind::kPartsDoNotOverlap);
  for (std::string* s : {&law.property, &law.subject, &law.other_property, &law.other_subject,
                         &law.via_property, &law.via_node, &law.taxonomy}) {
    *s = r.String();
  }
  Read(r, law.parts);
  law.days.from = static_cast<DayNumber>(r.Signed());
  law.days.to = static_cast<DayNumber>(r.Signed());
}

void Write(BinaryWriter& w, const Finding& f) {
  for (const std::string* s : {&f.id, &f.subject, &f.property}) w.String(*s);
  w.Enum(f.holds_in);
  w.Enum(f.kind);
  w.Bool(f.review_of.has_value());
  if (f.review_of) w.Enum(*f.review_of);
  w.Enum(f.severity);
  w.Unsigned(f.claims.size());
  for (const auto& c : f.claims) Write(w, c);
  Write(w, f.minimal_sets);
  Write(w, f.camps);
  Write(w, f.retract);
  Write(w, f.equally_cheap);
  w.Bool(f.window.has_value());
  if (f.window) {
    w.Signed(f.window->first);
    w.Signed(f.window->last);
  }
  w.Bool(f.gap.has_value());
  if (f.gap) {
    w.Enum(f.gap->scale);
    w.Signed(f.gap->days);
    w.Signed(f.gap->vaguest_claim_days);
    w.Rational(f.gap->distance);
    w.Rational(f.gap->vaguest_claim_width);
    w.String(f.gap->unit);
    w.String(f.gap->vaguest_claim);
  }
  for (const auto* map : {&f.names, &f.wikidata}) {
    w.Unsigned(map->size());
    for (const auto& [id, value] : *map) {
      w.String(id);
      w.String(value);
    }
  }
  w.Bool(f.single_fact);
  w.Unsigned(f.laws.size());
  for (const auto& law : f.laws) Write(w, law);
  w.Bool(f.taxonomy_clash.has_value());
  if (f.taxonomy_clash) {
    w.String(f.taxonomy_clash->taxonomy);
    w.String(f.taxonomy_clash->property);
    w.Bool(f.taxonomy_clash->single_valued);
  }
  w.Unsigned(f.listing_capped_at);
  w.Bool(f.after_retractions);
  w.Signed(f.narrowest_claim_days);
  Write(w, f.published_metadata.from);
  Write(w, f.published_metadata.to);
  w.Unsigned(f.own_claims);
  w.Bool(f.undecided.has_value());
  if (f.undecided) w.Enum(*f.undecided);
}
void Read(BinaryReader& r, Finding& f) {
  for (std::string* s : {&f.id, &f.subject, &f.property}) *s = r.String();
  f.holds_in = r.Enum(PrecisionHold::kStrictRun);
  f.kind = r.Enum(FindingKind::kToReview);
  if (r.Bool()) f.review_of = r.Enum(FindingKind::kToReview);
  f.severity = r.Enum(FindingSeverity::kLow);
  f.claims.resize(r.Count());
  for (auto& c : f.claims) Read(r, c);
  Read(r, f.minimal_sets);
  Read(r, f.camps);
  Read(r, f.retract);
  Read(r, f.equally_cheap);
  if (r.Bool()) {
    Window window;
    window.first = static_cast<DayNumber>(r.Signed());
    window.last = static_cast<DayNumber>(r.Signed());
    f.window = window;
  }
  if (r.Bool()) {
    Gap gap;
    gap.scale = r.Enum(IntervalScale::kDurationDays);
    gap.days = r.Signed();
    gap.vaguest_claim_days = r.Signed();
    gap.distance = r.Rational();
    gap.vaguest_claim_width = r.Rational();
    gap.unit = r.String();
    gap.vaguest_claim = r.String();
    f.gap = std::move(gap);
  }
  for (auto* map : {&f.names, &f.wikidata}) {
    map->clear();
    for (size_t n = r.Count(); n > 0; --n) {
      std::string id = r.String();
      (*map)[id] = r.String();
    }
  }

  f.single_fact = r.Bool();
  f.laws.resize(r.Count());
  for (auto& law : f.laws) Read(r, law);
  if (r.Bool()) {
    TaxonomyClash clash;
    clash.taxonomy = r.String();
    clash.property = r.String();
    clash.single_valued = r.Bool();
    f.taxonomy_clash = std::move(clash);
  }
  f.listing_capped_at = static_cast<unsigned>(r.Unsigned());
  f.after_retractions = r.Bool();
  f.narrowest_claim_days = r.Signed();
  Read(r, f.published_metadata.from);
  Read(r, f.published_metadata.to);
  f.own_claims = r.Unsigned();
  if (r.Bool()) f.undecided = r.Enum(UndecidedStep::kCorrection);
}

void Write(BinaryWriter& w, const PieceOutcome& p) {
  w.Unsigned(p.findings.size());
  for (const auto& f : p.findings) Write(w, f);
  w.Unsigned(p.views.size());
  for (const auto& [i, v] : p.views) {
    w.Signed(i);
    Write(w, v);
  }
  w.Unsigned(p.diagnostics.size());
  for (const auto& [i, d] : p.diagnostics) {
    w.Signed(i);
    Write(w, d);
  }
  w.Unsigned(p.components);
  w.Unsigned(p.claims);
  w.Unsigned(p.encoded);
}
void Read(BinaryReader& r, PieceOutcome& p) {
  p.findings.resize(r.Count());
  for (auto& f : p.findings) Read(r, f);
  p.views.resize(r.Count());
  for (auto& [i, v] : p.views) {
    i = static_cast<int>(r.Signed());
    Read(r, v);
  }
  p.diagnostics.resize(r.Count());
  for (auto& [i, d] : p.diagnostics) {
    i = static_cast<int>(r.Signed());
    Read(r, d);
  }
  p.components = r.Unsigned();
  p.claims = r.Unsigned();
  p.encoded = r.Unsigned();
}

void Write(BinaryWriter& w, const ArticleInfo& a) {
  for (const std::string* s : {&a.id, &a.file, &a.outlet, &a.language, &a.text, &a.title, &a.url}) {
    w.String(*s);
  }
  Write(w, a.published.from);
  Write(w, a.published.to);
  Write(w, a.authors);
}
void Read(BinaryReader& r, ArticleInfo& a) {
  for (std::string* s : {&a.id, &a.file, &a.outlet, &a.language, &a.text, &a.title, &a.url}) {
    *s = r.String();
  }
  Read(r, a.published.from);
  Read(r, a.published.to);
  Read(r, a.authors);
}

}  // namespace

std::string EncodePiece(const PieceOutcome& piece) {
  std::string out;
  BinaryWriter w(out);
  w.Unsigned(kFormatVersion);
  Write(w, piece);
  return out;
}

std::optional<PieceOutcome> DecodePiece(std::string_view bytes) {
  BinaryReader r(bytes);
  if (r.Unsigned() != kFormatVersion) return std::nullopt;
  PieceOutcome piece;
  Read(r, piece);
  if (!r.ok() || !r.AtEnd()) return std::nullopt;
  return piece;
}

std::string EncodeShard(const ShardResult& shard) {
  std::string out(kShardMagic);
  BinaryWriter w(out);
  w.Unsigned(kFormatVersion);
  w.Signed(shard.index);
  w.Signed(shard.count);
  w.Unsigned(shard.frame.articles.size());
  for (const auto& a : shard.frame.articles) Write(w, a);
  w.Unsigned(shard.frame.input.items().size());
  for (const auto& d : shard.frame.input.items()) Write(w, d);
  Write(w, shard.frame.claim_files);
  w.Unsigned(shard.frame.loaded_claims);
  w.Unsigned(shard.frame.uncompared_rates.size());
  for (const auto& g : shard.frame.uncompared_rates) Write(w, g);
  w.Unsigned(shard.pieces.size());
  for (const auto& p : shard.pieces) Write(w, p);
  return out;
}

Result<ShardResult> DecodeShard(std::string_view bytes) {
  if (bytes.substr(0, kShardMagic.size()) != kShardMagic) {
    return Error{"not a crosscheck shard result"};
  }
  BinaryReader r(bytes.substr(kShardMagic.size()));
  if (r.Unsigned() != kFormatVersion)
    return Error{"a shard result from another version of crosscheck"};
  ShardResult s;
  s.index = static_cast<int>(r.Signed());
  s.count = static_cast<int>(r.Signed());
  s.frame.articles.resize(r.Count());
  for (auto& a : s.frame.articles) Read(r, a);
  size_t diagnostics = r.Count();
  for (size_t i = 0; i < diagnostics && r.ok(); ++i) {
    Diagnostic d;
    Read(r, d);
    s.frame.input.Add(std::move(d));
  }
  Read(r, s.frame.claim_files);
  s.frame.loaded_claims = r.Unsigned();
  s.frame.uncompared_rates.resize(r.Count());
  for (auto& g : s.frame.uncompared_rates) Read(r, g);
  s.pieces.resize(r.Count());
  for (auto& p : s.pieces) Read(r, p);
  if (!r.ok() || !r.AtEnd() || s.count < 1 || s.index < 1 || s.index > s.count) {
    return Error{"a truncated or corrupt shard result"};
  }
  return s;
}

}  // namespace crosscheck::app
