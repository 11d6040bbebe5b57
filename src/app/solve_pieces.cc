#include "app/solve_pieces.h"

#include <fmt/format.h>
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for_each.h>
#include <oneapi/tbb/task_arena.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <chrono>
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

// Everything a piece's outcome depends on besides the request's fingerprint: its claims as
// loaded (ids, values as written, positions, attributions ...) and their articles' dates and
// weights. Hashed, not compared: 128 bits make a collision negligible.
std::string PieceKey(const Corpus& corpus, const std::vector<const Claim*>& claims,
                     std::string_view shared_digest) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  auto add = [&](std::string_view s) {
    uint64_t n = s.size();
    XXH3_128bits_update(state, &n, sizeof n);
    XXH3_128bits_update(state, s.data(), s.size());
  };
  auto add_int = [&](long long v) { XXH3_128bits_update(state, &v, sizeof v); };
  add(shared_digest);
  for (const Claim* c : claims) {
    add(c->id);
    add(c->article);
    for (const auto& s : c->subjects) add(s);
    add(c->property);
    add(c->value_text);
    add(c->when_text);
    add(c->quote);
    add_int(c->span ? static_cast<long long>(c->span->begin) : -1);
    add_int(c->span ? static_cast<long long>(c->span->end) : -1);
    add_int(static_cast<int>(c->attribution.kind));
    add(c->attribution.source);
    add_int(static_cast<int>(c->expect));
    add(c->pos.file);
    add_int(c->pos.line);
    add_int(c->pos.column);
    if (const Article* a = c->article.empty() ? nullptr : corpus.FindArticle(c->article)) {
      add_int(a->published.from.value_or(-1));
      add_int(a->published.to.value_or(-1));
      add_int(a->reliability);
    }
  }
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return hex;
}

int ShardOf(const Claim& first, int count) {
  return static_cast<int>(XXH3_64bits(first.id.data(), first.id.size()) %
                          static_cast<uint64_t>(count)) +
         1;
}

PieceOutcome SolvePiece(const Corpus& corpus, const encode::CorpusFacts& facts,
                        const encode::Partition& partition, const std::vector<int>& piece,
                        const std::vector<const Claim*>& claims, const SolveRequest& request,
                        z3::context& ctx) {
  auto start = std::chrono::steady_clock::now();
  encode::Encoding encoding = encode::Encode(corpus, ctx, {request.precision, &claims, &facts});
  PieceOutcome out;
  // Encoded claims keep the piece's order, so their global indices follow by merging.
  std::unordered_map<const Claim*, int> index;
  for (int i : piece) index.emplace(partition.claims[static_cast<size_t>(i)], i);
  out.claims = piece.size();
  // Reports read claim views for two things only: the HTML timeline (dated claims) and the
  // regression verdict (`expect` marks). A million views is most of a large check's memory.
  for (const auto& ec : encoding.claims) {
    if (ec.view.unit == "day" || !ec.view.expect.empty()) {
      out.views.emplace_back(index.at(ec.claim), ec.view);
    }
  }
  out.encoded = encoding.claims.size();
  for (const auto& d : encoding.diagnostics.items()) {
    int at = piece.front();
    for (const Claim* c : claims) {
      if (c->id == d.claim_id) at = index.at(c);
    }
    out.diagnostics.emplace_back(at, d);
  }
  // The whole piece, even under --changed: its outcome then does not depend on the scope, so
  // the cache can keep it.
  auto encoded = std::chrono::steady_clock::now();
  size_t without_z3 = 0;
  solve::CheckScope scope;
  scope.without_z3 = &without_z3;
  out.findings = solve::Check(encoding, corpus, ctx, request.limits, &out.components, scope);
  MarkPrecisionModes(corpus, facts, claims, request, ctx, out.findings);
  if (request.timings) {
    auto ns = [](auto d) {
      return std::chrono::duration_cast<std::chrono::nanoseconds>(d).count();
    };
    request.timings->encode_ns += ns(encoded - start);
    request.timings->solve_ns += ns(std::chrono::steady_clock::now() - encoded);
    request.timings->components += out.components;
    request.timings->without_z3 += without_z3;
  }
  return out;
}

}  // namespace

