#pragma once

#include <functional>
#include <set>

#include "encode/encoding.h"
#include "model/check_result.h"
#include "model/corpus.h"
#include "solve/components.h"
#include "solve/mus.h"

namespace crosscheck::solve {

// Solves every component of `encoding` and turns what it finds into findings: contradictions
// (grouped minimal sets, camps, cheapest correction), tensions, variations, inferences and
// undecided components.
// `only_touching`, when given, restricts the check to the components that contain one of these
// claims (indices into encoding.claims); `progress` is told after each component.
struct CheckScope {
  const std::set<int>* only_touching = nullptr;
  std::function<void(size_t done, size_t total)> progress;
  size_t* without_z3 = nullptr;  // when given, counts the components the interval path decided
};

std::vector<Finding> Check(const encode::Encoding& encoding, const Corpus& corpus, z3::context& ctx,
                           const SolveLimits& limits, size_t* components,
                           const CheckScope& scope = {});

// The order every report lists findings in: contradictions first, then by severity, subject,
// property and id (a total order, whatever order the components were solved in).
void SortFindings(std::vector<Finding>& findings);

// Whether the claims with these ids cannot all hold under `other`, an encoding of the same
// corpus with another precision mode. The background laws that apply are those of the claims'
// components of `other` (`components`: SplitComponents(other)), as when the checker solves a
// component alone: laws that share no variable with the claims cannot change the answer, and a
// large piece has thousands of them.
bool Unsatisfiable(const encode::Encoding& other, const std::vector<Component>& components,
                   const std::vector<std::string>& claim_ids, z3::context& ctx, unsigned rlimit);

}  // namespace crosscheck::solve
