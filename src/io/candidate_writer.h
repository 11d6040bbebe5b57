#pragma once

#include <string>
#include <vector>

#include "model/attribution.h"
#include "model/confidence.h"

namespace crosscheck::io {

// One claim `crosscheck extract` proposes, as the claim file writes it.
struct CandidateClaim {
  std::string id;
  std::string subject;
  std::string property;
  std::string value;
  std::string when;  // "" when the value holds at the publication date
  std::string quote;
  std::string note;
  // Written when low or when it gives reasons; absent, the loader reads high.
  Confidence confidence;
  // Written when not asserted ("selon l'entreprise": reported by the company).
  Attribution attribution;
};

// A figure the extractor found but could not attach.
struct UnattachedFigure {
  std::string text;
  std::string kind;
  size_t begin = 0;
  size_t end = 0;
  std::string reason;
};

// An article's candidate claims in the claim-file format (docs/claim-format.md), with the
// `unattached` list the loader accepts and ignores.
struct CandidateFile {
  std::string header;  // comment lines at the top, '\n'-separated, without '#'
  std::string article;
  std::vector<CandidateClaim> claims;
  std::vector<UnattachedFigure> unattached;
};

// The file as YAML text (yaml-cpp's emitter: quoting and escaping are its job). Lists longer
// than `items_per_part` are written in parts on every core, byte for byte what one emitter
// writes (small parts are for tests).
inline constexpr size_t kCandidatesPerPart = 512;
std::string FormatCandidateFile(const CandidateFile& file,
                                size_t items_per_part = kCandidatesPerPart);
// The same text, appended to `text` (no copy of the whole file).
void AppendCandidateFile(const CandidateFile& file, std::string& text,
                         size_t items_per_part = kCandidatesPerPart);

}  // namespace crosscheck::io
