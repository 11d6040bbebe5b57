#pragma once

#include <string>

#include "model/article.h"
#include "model/catalogue.h"
#include "model/claim.h"
#include "model/finding.h"
#include "model/quantity.h"

namespace crosscheck::encode {

// How a report shows a claim (FindingClaim): its text, source and reading; each value kind's
// encoder then adds the normalised interval it computed. Internal to encode/.
FindingClaim ClaimView(const Claim& c, const Property& p, const Article* a,
                       const Catalogue& catalogue, PrecisionMode precision);

// The view's normalised interval: `range` in `unit`.
void SetInterval(FindingClaim& v, const Interval& range, const std::string& unit);

}  // namespace crosscheck::encode
