#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/check.h"
#include "app/overlay_file_system.h"
#include "app/piece_cache.h"
#include "model/finding.h"

namespace crosscheck::app {

// A problem to show on a claim file's line: an input problem (what `validate` says) or a finding
// one of the file's claims takes part in, with the other claims of the finding.
struct FileProblem {
  enum class Level { kError, kWarning, kInformation, kHint };
  Level level = Level::kError;
  int line = 0, column = 0;  // 1-based, as diagnostics give them (0: the file as a whole)
  std::string message;
  std::string code;  // a finding's id, or "" for an input problem
  struct Related {
    std::string file;  // display path
    int line = 0, column = 0;
    std::string message;
  };
  std::vector<Related> related;
};

// A corpus held in memory for an editor (`crosscheck lsp`): checked whole once, then, after each
// edit of a claim file, only the pieces the file's claims were in or now reach are checked
// again (`check --changed` semantics), with the solved pieces held in memory and unsaved texts
// read in place of the files on disk.
//
// Exactness: every finding belongs to one piece (claims that share no variable never meet). An
// edit re-solves every piece holding a claim of the edited file's claim files before and after
// the edit, with every file whose claims shared a piece with the file's old claims, and replaces
// every finding with a claim in those pieces; when a corpus-wide fact every piece depends on
// changes (the candidate years, the currency choices, the catalogue), everything is checked
// again. So the problems shown are those a whole `check` of the same texts gives.
class Workspace {
 public:
  // Solved pieces are kept in memory; parsed claim files in `options.cache_dir` (a temporary
  // folder when empty, removed with the workspace).
  explicit Workspace(CheckOptions options);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // Checks everything, as `check` does.
  void CheckAll();

  // A claim file's text as the editor has it (nullopt: the file on disk again, after a save or a
  // close). Re-checks what it touches. Returns the claim files (display paths) whose problems
  // may have changed; empty when `path` is not one of the corpus's claim files.
  std::set<std::string> Edit(const std::filesystem::path& path, std::optional<std::string> text);

  // The claim file's display path ("claims/a.yaml", as diagnostics name it), or nullopt when
  // `path` is not a claim file of the corpus's claims folder.
  std::optional<std::string> DisplayPath(const std::filesystem::path& path) const;
  // The file on disk a claim file's display path names; nullopt for another file (an article's
  // metadata, the catalogue).
  std::optional<std::filesystem::path> FilePath(const std::string& display) const;

  std::vector<FileProblem> ProblemsOf(const std::string& display) const;
  // Every claim file with problems, and every claim file of the corpus.
  std::set<std::string> FilesWithProblems() const;

  // The claim whose mapping starts at or before `line` (1-based) in the file, the last such.
  const Claim* ClaimAt(const std::string& display, int line) const;
  // How the claim's value was read (validate --explain's words).
  std::string Describe(const Claim& claim) const;
  const Catalogue& catalogue() const { return corpus_->catalogue; }
  // A file's text as the workspace reads it: the editor's, or the disk's ("" when unreadable).
  std::string Text(const std::filesystem::path& path) const;

  // The last check's figures (timings, pieces reused) for the caller's log.
  const CheckRun& last_run() const { return last_run_; }

 private:
  void Absorb(CheckRun run, const SolveTrace& trace, const std::set<std::string>& replaced);

  CheckOptions options_;
  std::filesystem::path own_cache_;  // the temporary cache folder, when we made it
  OverlayFileSystem files_;
  std::unique_ptr<PieceCache> pieces_cache_;  // solved pieces, in memory across edits
  std::shared_ptr<const Corpus> corpus_;
  Diagnostics input_;
  std::map<std::string, std::vector<const Diagnostic*>> input_in_;  // display path -> in input_
  std::map<std::string, Finding> findings_;                         // id -> finding
  std::map<std::string, std::set<std::string>> findings_in_;        // display path -> finding ids
  std::map<std::string, size_t> piece_of_;                          // claim id -> piece number
  std::map<size_t, std::vector<TracedClaim>> pieces_;               // piece number -> its claims
  size_t next_piece_ = 0;
  std::string shared_facts_;
  CheckRun last_run_;
};

}  // namespace crosscheck::app
