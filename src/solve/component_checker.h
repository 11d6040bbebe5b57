#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/finding.h"
#include "solve/component_claims.h"

namespace crosscheck::solve {

// Solves one component and turns what it finds into findings: an exact solver when the
// component has its shape (bounds on one variable, single-valued categories), else Z3; then the
// minimal sets to doubt, the cheapest correction, and the findings of what holds together.
class ComponentChecker {
 public:
  ComponentChecker(const encode::Encoding& enc, const Corpus& corpus, const Component& comp,
                   z3::context& ctx, const SolveLimits& limits)
      : claims_(enc, corpus, comp, ctx, limits) {}

  void Run(std::vector<Finding>& out);

  // Whether an exact solver decided the component, without Z3.
  bool decided_without_z3() const { return without_z3_; }

 private:
  template <typename ExactSolver>
  void RunExact(const ExactSolver& exact, Oracle& oracle, std::vector<Finding>& out);
  std::optional<std::vector<std::vector<std::string>>> LeafShape() const;
  void Unknown(std::vector<Finding>& out, UndecidedStep step) const;

  ComponentClaims claims_;
  bool without_z3_ = false;
};

}  // namespace crosscheck::solve
