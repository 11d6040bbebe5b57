#include "solve/checker.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

#include "solve/component_checker.h"
#include "solve/components.h"
#include "solve/interval_solver.h"

namespace crosscheck::solve {
namespace {

int KindRank(FindingKind k) {
  switch (k) {
    case FindingKind::kContradiction:
      return 0;
    case FindingKind::kUnknown:
      return 1;
    case FindingKind::kTension:
      return 2;
    case FindingKind::kInference:
      return 3;
    case FindingKind::kVariation:
      return 4;
    case FindingKind::kToReview:  // its own section, after every finding a desk can sign
      return 5;
  }
  return 6;
}

// The catalogue's names of the entities a finding speaks of, for the report's sentences.
void NameSubjects(const Catalogue& catalogue, Finding& f) {
  auto name = [&](const std::string& subject) {
    size_t from = 0;
    while (from <= subject.size()) {
      size_t plus = subject.find(" + ", from);
      std::string id =
          subject.substr(from, plus == std::string::npos ? std::string::npos : plus - from);
      if (const Entity* e = catalogue.FindEntity(id)) {
        if (!e->name.empty()) f.names[id] = e->name;
        if (!e->wikidata.empty()) f.wikidata[id] = e->wikidata;
      }
      if (plus == std::string::npos) break;
      from = plus + 3;
    }
  };
  name(f.subject);
  for (const auto& c : f.claims) name(c.subject);
}

}  // namespace

std::vector<Finding> Check(const encode::Encoding& encoding, const Corpus& corpus, z3::context& ctx,
                           const SolveLimits& limits, size_t* components, const CheckScope& scope) {
  std::vector<Finding> out;
  auto comps = SplitComponents(encoding);
  if (scope.only_touching) {
    std::erase_if(comps, [&](const Component& c) {
      return std::none_of(c.claims.begin(), c.claims.end(),
                          [&](int i) { return scope.only_touching->count(i) > 0; });
    });
  }
  if (components) *components = comps.size();
  for (size_t i = 0; i < comps.size(); ++i) {
    ComponentChecker checker(encoding, corpus, comps[i], ctx, limits);
    size_t before = out.size();
    checker.Run(out);
    for (size_t k = before; k < out.size(); ++k) NameSubjects(corpus.catalogue, out[k]);
    if (scope.without_z3 && checker.decided_without_z3()) ++*scope.without_z3;
    if (scope.progress) scope.progress(i + 1, comps.size());
  }
  SortFindings(out);
  return out;
}

void SortFindings(std::vector<Finding>& findings) {
  // Sorted as positions, compared through references, then moved once: a finding is large
  // (its claims' views), and a million-claim corpus has hundreds of thousands of them.
  auto key = [](const Finding& f) { return std::tie(f.severity, f.subject, f.property, f.id); };
  std::vector<size_t> order(findings.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Finding &x = findings[a], &y = findings[b];
    int rx = KindRank(x.kind), ry = KindRank(y.kind);
    if (rx != ry) return rx < ry;
    return key(x) < key(y);
  });
  std::vector<Finding> sorted;
  sorted.reserve(findings.size());
  for (size_t i : order) sorted.push_back(std::move(findings[i]));
  findings = std::move(sorted);
}

bool Unsatisfiable(const encode::Encoding& other, const std::vector<Component>& components,
                   const std::vector<std::string>& claim_ids, z3::context& ctx, unsigned rlimit) {
  std::set<std::string> wanted(claim_ids.begin(), claim_ids.end());
  std::vector<z3::expr> hard, soft;
  for (const auto& component : components) {
    bool holds = std::any_of(component.claims.begin(), component.claims.end(), [&](int i) {
      return wanted.count(other.claims[static_cast<size_t>(i)].view.id) > 0;
    });
    if (!holds) continue;
    for (int i : component.background) {
      hard.push_back(other.background[static_cast<size_t>(i)].constraint);
    }
    for (int i : component.claims) {
      const auto& c = other.claims[static_cast<size_t>(i)];
      if (wanted.count(c.view.id)) soft.push_back(c.constraint);
    }
  }
  std::vector<int> all(soft.size());
  std::iota(all.begin(), all.end(), 0);
  if (auto intervals = IntervalSolver::Recognise(hard, soft)) {
    return intervals->Check(all) == z3::unsat;
  }
  TrackedSolver solver(ctx, hard, soft, rlimit);
  return solver.Check(all) == z3::unsat;
}

}  // namespace crosscheck::solve