std::vector<PieceOutcome> SolvePieces(const Corpus& corpus, const SolveRequest& request) {
  auto start = std::chrono::steady_clock::now();
  encode::CorpusFacts facts = encode::StudyCorpus(corpus);
  encode::Partition partition = encode::PartitionClaims(corpus);
  if (request.timings) {
    request.timings->prepare_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::steady_clock::now() - start)
                                       .count();
  }

  std::vector<size_t> order;  // the pieces to solve
  for (size_t p = 0; p < partition.pieces.size(); ++p) {
    const auto& piece = partition.pieces[p];
    if (request.shard.count > 1 && ShardOf(*partition.claims[static_cast<size_t>(piece.front())],
                                           request.shard.count) != request.shard.index) {
      continue;
    }
    bool wanted = request.changed.empty();
    for (int i : piece) {
      if (wanted) break;
      wanted = request.changed.count(partition.claims[static_cast<size_t>(i)]->pos.file) > 0;
    }
    if (wanted) order.push_back(p);
  }
  // Largest first, so that one big piece does not start last and keep a core waiting.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return partition.pieces[a].size() > partition.pieces[b].size();
  });

  // What every piece's outcome depends on (the request's fingerprint with the catalogue's
  // bytes, the corpus's candidate years and currency choices), hashed once: each piece's key
  // starts from this digest instead of hashing megabytes again.
  std::string shared_digest;
  if (request.cache && request.cache->enabled()) {
    std::string shared = request.fingerprint;
    shared += fmt::format("\nyears {} {}", facts.years.first, facts.years.second);
    for (const auto& [key, unit] : facts.money_units) shared += "\n" + key + "=" + unit;
    XXH128_hash_t h = XXH3_128bits(shared.data(), shared.size());
    shared_digest.assign(reinterpret_cast<const char*>(&h), sizeof h);
  }

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
      const auto& piece = partition.pieces[p];
      std::vector<const Claim*> claims;
      claims.reserve(piece.size());
      for (int i : piece) claims.push_back(partition.claims[static_cast<size_t>(i)]);
      std::string key;
      std::optional<PieceOutcome> cached;
      if (request.cache && request.cache->enabled()) {
        key = PieceKey(corpus, claims, shared_digest);
        cached = request.cache->Find(key);
      }
      if (cached) {
        outcomes[p] = std::move(*cached);
      } else {
        auto& ctx = contexts.local();
        if (!ctx) ctx = std::make_unique<z3::context>();
        outcomes[p] = SolvePiece(corpus, facts, partition, piece, claims, request, *ctx);
        if (!key.empty()) request.cache->Keep(key, EncodePiece(outcomes[p]));
      }
      size_t n = ++done;
      if (request.progress) {
        std::lock_guard lock(progress_mutex);
        request.progress(n, order.size());
      }
    });
  });
  std::sort(order.begin(), order.end());
  std::vector<PieceOutcome> out;
  out.reserve(order.size());
  for (size_t p : order) out.push_back(std::move(outcomes[p]));
  return out;
}

SolvedCorpus MergeOutcomes(std::vector<PieceOutcome> outcomes) {
  SolvedCorpus out;
  std::vector<std::pair<int, FindingClaim>> views;
  std::vector<std::pair<int, Diagnostic>> diagnostics;
  for (auto& o : outcomes) {
    out.components += o.components;
    out.touched += o.claims;
    out.encoded += o.encoded;
    for (auto& f : o.findings) out.findings.push_back(std::move(f));
    for (auto& v : o.views) views.push_back(std::move(v));
    for (auto& d : o.diagnostics) diagnostics.push_back(std::move(d));
  }
  auto by_index = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(views.begin(), views.end(), by_index);
  std::stable_sort(diagnostics.begin(), diagnostics.end(), by_index);
  for (auto& [i, v] : views) out.views.push_back(std::move(v));
  for (auto& [i, d] : diagnostics) out.diagnostics.Add(std::move(d));
  solve::SortFindings(out.findings);
  return out;
}

}  // namespace crosscheck::app
