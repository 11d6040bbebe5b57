#include "app/validate.h"

#include <fmt/format.h>

#include <map>

#include "encode/encoding.h"
#include "encode/partition.h"
#include "model/claim_reading.h"
#include "report/reading_text.h"
#include "report/value_text.h"

namespace crosscheck::app {
namespace {

// The text of a file a diagnostic names, to show the offending line (read once per file). A file
// that cannot be read shows no line: the diagnostic itself already says what is wrong (often
// that very file being unreadable), so there is nothing more to report.
std::string_view SourceOf(const std::string& path, const io::FileSystem& files,
                          std::map<std::string, std::string>& cache) {
  auto it = cache.find(path);
  if (it == cache.end()) {
    Result<std::string> text = path.empty() ? Result<std::string>(Error{}) : files.Read(path);
    it = cache.emplace(path, text ? std::move(text).value() : std::string()).first;
  }
  return it->second;
}

// Claims that load but that the encoder must leave out (no exchange rate covers a money figure's
// date, no subject), as errors at their position: validate passes nothing check cannot check.
// Piece by piece, as check encodes them, without solving.
void AddUncheckable(const Corpus& corpus, Diagnostics& diagnostics) {
  encode::CorpusFacts facts = encode::StudyCorpus(corpus);
  encode::Partition partition = encode::PartitionClaims(corpus);
  z3::context ctx;
  for (const auto& piece : partition.pieces) {
    std::vector<const Claim*> claims;
    claims.reserve(piece.size());
    for (int i : piece) claims.push_back(partition.claims[static_cast<size_t>(i)]);
    encode::Encoding encoding =
        encode::Encode(corpus, ctx, {PrecisionMode::kDefault, &claims, &facts});
    diagnostics.Append(encoding.diagnostics);
  }
}

}  // namespace

ValidateResult Validate(const io::CorpusPaths& paths) {
  ValidateResult result;
  result.corpus = io::LoadCorpus(paths, result.diagnostics);
  AddUncheckable(result.corpus, result.diagnostics);
  result.exit_code = result.diagnostics.HasErrors() ? ExitCode::kFindings : ExitCode::kOk;
  return result;
}

std::string FormatDiagnostics(const Diagnostics& diagnostics, Severity least,
                              const io::FileSystem& files) {
  std::string out;
  std::map<std::string, std::string> sources;
  for (const auto& d : diagnostics.items()) {
    if (d.severity > least) continue;  // Severity orders from worst
    // Only a diagnostic with a line shows one: no file is read for the others.
    out += d.pos.line > 0 ? FormatDiagnosticWithSource(d, SourceOf(d.pos.file, files, sources))
                          : FormatDiagnostic(d);
    out += '\n';
  }
  return out;
}

std::string FormatValidateReport(const ValidateResult& result) {
  std::string out = FormatDiagnostics(result.diagnostics);
  size_t warnings = 0;
  for (const auto& d : result.diagnostics.items()) warnings += d.severity == Severity::kWarning;
  size_t errors = result.diagnostics.ErrorCount();
  out += fmt::format("{} articles, {} claim files, {} claims, {} error{}, {} warning{}\n",
                     result.corpus.articles.size(), result.corpus.claim_files.size(),
                     result.corpus.ClaimCount(), errors, errors == 1 ? "" : "s", warnings,
                     warnings == 1 ? "" : "s");
  return out;
}

std::optional<std::string> DescribeClaim(const Claim& c, const Catalogue& catalogue) {
  const Property* p = catalogue.FindProperty(c.property);
  if (!p) return std::nullopt;
  std::string subjects;
  for (const auto& s : c.subjects) subjects += (subjects.empty() ? "" : "+") + s;
  std::string out = fmt::format("{} {}.{} = \"{}\": {}", c.id, subjects, c.property, c.value_text,
                                ReadingOf(c.value, *p, catalogue));
  if (c.when) out += fmt::format("; when \"{}\": {}", c.when_text, report::DescribeDate(*c.when));
  if (!c.relative_to.empty()) out += fmt::format("; relative to claim '{}'", c.relative_to);
  if (c.between.size() == 2) {
    out += fmt::format("; between the dates of claims '{}' and '{}'", c.between[0], c.between[1]);
  }
  if (!c.of.empty()) out += fmt::format("; a part of claim '{}' (at most its figure)", c.of);
  return out;
}

std::string FormatClaimReadings(const Corpus& corpus) {
  std::string out;
  for (const auto& file : corpus.claim_files) {
    out += fmt::format("# {}\n", file.path);
    for (const auto& c : file.claims) {
      if (auto described = DescribeClaim(c, corpus.catalogue)) {
        out += fmt::format("{}:{}: {}\n", c.pos.file, c.pos.line, *described);
      }
    }
  }
  return out;
}

}  // namespace crosscheck::app
