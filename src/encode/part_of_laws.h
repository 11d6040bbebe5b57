#pragma once

// Parts of wholes (docs/semantics.md, "Parts of wholes"): a site of a company, a subsidiary of
// a group, a stage of a programme (the catalogue's `part_of`), and a figure stated as a part of
// another claim's ("of which 900 at the new site", a claim's `of`).

#include <string>
#include <vector>

#include "encode/encoding.h"
#include "model/catalogue.h"

namespace crosscheck::encode {

// The wholes `entity` is a part of, nearest first (its `part_of`, that one's, ...), as entity
// ids. An entity whose chain comes back on itself has none (the catalogue loader reports the
// cycle as an error).
std::vector<std::string> WholesOf(const Catalogue& catalogue, const std::string& entity);

// Adds to `out`, once every claim is encoded:
// - for each additive quantity variable, the law that it is at most the variable of its nearest
//   whole with the same property and period (the same time), and that the parts of one whole at
//   that time add up to at most the whole, each at least 0 (parts of one whole do not overlap);
// - to each claim with `of`, the bound that its figure is at most its whole claim's (part of
//   the claim: retracting it drops the bound).
void EncodePartsOfWholes(const Catalogue& catalogue, z3::context& ctx, Encoding& out);

}  // namespace crosscheck::encode
