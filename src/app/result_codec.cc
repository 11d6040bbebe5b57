#include "app/result_codec.h"

#include <nlohmann/json.hpp>

namespace crosscheck {

// Field names are short: a cache of a million claims holds a million views.
void to_json(nlohmann::json& j, const SourcePos& p) { j = {p.file, p.line, p.column}; }
void from_json(const nlohmann::json& j, SourcePos& p) {
  j.at(0).get_to(p.file);
  j.at(1).get_to(p.line);
  j.at(2).get_to(p.column);
}

void to_json(nlohmann::json& j, const Diagnostic& d) {
  j = {static_cast<int>(d.severity), d.pos, d.message, d.claim_id};
}
void from_json(const nlohmann::json& j, Diagnostic& d) {
  d.severity = static_cast<Severity>(j.at(0).get<int>());
  j.at(1).get_to(d.pos);
  j.at(2).get_to(d.message);
  j.at(3).get_to(d.claim_id);
}

void to_json(nlohmann::json& j, const FindingClaim& c) {
  j = {c.id,
       c.article,
       c.quote,
       c.value,
       c.when,
       c.subject,
       c.property,
       c.reading,
       c.low,
       c.high,
       c.unit,
       c.low_open,
       c.high_open,
       static_cast<int>(c.attribution.kind),
       c.attribution.source,
       c.expect,
       c.file,
       c.line,
       c.column,
       c.span_begin,
       c.span_end,
       c.has_span};
}
void from_json(const nlohmann::json& j, FindingClaim& c) {
  size_t k = 0;
  auto next = [&]() -> const nlohmann::json& { return j.at(k++); };
  next().get_to(c.id);
  next().get_to(c.article);
  next().get_to(c.quote);
  next().get_to(c.value);
  next().get_to(c.when);
  next().get_to(c.subject);
  next().get_to(c.property);
  next().get_to(c.reading);
  next().get_to(c.low);
  next().get_to(c.high);
  next().get_to(c.unit);
  next().get_to(c.low_open);
  next().get_to(c.high_open);
  c.attribution.kind = static_cast<AttributionKind>(next().get<int>());
  next().get_to(c.attribution.source);
  next().get_to(c.expect);
  next().get_to(c.file);
  next().get_to(c.line);
  next().get_to(c.column);
  next().get_to(c.span_begin);
  next().get_to(c.span_end);
  next().get_to(c.has_span);
}

void to_json(nlohmann::json& j, const Finding& f) {
  j = {{"id", f.id},
       {"kind", static_cast<int>(f.kind)},
       {"severity", static_cast<int>(f.severity)},
       {"subject", f.subject},
       {"property", f.property},
       {"summary", f.summary},
       {"explanation", f.explanation},
       {"claims", f.claims},
       {"sets", f.minimal_sets},
       {"camps", f.camps},
       {"retract", f.retract},
       {"holds_in", f.holds_in}};
  if (f.window) j["window"] = {f.window->low, f.window->high, f.window->unit};
}
void from_json(const nlohmann::json& j, Finding& f) {
  j.at("id").get_to(f.id);
  f.kind = static_cast<FindingKind>(j.at("kind").get<int>());
  f.severity = static_cast<FindingSeverity>(j.at("severity").get<int>());
  j.at("subject").get_to(f.subject);
  j.at("property").get_to(f.property);
  j.at("summary").get_to(f.summary);
  j.at("explanation").get_to(f.explanation);
  j.at("claims").get_to(f.claims);
  j.at("sets").get_to(f.minimal_sets);
  j.at("camps").get_to(f.camps);
  j.at("retract").get_to(f.retract);
  j.at("holds_in").get_to(f.holds_in);
  if (j.contains("window")) {
    const auto& w = j.at("window");
    f.window =
        Window{w.at(0).get<std::string>(), w.at(1).get<std::string>(), w.at(2).get<std::string>()};
  }
}

void to_json(nlohmann::json& j, const ArticleInfo& a) {
  j = {a.id, a.file, a.outlet, a.authors, a.language, a.published_from, a.published_to, a.text};
}
void from_json(const nlohmann::json& j, ArticleInfo& a) {
  j.at(0).get_to(a.id);
  j.at(1).get_to(a.file);
  j.at(2).get_to(a.outlet);
  j.at(3).get_to(a.authors);
  j.at(4).get_to(a.language);
  j.at(5).get_to(a.published_from);
  j.at(6).get_to(a.published_to);
  j.at(7).get_to(a.text);
}

namespace app {
namespace {

constexpr int kFormatVersion = 1;

nlohmann::json PieceJson(const PieceOutcome& p) {
  return {{"findings", p.findings},     {"views", p.views},   {"diagnostics", p.diagnostics},
          {"components", p.components}, {"claims", p.claims}, {"encoded", p.encoded}};
}

PieceOutcome PieceFrom(const nlohmann::json& j) {
  PieceOutcome p;
  j.at("findings").get_to(p.findings);
  j.at("views").get_to(p.views);
  j.at("diagnostics").get_to(p.diagnostics);
  j.at("components").get_to(p.components);
  j.at("claims").get_to(p.claims);
  j.at("encoded").get_to(p.encoded);
  return p;
}

}  // namespace

std::string EncodePiece(const PieceOutcome& piece) {
  auto bytes = nlohmann::json::to_cbor(PieceJson(piece));
  return {bytes.begin(), bytes.end()};
}

std::optional<PieceOutcome> DecodePiece(std::string_view bytes) {
  try {
    return PieceFrom(nlohmann::json::from_cbor(bytes.begin(), bytes.end()));
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::string EncodeShard(const ShardResult& shard) {
  nlohmann::json pieces = nlohmann::json::array();
  for (const auto& p : shard.pieces) pieces.push_back(PieceJson(p));
  nlohmann::json j = {{"crosscheck_shard", kFormatVersion},
                      {"index", shard.index},
                      {"count", shard.count},
                      {"articles", shard.frame.articles},
                      {"input", shard.frame.input.items()},
                      {"claim_files", shard.frame.claim_files},
                      {"loaded_claims", shard.frame.loaded_claims},
                      {"pieces", pieces}};
  auto bytes = nlohmann::json::to_cbor(j);
  return {bytes.begin(), bytes.end()};
}

std::optional<ShardResult> DecodeShard(std::string_view bytes, std::string* error) {
  try {
    auto j = nlohmann::json::from_cbor(bytes.begin(), bytes.end());
    if (!j.is_object() || j.value("crosscheck_shard", 0) != kFormatVersion) {
      *error = "not a crosscheck shard result (or one from another version)";
      return std::nullopt;
    }
    ShardResult s;
    j.at("index").get_to(s.index);
    j.at("count").get_to(s.count);
    j.at("articles").get_to(s.frame.articles);
    for (const auto& d : j.at("input")) s.frame.input.Add(d.get<Diagnostic>());
    j.at("claim_files").get_to(s.frame.claim_files);
    j.at("loaded_claims").get_to(s.frame.loaded_claims);
    for (const auto& p : j.at("pieces")) s.pieces.push_back(PieceFrom(p));
    return s;
  } catch (const nlohmann::json::exception& e) {
    *error = std::string("malformed shard result: ") + e.what();
    return std::nullopt;
  }
}

}  // namespace app
}  // namespace crosscheck
