#pragma once

#include <vector>

#include "model/finding.h"
#include "solve/component_claims.h"
#include "solve/oracle.h"

namespace crosscheck::solve {

// The findings of claims that hold together (`kept`: all of a component's claims, or those the
// cheapest correction keeps, `after_correction`): per variable a tension (a narrow window of
// dates) or else a variation (different figures that overlap), and per publication variable
// an inference (the days its relative dates pin the publication to).
void AddAgreements(const ComponentClaims& claims, Oracle& oracle, const std::vector<int>& kept,
                   bool after_correction, std::vector<Finding>& out);

}  // namespace crosscheck::solve
