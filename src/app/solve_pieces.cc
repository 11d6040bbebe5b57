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
#include "encode/inferred_days.h"
#include "encode/partition.h"
#include "io/content_key.h"
#include "solve/checker.h"
#include "solve/precision_modes.h"
#include "solve/review.h"

namespace crosscheck::app {
namespace {

// A piece's cache key (io/content_key.h): the digest every piece shares (the request's
// fingerprint, the corpus's years and currency choices), then each claim's canonical bytes and
// the key of the article it cites (by id, so a missing article keys as such).
using ArticleKeys = std::unordered_map<std::string_view, std::string>;
std::string PieceKey(const std::vector<const Claim*>& claims, const ArticleKeys& articles,
                     std::string_view shared_digest) {
  io::ContentKey key;
  key.Add(shared_digest);
  for (const Claim* c : claims) {
    key.Add(*c);
    auto it = articles.find(c->article);
    key.Add(it == articles.end() ? std::string_view() : std::string_view(it->second));
  }
  return key.Hex();
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
  solve::MarkPrecisionModes(corpus, facts, claims, request.precision, request.limits, ctx,
                            out.findings);
  solve::MarkForReview(out.findings);
  encode::ShowOverInferredPublication(facts, request.precision, encoding, out.findings);
  // Reports read claim views for two things only: the HTML timeline (dated claims) and the
  // regression verdict (`expect` marks). A million views is most of a large check's memory.
  for (const auto& ec : encoding.claims) {
    if (ec.view.scale != IntervalScale::kFigure || ec.view.expect != Expectation::kNone) {
      out.views.emplace_back(index.at(ec.claim), ec.view);
    }
  }
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
    bool wanted = !request.changed;
    for (int i : piece) {
      if (wanted) break;
      const Claim& c = *partition.claims[static_cast<size_t>(i)];
      wanted = request.changed->count(c.pos.file) > 0 || request.changed_claims.count(c.id) > 0;
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
  ArticleKeys article_keys;
  bool cached = request.cache && request.cache->enabled();
  if (cached || request.trace) {
    io::ContentKey shared;
    shared.Add(request.fingerprint);
    shared.Add(facts.years.first);
    shared.Add(facts.years.second);
    for (const auto& [key, unit] : facts.money_units) {
      shared.Add(key);
      shared.Add(unit);
    }
    shared_digest = shared.Digest();
  }
  if (cached) {
    for (const auto& a : corpus.articles) article_keys.emplace(a.id, io::ArticleKey(a));
  }
  if (request.trace) {
    request.trace->shared_facts = shared_digest;
    request.trace->pieces.clear();
    for (size_t p : order) {
      std::vector<TracedClaim> traced;
      for (int i : partition.pieces[p]) {
        const Claim& c = *partition.claims[static_cast<size_t>(i)];
        traced.push_back({c.id, c.pos.file});
      }
      request.trace->pieces.push_back(std::move(traced));
    }
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
        key = PieceKey(claims, article_keys, shared_digest);
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
  // Views and diagnostics are put in claim order through their positions, each moved once (a
  // view is large, and there is one per claim).
  std::vector<std::pair<int, std::pair<size_t, size_t>>> views, diagnostics;  // index, (o, k)
  size_t findings = 0;
  for (size_t o = 0; o < outcomes.size(); ++o) {
    out.components += outcomes[o].components;
    out.touched += outcomes[o].claims;
    out.encoded += outcomes[o].encoded;
    findings += outcomes[o].findings.size();
    for (size_t k = 0; k < outcomes[o].views.size(); ++k) {
      views.push_back({outcomes[o].views[k].first, {o, k}});
    }
    for (size_t k = 0; k < outcomes[o].diagnostics.size(); ++k) {
      diagnostics.push_back({outcomes[o].diagnostics[k].first, {o, k}});
    }
  }
  auto by_index = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(views.begin(), views.end(), by_index);
  std::stable_sort(diagnostics.begin(), diagnostics.end(), by_index);
  out.views.reserve(views.size());
  for (const auto& [i, at] : views) {
    out.views.push_back(std::move(outcomes[at.first].views[at.second].second));
  }
  for (const auto& [i, at] : diagnostics) {
    out.diagnostics.Add(std::move(outcomes[at.first].diagnostics[at.second].second));
  }
  out.findings.reserve(findings);
  for (auto& o : outcomes) {
    for (auto& f : o.findings) out.findings.push_back(std::move(f));
  }
  solve::SortFindings(out.findings);
  return out;
}

}  // namespace crosscheck::app
