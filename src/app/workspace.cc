#include "app/workspace.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <system_error>

#include "app/validate.h"
#include "report/finding_text.h"

namespace crosscheck::app {

namespace fs = std::filesystem;

namespace {

FileProblem::Level LevelOf(const Finding& f) {
  switch (f.kind) {
    case FindingKind::kContradiction:
      return FileProblem::Level::kError;
    case FindingKind::kTension:
    case FindingKind::kUnknown:
      return FileProblem::Level::kWarning;
    case FindingKind::kToReview:
    case FindingKind::kInference:
      return FileProblem::Level::kInformation;
    case FindingKind::kVariation:
      break;
  }
  return FileProblem::Level::kHint;
}

FileProblem::Level LevelOf(Severity s) {
  switch (s) {
    case Severity::kError:
      return FileProblem::Level::kError;
    case Severity::kWarning:
      return FileProblem::Level::kWarning;
    default:
      break;
  }
  return FileProblem::Level::kInformation;
}

}  // namespace

Workspace::Workspace(CheckOptions options)
    : options_(std::move(options)), files_(*options_.paths.files) {
  if (options_.cache_dir.empty()) {
    std::error_code ec;
    own_cache_ = fs::temp_directory_path(ec) /
                 fmt::format("crosscheck-lsp-{}", static_cast<long>(::getpid()));
    fs::create_directories(own_cache_, ec);
    options_.cache_dir = own_cache_.string();
    options_.paths.cache_dir = own_cache_;
  } else {
    options_.paths.cache_dir = options_.cache_dir;
  }
  options_.paths.files = &files_;
  options_.keep_corpus = true;
  pieces_cache_ = std::make_unique<PieceCache>(options_.cache_dir, files_);
  options_.piece_cache = pieces_cache_.get();
  corpus_ = std::make_shared<const Corpus>();
}

Workspace::~Workspace() {
  if (!own_cache_.empty()) {
    std::error_code ignored;
    fs::remove_all(own_cache_, ignored);
  }
}

std::optional<std::string> Workspace::DisplayPath(const fs::path& path) const {
  std::string ext = path.extension().string();
  if (ext != ".yaml" && ext != ".yml") return std::nullopt;
  std::string dir = OverlayFileSystem::Key(options_.paths.claims_dir);
  if (OverlayFileSystem::Key(path.parent_path()) != dir) return std::nullopt;  // not catalogue/
  return options_.paths.claims_display + "/" + path.filename().string();
}

std::optional<fs::path> Workspace::FilePath(const std::string& display) const {
  std::string prefix = options_.paths.claims_display + "/";
  if (!display.starts_with(prefix) || display.find('/', prefix.size()) != std::string::npos) {
    return std::nullopt;
  }
  return options_.paths.claims_dir / display.substr(prefix.size());
}

void Workspace::CheckAll() {
  CheckOptions options = options_;
  SolveTrace trace;
  options.trace = &trace;
  CheckRun run = Check(options);
  findings_.clear();
  findings_in_.clear();
  piece_of_.clear();
  pieces_.clear();
  Absorb(std::move(run), trace, {});
}

std::set<std::string> Workspace::Edit(const fs::path& path, std::optional<std::string> text) {
  std::optional<std::string> display = DisplayPath(path);
  if (!display) return {};
  if (text) {
    files_.Put(path, std::move(*text));
  } else {
    files_.Drop(path);
  }
  // The pieces the file's claims were in: their claims are checked again, so that a piece the
  // edit splits or empties loses what it no longer finds.
  std::set<std::string> before, affected{*display};
  for (const auto& file : corpus_->claim_files) {
    if (file.path != *display) continue;
    for (const auto& c : file.claims) {
      auto piece = piece_of_.find(c.id);
      if (piece == piece_of_.end()) {
        before.insert(c.id);
        continue;
      }
      for (const auto& other : pieces_.at(piece->second)) {
        before.insert(other.id);
        affected.insert(other.file);
      }
    }
  }
  std::set<std::string> problems_before;
  for (const auto& d : input_.items()) problems_before.insert(d.pos.file);

  CheckOptions options = options_;
  options.changed.emplace({*display});
  options.changed_claims = before;
  SolveTrace trace;
  options.trace = &trace;
  CheckRun run = Check(options);
  if (trace.shared_facts != shared_facts_) {
    // A fact every piece depends on moved (a claim widened the corpus's years, the catalogue
    // changed): nothing solved before can be kept.
    CheckAll();
    return FilesWithProblems();
  }
  std::set<std::string> replaced = before;
  for (const auto& piece : trace.pieces) {
    for (const auto& c : piece) {
      replaced.insert(c.id);
      affected.insert(c.file);
    }
  }
  Absorb(std::move(run), trace, replaced);
  for (const auto& file : problems_before) affected.insert(file);
  for (const auto& d : input_.items()) affected.insert(d.pos.file);
  return affected;
}

void Workspace::Absorb(CheckRun run, const SolveTrace& trace,
                       const std::set<std::string>& replaced) {
  // Findings of the pieces checked again go; theirs come.
  for (auto it = findings_.begin(); it != findings_.end();) {
    bool stale = std::any_of(it->second.claims.begin(), it->second.claims.end(),
                             [&](const FindingClaim& c) { return replaced.count(c.id) > 0; });
    if (!stale) {
      ++it;
      continue;
    }
    for (const auto& c : it->second.claims) findings_in_[c.file].erase(it->first);
    it = findings_.erase(it);
  }
  for (const auto& id : replaced) {
    auto piece = piece_of_.find(id);
    if (piece == piece_of_.end()) continue;
    pieces_.erase(piece->second);
    piece_of_.erase(piece);
  }
  for (const auto& piece : trace.pieces) {
    size_t n = next_piece_++;
    for (const auto& c : piece) piece_of_[c.id] = n;
    pieces_[n] = piece;
  }
  for (auto& f : run.result.findings) {
    for (const auto& c : f.claims) findings_in_[c.file].insert(f.id);
    findings_[f.id] = std::move(f);
  }
  input_ = run.input;
  input_in_.clear();
  for (const auto& d : input_.items()) input_in_[d.pos.file].push_back(&d);
  if (run.corpus) corpus_ = run.corpus;
  shared_facts_ = trace.shared_facts;
  run.result.findings.clear();
  last_run_ = std::move(run);
}

std::vector<FileProblem> Workspace::ProblemsOf(const std::string& display) const {
  std::vector<FileProblem> out;
  // Looked up, not copied: a file's lists are read in place (an empty one when it has none).
  static const std::vector<const Diagnostic*> kNoInput;
  static const std::set<std::string> kNoFindings;
  auto input = input_in_.find(display);
  for (const Diagnostic* at : input == input_in_.end() ? kNoInput : input->second) {
    const Diagnostic& d = *at;
    if (d.severity == Severity::kNote) continue;
    FileProblem p;
    p.level = LevelOf(d.severity);
    p.line = d.pos.line;
    p.column = d.pos.column;
    p.message = d.claim_id.empty() ? d.message : d.claim_id + ": " + d.message;
    out.push_back(std::move(p));
  }
  auto in_file = findings_in_.find(display);
  for (const auto& id : in_file == findings_in_.end() ? kNoFindings : in_file->second) {
    const Finding& f = findings_.at(id);
    for (const auto& c : f.claims) {
      if (c.file != display) continue;
      FileProblem p;
      p.level = LevelOf(f);
      p.line = c.line;
      p.column = c.column;
      p.code = f.id;
      p.message = fmt::format("{} ({}): {}", FindingKindName(f.kind),
                              FindingSeverityName(f.severity), report::Summary(f));
      for (const auto& other : f.claims) {
        if (other.id == c.id || other.file.empty()) continue;
        p.related.push_back(
            {other.file, other.line, other.column,
             fmt::format("{} «{}» ({})", other.id, other.value,
                         other.article.empty() ? "reference ledger" : other.article)});
      }
      out.push_back(std::move(p));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const FileProblem& a, const FileProblem& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return out;
}

std::set<std::string> Workspace::FilesWithProblems() const {
  std::set<std::string> files;
  for (const auto& file : corpus_->claim_files) files.insert(file.path);
  for (const auto& d : input_.items()) files.insert(d.pos.file);
  return files;
}

const Claim* Workspace::ClaimAt(const std::string& display, int line) const {
  const Claim* best = nullptr;
  for (const auto& file : corpus_->claim_files) {
    if (file.path != display) continue;
    for (const auto& c : file.claims) {
      if (c.pos.line <= line && (!best || c.pos.line > best->pos.line)) best = &c;
    }
  }
  return best;
}

std::string Workspace::Text(const fs::path& path) const {
  Result<std::string> text = files_.ReadUpTo(path, io::kAnySize);
  return text ? *text : std::string();
}

std::string Workspace::Describe(const Claim& claim) const {
  return DescribeClaim(claim, corpus_->catalogue).value_or(claim.id + ": property not known");
}

}  // namespace crosscheck::app
