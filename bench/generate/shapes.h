// Fact builders: each adds the claims several articles make about one fact (one entity and
// property), plain, with a planted contradiction, or as a trap (claims that look conflicting and
// are consistent under docs/semantics.md), and records what it planted in the corpus.
//
// Plain facts are consistent by construction: a true value is drawn first and every claim's
// interval, as the generator reads it, holds it with a margin. A contradiction adds one outlier
// that is apart (with a margin) from at least one other claim; the ids recorded are the outlier
// and the claims it is apart from.
#pragma once

#include <cstddef>

#include "corpus.h"

namespace bench {

enum class Role { kPlain, kContradiction, kTrap };

// Each adds exactly `size` claims and returns true, or adds nothing and returns false when the
// corpus lacks the articles the shape needs (the caller then tries another shape).
bool AddCountFact(Corpus& corpus, size_t size, Role role);
bool AddMoneyFact(Corpus& corpus, size_t size, Role role);
bool AddShareFact(Corpus& corpus, size_t size, Role role);  // percentages and ratios
bool AddCurrenciesFact(Corpus& corpus, size_t size, Role role);
bool AddSeriesFact(Corpus& corpus, size_t size, Role role);
bool AddDateFact(Corpus& corpus, size_t size, Role role);
bool AddRelativeDateFact(Corpus& corpus, size_t size, Role role);
bool AddAgeFact(Corpus& corpus, size_t size, Role role);
bool AddCategoryFact(Corpus& corpus, size_t size, Role role);

}  // namespace bench
