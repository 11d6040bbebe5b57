#include "app/solve_pieces.h"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for_each.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <numeric>
#include <unordered_map>

#include "encode/encoding.h"
#include "encode/partition.h"
#include "solve/checker.h"

namespace crosscheck::app {
namespace {

struct PieceOutcome {
  std::vector<Finding> findings;
  std::vector<std::pair<int, FindingClaim>> views;  // global claim index, view
  std::vector<std::pair<int, Diagnostic>> diagnostics;
  size_t components = 0;
};

// A contradiction found with the default reading of precision may dissolve when figures are
// read leniently (a full unit in the last digit); say which (docs/semantics.md).
void MarkPrecisionModes(const Corpus& corpus, const encode::CorpusFacts& facts,
                        const std::vector<const Claim*>& claims, const SolveRequest& request,
                        z3::context& ctx, std::vector<Finding>& findings) {
  for (auto& f : findings) {
    if (f.kind != FindingKind::kContradiction) continue;
    if (request.precision != PrecisionMode::kDefault) {
      f.holds_in =
          request.precision == PrecisionMode::kStrict ? "strict precision" : "every precision mode";
    }
  }
  if (request.precision != PrecisionMode::kDefault) return;
  bool any = std::any_of(findings.begin(), findings.end(),
                         [](const Finding& f) { return f.kind == FindingKind::kContradiction; });
  if (!any) return;
  encode::Encoding lenient =
      encode::Encode(corpus, ctx, {PrecisionMode::kLenient, &claims, &facts});
  for (auto& f : findings) {
    if (f.kind != FindingKind::kContradiction) continue;
    bool every = std::any_of(f.minimal_sets.begin(), f.minimal_sets.end(), [&](const auto& set) {
      return solve::Unsatisfiable(lenient, set, ctx, request.limits.rlimit);
    });
    f.holds_in = every ? "every precision mode" : "default and strict precision, not lenient";
  }
}

PieceOutcome SolvePiece(const Corpus& corpus, const encode::CorpusFacts& facts,
                        const encode::Partition& partition, const std::vector<int>& piece,
                        const SolveRequest& request, z3::context& ctx) {
  std::vector<const Claim*> claims;
  claims.reserve(piece.size());
  for (int i : piece) claims.push_back(partition.claims[static_cast<size_t>(i)]);
  encode::Encoding encoding = encode::Encode(corpus, ctx, {request.precision, &claims, &facts});
  PieceOutcome out;
  // Encoded claims keep the piece's order, so their global indices follow by merging.
  std::unordered_map<const Claim*, int> index;
  for (int i : piece) index.emplace(partition.claims[static_cast<size_t>(i)], i);
  std::set<int> touched;
  for (size_t k = 0; k < encoding.claims.size(); ++k) {
    const auto& ec = encoding.claims[k];
    out.views.emplace_back(index.at(ec.claim), ec.view);
    if (request.changed.count(ec.view.file)) touched.insert(static_cast<int>(k));
  }
  for (const auto& d : encoding.diagnostics.items()) {
    int at = piece.front();
    for (const Claim* c : claims) {
      if (c->id == d.claim_id) at = index.at(c);
    }
    out.diagnostics.emplace_back(at, d);
  }
  solve::CheckScope scope;
  if (!request.changed.empty()) scope.only_touching = &touched;
  out.findings = solve::Check(encoding, corpus, ctx, request.limits, &out.components, scope);
  MarkPrecisionModes(corpus, facts, claims, request, ctx, out.findings);
  return out;
}

}  // namespace

SolvedCorpus SolvePieces(const Corpus& corpus, const SolveRequest& request) {
  encode::CorpusFacts facts = encode::StudyCorpus(corpus);
  encode::Partition partition = encode::PartitionClaims(corpus);

  std::vector<size_t> order;  // the pieces to solve, largest first
  for (size_t p = 0; p < partition.pieces.size(); ++p) {
    bool wanted = request.changed.empty();
    for (int i : partition.pieces[p]) {
      if (wanted) break;
      const auto& file = partition.claims[static_cast<size_t>(i)]->pos.file;
      wanted = request.changed.count(file) > 0;
    }
    if (wanted) order.push_back(p);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return partition.pieces[a].size() > partition.pieces[b].size();
  });

  std::vector<PieceOutcome> outcomes(partition.pieces.size());
  std::atomic<size_t> done{0};
  std::mutex progress_mutex;
  // One Z3 context per worker thread, reused for every piece it takes: a context is not
  // thread-safe, and making one per piece would cost more than most pieces take to solve.
  tbb::enumerable_thread_specific<std::unique_ptr<z3::context>> contexts;
  int threads =
      request.threads == 0 ? tbb::task_arena::automatic : static_cast<int>(request.threads);
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_for_each(order.begin(), order.end(), [&](size_t p) {
      auto& ctx = contexts.local();
      if (!ctx) ctx = std::make_unique<z3::context>();
      outcomes[p] = SolvePiece(corpus, facts, partition, partition.pieces[p], request, *ctx);
      size_t n = ++done;
      if (request.progress) {
        std::lock_guard lock(progress_mutex);
        request.progress(n, order.size());
      }
    });
  });

  SolvedCorpus out;
  std::vector<std::pair<int, FindingClaim>> views;
  std::vector<std::pair<int, Diagnostic>> diagnostics;
  std::sort(order.begin(), order.end());
  for (size_t p : order) {
    auto& o = outcomes[p];
    out.components += o.components;
    out.touched += partition.pieces[p].size();
    for (auto& f : o.findings) out.findings.push_back(std::move(f));
    for (auto& v : o.views) views.push_back(std::move(v));
    for (auto& d : o.diagnostics) diagnostics.push_back(std::move(d));
  }
  std::stable_sort(views.begin(), views.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [i, v] : views) out.views.push_back(std::move(v));
  for (auto& [i, d] : diagnostics) out.diagnostics.Add(std::move(d));
  solve::SortFindings(out.findings);
  return out;
}

}  // namespace crosscheck::app
