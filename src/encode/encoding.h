#pragma once

// Z3 lives in encode/ and solve/ only (src/README.md).
#include <z3++.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "encode/var_key.h"
#include "model/corpus.h"
#include "model/finding.h"
#include "model/interval.h"
#include "model/law.h"
#include "model/quantity.h"

namespace crosscheck::encode {

// One unknown of the world the claims describe: a quantity in its base unit, a day, a
// category's held values, an article's publication day.
struct Variable {
  VarKey key;           // what it stands for, and its kind
  z3::expr expr;        // the real or integer variable (for categories: unused)
  std::string subject;  // entity id(s), "+"-joined for sums
  std::string property;
  std::string article;                 // publication variables: the article id
  long long min_day = 0, max_day = 0;  // publication variables: the bounds the metadata allows
};

// A claim as a constraint. Its indicator literal (added by solve) guards `constraint`.
struct EncodedClaim {
  const Claim* claim = nullptr;
  const Article* article = nullptr;  // nullptr for the reference ledger
  z3::expr constraint;
  std::vector<int> vars;  // the shared variables it mentions (components are built from them)
  int primary_var = -1;   // the variable the claim is about
  int weight = 3;
  FindingClaim view;  // how a report shows it, with its normalised value
  // How little the claim pins down (days for dates, relative width for quantities, leaves for
  // categories): between equally cheap corrections, the vaguer claim is doubted first.
  double vagueness = 0;
  // Categories: the leaves of the taxonomy under the claimed node (the values it allows).
  std::vector<std::string> leaves = {};
  // Quantities of one subject: the interval the constraint bounds `primary_var` by, in the
  // view's unit (after precision, units and exchange), which a dispute's gap is measured on.
  std::optional<Interval> interval = std::nullopt;
  // The width of the claim's own interval, as written, in the view's unit: an exchange rate's
  // uncertainty widens `interval` but is not the claim's precision, so an amount converted is
  // counted at the rate's low end. nullopt when the claim is open on a side ("at most 9").
  std::optional<Rational> own_width = std::nullopt;
};

// A law that holds whatever the claims say: a publication interval, a taxonomy's structure, a
// catalogue relation. Never retracted; solve names the catalogue's laws a conflict rests on.
struct Background {
  z3::expr constraint;
  std::vector<int> vars;
  Law law;  // what it says, as data (report/law_text.h puts it in words)
  // The structure of a single-valued category's taxonomy (one leaf, under every node held):
  // with it alone, claims hold together exactly when a leaf lies under all their nodes.
  bool single_leaf_structure = false;
};

struct Encoding {
  std::vector<Variable> vars;
  std::vector<EncodedClaim> claims;
  std::vector<Background> background;
  Diagnostics diagnostics;  // claims that could not be encoded, and why
};

// What every piece of one corpus's encoding shares, computed once: a parallel check encodes
// the corpus in thousands of pieces (encode/partition.h), and each must read it the same way.
struct CorpusFacts {
  std::pair<int, int> years;  // the candidate years of year-less and unknown dates
  // "property@period" -> the currency its figures compare in: the one most of its claims use
  // (the first on a tie), counted over the whole corpus.
  std::map<std::string, std::string> money_units;
};
CorpusFacts StudyCorpus(const Corpus& corpus);

struct EncodeOptions {
  PrecisionMode precision = PrecisionMode::kDefault;
  // Encode only these claims (a piece from PartitionClaims); nullptr: every claim.
  const std::vector<const Claim*>* claims = nullptr;
  // Shared facts of the whole corpus; nullptr: studied from `corpus` on the spot.
  const CorpusFacts* facts = nullptr;
};

// Turns the claims of `corpus` into constraints over shared variables (docs/semantics.md).
Encoding Encode(const Corpus& corpus, z3::context& ctx, const EncodeOptions& options = {});

}  // namespace crosscheck::encode
