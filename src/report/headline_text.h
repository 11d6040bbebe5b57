#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/check_result.h"

namespace crosscheck::report {

// Who published each article, as a headline names it: its outlet, else its id.
using OutletNames = std::map<std::string, std::string>;
OutletNames OutletsOf(const std::vector<ArticleInfo>& articles);

// A finding's headline, in words a desk reads without the claim files: entity names, the
// property in words, and for a dispute between two camps who says what ("Fire-Flyer II's chip
// model: Le Monde and Reuters say A100; 01net says H100"). Disputes of many camps or several
// facts, tensions, inferences and variations get a shorter line of the same kind.
std::string Headline(const Finding& f, const OutletNames& outlets);

// Every finding's headline, in the report's order, no two alike: a headline another finding
// already has ends with the finding's id.
std::vector<std::string> Headlines(const CheckResult& result);

}  // namespace crosscheck::report
