#include "io/claim_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "common/closest_name.h"
#include "common/unicode.h"
#include "io/exchange_rate_reader.h"
#include "io/yaml_document.h"
#include "parse/anchored_date.h"
#include "parse/date_parser.h"
#include "parse/value_parser.h"

namespace crosscheck::io {
namespace {

bool ValidId(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::string Shorten(std::string_view s, size_t max = 60) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

// Reads one claim of a claim file; returns nullopt when it has errors.
class ClaimReader {
 public:
  ClaimReader(const YamlDocument& doc, const Catalogue& catalogue, const Article* article,
              const SpaceFoldedText* folded, bool reference, Diagnostics& diags)
      : doc_(doc),
        catalogue_(catalogue),
        article_(article),
        folded_(folded),
        reference_(reference),
        diags_(diags),
        lang_(parse::LanguageFromCode(article ? article->language : "en")) {}

  std::optional<Claim> Read(YamlNode node) {
    size_t errors_before = diags_.ErrorCount();
    doc_.CheckKeys(node,
                   {"id", "subject", "property", "value", "when", "relative_to", "between", "of",
                    "quote", "attribution", "confidence", "note", "expect"},
                   diags_);
    Claim c;
    c.pos = doc_.Pos(node);
    c.article = article_ ? article_->id : "";
    auto id = doc_.Scalar(node, "id", true, diags_);
    if (id) {
      c.id = *id;
      if (!ValidId(c.id)) {
        diags_.Error(
            doc_.Pos(node["id"]),
            fmt::format("claim id '{}' may only use letters, digits, '-', '_' and '.'", c.id),
            c.id);
      }
    }
    ReadSubjects(node, c);
    const Property* property = ReadProperty(node, c);
    ReadAnchors(node, property, c);
    ReadWhole(node, property, c);
    ReadValue(node, property, c);
    ReadWhen(node, c);
    ReadQuote(node, c);
    ReadAttribution(node, c);
    ReadConfidence(node, c);
    c.note = doc_.Scalar(node, "note", false, diags_, c.id).value_or("");
    if (auto expect = doc_.Scalar(node, "expect", false, diags_, c.id)) {
      if (*expect == "conflict")
        c.expect = Expectation::kConflict;
      else if (*expect == "consistent")
        c.expect = Expectation::kConsistent;
      else
        Error(node["expect"],
              fmt::format("unknown expectation '{}' (conflict or consistent)", *expect), c.id);
    }
    if (diags_.ErrorCount() != errors_before) return std::nullopt;
    return c;
  }

 private:
  void Error(YamlNode at, std::string message, const std::string& claim_id) {
    diags_.Error(doc_.Pos(at), std::move(message), claim_id);
  }

  // " (did you mean 'deepseek'?)" for a mistyped id, "" when no catalogue id is close.
  std::string MeantEntity(const std::string& typed) const {
    std::vector<std::string> ids;
    for (const auto& e : catalogue_.entities()) ids.push_back(e.id);
    auto meant = ClosestName(typed, ids);
    return meant ? fmt::format(" (did you mean '{}'?)", *meant) : "";
  }
  std::string MeantProperty(const std::string& typed) const {
    std::vector<std::string> ids;
    for (const auto& p : catalogue_.properties()) ids.push_back(p.id);
    auto meant = ClosestName(typed, ids);
    return meant ? fmt::format(" (did you mean '{}'?)", *meant) : "";
  }

  void ReadSubjects(YamlNode node, Claim& c) {
    auto subjects = doc_.StringList(node, "subject", true, diags_);
    if (!subjects) return;
    if (subjects->empty()) Error(node["subject"], "'subject' names no entity", c.id);
    for (const auto& s : *subjects) {
      const Entity* e = catalogue_.FindEntity(s);
      if (!e) {
        Error(node["subject"], fmt::format("unknown entity '{}'{}", s, MeantEntity(s)), c.id);
      } else {
        c.subjects.push_back(e->id);
      }
    }
  }

  const Property* ReadProperty(YamlNode node, Claim& c) {
    auto name = doc_.Scalar(node, "property", true, diags_, c.id);
    if (!name) return nullptr;
    const Property* p = catalogue_.FindProperty(*name);
    if (!p) {
      Error(node["property"], fmt::format("unknown property '{}'{}", *name, MeantProperty(*name)),
            c.id);
      return nullptr;
    }
    c.property = p->id;
    if (c.subjects.size() > 1 && !p->additive) {
      Error(node["subject"],
            fmt::format("property '{}' is not additive: a claim about several subjects needs one "
                        "that is",
                        p->id),
            c.id);
    }
    return p;
  }

  // `relative_to: <claim id>` (a date value stated relative to another claim's date) and
  // `between: [start, end]` (a duration between two dated claims). Whether the ids name dated
  // claims is checked once every claim file is read (io/anchor_check.h).
  void ReadAnchors(YamlNode node, const Property* property, Claim& c) {
    if (YamlNode rel = node["relative_to"]; rel && !rel.IsNull()) {
      c.relative_to_pos = doc_.Pos(rel);
      auto id = doc_.Scalar(node, "relative_to", false, diags_, c.id);
      if (id) c.relative_to = *id;
      if (id && property && property->kind != ValueKind::kDate) {
        Error(rel,
              fmt::format("'relative_to' dates a value relative to another claim, and property "
                          "'{}' takes {}, not a date (a figure's 'when' cannot be relative yet: "
                          "write the date it stands for)",
                          property->id, parse::DescribeKind(*property)),
              c.id);
      } else if (id && *id == c.id) {
        Error(rel, fmt::format("claim '{}' is dated relative to itself", c.id), c.id);
      }
    }
    if (YamlNode between = node["between"]; between && !between.IsNull()) {
      c.between_pos = doc_.Pos(between);
      auto ids = doc_.StringList(node, "between", false, diags_);
      if (!ids) return;
      if (ids->size() != 2) {
        Error(between,
              fmt::format("'between' names two dated claims, the start and the end: [a, b] ({} "
                          "given)",
                          ids->size()),
              c.id);
        return;
      }
      if (property && property->kind != ValueKind::kDuration) {
        Error(between,
              fmt::format("'between' is for a duration between two dated claims, and property "
                          "'{}' takes {}",
                          property->id, parse::DescribeKind(*property)),
              c.id);
        return;
      }
      c.between = std::move(*ids);
    }
  }

  // `of: <claim id>` ("of which 900 at the new site"): the claim whose figure this one is a part
  // of. Only an additive figure has parts; whether the id names a loaded claim of the same
  // dimension is checked once every claim file is read (io/whole_check.h).
  void ReadWhole(YamlNode node, const Property* property, Claim& c) {
    YamlNode of = node["of"];
    if (!of || of.IsNull()) return;
    c.of_pos = doc_.Pos(of);
    auto id = doc_.Scalar(node, "of", false, diags_, c.id);
    if (!id) return;
    c.of = *id;
    if (property && (property->kind != ValueKind::kQuantity || !property->additive)) {
      Error(of,
            fmt::format("'of' makes this figure a part of another claim's, and property '{}' is "
                        "not additive (only an amount that adds up over parts has parts: declare "
                        "the property 'additive: true' if it does)",
                        property->id),
            c.id);
    } else if (*id == c.id) {
      Error(of, fmt::format("claim '{}' is a part of itself", c.id), c.id);
    }
  }

  void ReadValue(YamlNode node, const Property* property, Claim& c) {
    auto text = doc_.Scalar(node, "value", true, diags_, c.id);
    if (!text) return;
    c.value_text = *text;
    c.value_pos = doc_.Pos(node["value"]);
    if (!property) return;
    if (!c.relative_to.empty() && property->kind == ValueKind::kDate) {
      auto anchored = parse::ParseAnchoredDate(*text, lang_);
      if (!anchored.ok()) {
        Error(node["value"],
              fmt::format("{} (the value of a claim with 'relative_to' is a date relative to "
                          "claim '{}')",
                          anchored.error().message, c.relative_to),
              c.id);
        return;
      }
      c.value = anchored.value();
      return;
    }
    auto value = parse::ParseValue(*text, *property, lang_, catalogue_);
    if (!value.ok()) {
      std::string message = value.error().message;
      // «l'année suivante» is a date, but relative to a claim the value alone cannot name.
      if (property->kind == ValueKind::kDate && parse::ParseAnchoredDate(*text, lang_).ok()) {
        message = fmt::format(
            "'{}' is a date relative to another claim's date: name that claim with "
            "'relative_to: <claim id>'",
            *text);
      }
      Error(node["value"],
            fmt::format("{} (property '{}' takes {})", message, property->id,
                        parse::DescribeKind(*property)),
            c.id);
      return;
    }
    c.value = value.value();
  }

  void ReadWhen(YamlNode node, Claim& c) {
    YamlNode when = node["when"];
    if (!when || when.IsNull()) return;
    std::string text;
    if (when.IsScalar()) {
      text = std::string(when.Scalar());
    } else if (when.IsMap()) {
      doc_.CheckKeys(when, {"from", "to"}, diags_);
      auto from = doc_.Scalar(when, "from", true, diags_, c.id);
      auto to = doc_.Scalar(when, "to", true, diags_, c.id);
      if (!from || !to) return;
      text = fmt::format("entre {} et {}", *from, *to);
    } else {
      Error(when, "'when' must be a date or {from, to}", c.id);
      return;
    }
    c.when_text = text;
    auto parsed = parse::ParseDate(text, lang_);
    if (!parsed.ok()) {
      if (parse::ParseAnchoredDate(text, lang_).ok()) {
        Error(when,
              fmt::format("'{}' is a date relative to another claim's, which 'when' cannot name "
                          "yet: write the date it stands for ('relative_to' dates date values)",
                          text),
              c.id);
        return;
      }
      Error(when, fmt::format("{} ('when' takes a date)", parsed.error().message), c.id);
      return;
    }
    c.when = parsed.value();
  }

  void ReadQuote(YamlNode node, Claim& c) {
    auto quote = doc_.Scalar(node, "quote", !reference_, diags_, c.id);
    if (!quote) return;
    c.quote = *quote;
    if (!folded_) return;
    std::string needle = FoldWhitespace(*quote);
    size_t b = needle.find_first_not_of(' ');
    size_t e = needle.find_last_not_of(' ');
    if (b == std::string::npos) {
      Error(node["quote"], "'quote' is empty", c.id);
      return;
    }
    needle = needle.substr(b, e - b + 1);
    // Boyer-Moore-Horspool skips ahead by up to the quote's length: every quote is searched
    // through its whole article (to count repeats), so this is the loader's hot loop.
    std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    const std::string& hay = folded_->text;
    auto find_from = [&](size_t from) {
      auto it = std::search(hay.begin() + static_cast<std::ptrdiff_t>(from), hay.end(), searcher);
      return it == hay.end() ? std::string::npos : static_cast<size_t>(it - hay.begin());
    };
    size_t at = find_from(0);
    if (at == std::string::npos) {
      Error(node["quote"],
            fmt::format("quote not found in article '{}': \"{}\"", article_->id, Shorten(*quote)),
            c.id);
      return;
    }
    if (size_t again = find_from(at + 1); again != std::string::npos) {
      size_t times = 2;
      while ((again = find_from(again + 1)) != std::string::npos) ++times;
      // A note, not a warning: articles repeat their lead in a caption, and either copy will do.
      diags_.Add({Severity::kNote, doc_.Pos(node["quote"]),
                  fmt::format("quote occurs {} times in article '{}'; the first is used "
                              "(quote more words to pick another)",
                              times, article_->id),
                  c.id});
    }
    size_t last = at + needle.size() - 1;
    c.span = TextSpan{folded_->offsets[at], folded_->offsets[last] + 1};
    // Extend the end over the rest of a multi-byte character.
    while (c.span->end < article_->text.size() &&
           (static_cast<unsigned char>(article_->text[c.span->end]) & 0xC0) == 0x80) {
      ++c.span->end;
    }
  }

  void ReadAttribution(YamlNode node, Claim& c) {
    YamlNode a = node["attribution"];
    if (!a || a.IsNull()) {
      c.attribution.kind = AttributionKind::kAsserted;
    } else if (a.IsScalar()) {
      if (a.Scalar() != "asserted") {
        Error(a,
              fmt::format("attribution '{}' needs a source: write {{kind: {}, source: ...}}",
                          a.Scalar(), a.Scalar()),
              c.id);
        return;
      }
    } else if (a.IsMap()) {
      doc_.CheckKeys(a, {"kind", "source", "url"}, diags_);
      auto kind = doc_.Scalar(a, "kind", true, diags_, c.id);
      if (!kind) return;
      if (*kind == "asserted")
        c.attribution.kind = AttributionKind::kAsserted;
      else if (*kind == "reported")
        c.attribution.kind = AttributionKind::kReported;
      else if (*kind == "alleged")
        c.attribution.kind = AttributionKind::kAlleged;
      else if (*kind == "reference")
        c.attribution.kind = AttributionKind::kReference;
      else {
        Error(a["kind"],
              fmt::format("unknown attribution kind '{}' (asserted, reported, alleged, "
                          "reference)",
                          *kind),
              c.id);
        return;
      }
      c.attribution.source = doc_.Scalar(a, "source", false, diags_, c.id).value_or("");
      if (c.attribution.kind != AttributionKind::kAsserted && c.attribution.source.empty()) {
        Error(a, fmt::format("a {} claim needs a 'source'", *kind), c.id);
      }
      // Reports link the source: only a web address will do.
      c.attribution.url = doc_.Scalar(a, "url", false, diags_, c.id).value_or("");
      if (!c.attribution.url.empty() && !c.attribution.url.starts_with("https://") &&
          !c.attribution.url.starts_with("http://")) {
        Error(a["url"],
              fmt::format("'url' must be a web address starting with https:// or http://, not "
                          "'{}'",
                          c.attribution.url),
              c.id);
        c.attribution.url.clear();
      }
    } else {
      Error(a, "'attribution' must be 'asserted' or {kind, source}", c.id);
    }
    if ((c.attribution.kind == AttributionKind::kReference) != reference_) {
      Error(a ? a : node,
            reference_ ? "claims of the reference ledger must have attribution kind 'reference'"
                       : "only the reference ledger may use attribution kind 'reference'",
            c.id);
    }
  }

  // `confidence: {level: low, reasons: [...]}`; absent means high. A low claim must say what to
  // check: that is what a desk reads under "To review".
  void ReadConfidence(YamlNode node, Claim& c) {
    YamlNode conf = node["confidence"];
    if (!conf || conf.IsNull()) return;
    if (!conf.IsMap()) {
      Error(conf, "'confidence' must be {level: low | high, reasons: [...]}", c.id);
      return;
    }
    doc_.CheckKeys(conf, {"level", "reasons"}, diags_);
    auto level = doc_.Scalar(conf, "level", true, diags_, c.id);
    if (!level) return;
    if (*level == "high") {
      c.confidence.level = ConfidenceLevel::kHigh;
    } else if (*level == "low") {
      c.confidence.level = ConfidenceLevel::kLow;
    } else {
      Error(conf["level"], fmt::format("unknown confidence level '{}' (low or high)", *level),
            c.id);
      return;
    }
    if (conf["reasons"]) {
      auto reasons = doc_.StringList(conf, "reasons", false, diags_);
      if (!reasons) return;
      std::erase_if(*reasons, [](const std::string& r) { return r.empty(); });
      c.confidence.reasons = std::move(*reasons);
    }
    if (c.confidence.low() && c.confidence.reasons.empty()) {
      Error(conf, "a low-confidence claim needs 'reasons': what a desk should check", c.id);
    }
  }

  const YamlDocument& doc_;
  const Catalogue& catalogue_;
  const Article* article_;
  const SpaceFoldedText* folded_;
  bool reference_;
  Diagnostics& diags_;
  parse::Language lang_;
};

}  // namespace

std::optional<ClaimFile> ReadClaimFile(const std::string& display_path, std::string_view yaml,
                                       const Catalogue& catalogue,
                                       const FindClaimArticle& find_article,
                                       std::vector<ExchangeRate>* rates, Diagnostics& diags) {
  auto doc = YamlDocument::Parse(display_path, yaml, diags);
  if (!doc) return std::nullopt;
  YamlNode root = doc->root();
  if (!root.IsMap()) {
    diags.Error(doc->FilePos(), "a claim file must be a mapping with 'article' and 'claims'");
    return std::nullopt;
  }
  ClaimFile file;
  file.path = display_path;
  file.reference = doc->Bool(root, "reference", diags).value_or(false);
  if (file.reference) {
    doc->CheckKeys(root, {"reference", "claims", "exchange_rates"}, diags);
  } else {
    doc->CheckKeys(root, {"article", "claims", "unattached"}, diags);
  }
  ClaimArticle article;
  if (!file.reference) {
    auto id = doc->Scalar(root, "article", true, diags);
    if (!id) return std::nullopt;
    article = find_article(*id);
    if (!article.article) {
      diags.Error(doc->Pos(root["article"]),
                  fmt::format("unknown article '{}' (no corpus/{}.meta.yaml)", *id, *id));
      return std::nullopt;
    }
    file.article = article.article->id;
  }
  YamlNode claims = root["claims"];
  if (!claims || !claims.IsSequence()) {
    diags.Error(doc->Pos(root), "missing 'claims' list");
    return file;
  }
  ClaimReader reader(*doc, catalogue, article.article, article.folded, file.reference, diags);
  file.claims.reserve(claims.size());
  for (YamlNode node : claims) {
    if (!node.IsMap()) {
      diags.Error(doc->Pos(node), "each claim must be a mapping");
      continue;
    }
    if (auto claim = reader.Read(node)) file.claims.push_back(std::move(*claim));
  }
  if (file.reference && root["exchange_rates"] && rates) {
    ReadExchangeRates(*doc, root["exchange_rates"], catalogue, *rates, diags);
  }
  return file;
}

std::optional<ClaimFile> LoadClaimFileText(const std::string& display_path, std::string_view yaml,
                                           const Corpus& corpus,
                                           std::map<std::string, SpaceFoldedText>& folded,
                                           std::vector<ExchangeRate>* rates, Diagnostics& diags) {
  auto find = [&](const std::string& id) {
    ClaimArticle found;
    found.article = corpus.FindArticle(id);
    if (!found.article) return found;
    auto it = folded.find(id);
    if (it == folded.end()) it = folded.emplace(id, FoldArticle(*found.article)).first;
    found.folded = &it->second;
    return found;
  };
  return ReadClaimFile(display_path, yaml, corpus.catalogue, find, rates, diags);
}

SpaceFoldedText FoldArticle(const Article& article) {
  SpaceFoldedText f;
  f.text = FoldWhitespace(article.text, &f.offsets);
  return f;
}

}  // namespace crosscheck::io
