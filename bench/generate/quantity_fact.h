// One quantity fact being drawn: the claims' drafts and what each allows, how to add a claim of
// a value, and how to add an outlier apart from the others (in every currency crosscheck may
// compare money in).
#pragma once

#include <string>
#include <vector>

#include "corpus.h"
#include "figures.h"
#include "quantity_properties.h"

namespace bench {

// A random hedge or form (docs/semantics.md); bounded forms pin the value from both sides, so
// that an outlier can be apart from them.
Form DrawForm(Rng& rng);
Form DrawBoundedForm(Rng& rng);

// What a claim allows, in its own currency for money.
struct Meaning {
  Range range;
  Currency currency = Currency::kUsd;
};

struct Fact {
  Corpus& corpus;
  const QuantityProperty& p;
  size_t entity;
  std::string when;  // "" or a year
  int year = 0;
  std::vector<Draft> drafts;
  std::vector<Meaning> meanings;

  // Adds a claim of `truth` (stored integer, in currency `c` for money) in `form` to article `a`.
  void Add(uint32_t a, int64_t truth, Form form, Currency c);
  // Adds a claim of truth x factor() in article `a`, drawn until it is apart from some earlier
  // claim; returns the indices of the claims it is apart from (empty if no draw succeeded).
  std::vector<size_t> AddOutlier(uint32_t a, int64_t truth, Currency c, double (*factor)(Rng&));
  std::vector<std::string> Commit();

 private:
  bool Apart(const Meaning& a, const Meaning& b) const;
};

// An outlier's factor: 2.2 to 4 times the value, or 0.2 to 0.42 of it.
double FarOff(Rng& rng);
// The latest year a figure can be about when these articles report it: the year the earliest of
// them was published (2024 at most).
int LatestYear(const Corpus& corpus, const std::vector<uint32_t>& articles);
// A ledger year no later than `latest` (the ledger's first when it has none that early).
int LedgerYear(const Corpus& corpus, int latest, Rng& rng);
Currency DrawCurrency(Rng& rng);
double CurrencyFactor(Currency c);
// The ids truth.json records for a contradiction: the outlier, then the claims it is apart from.
std::vector<std::string> PlantedIds(const std::vector<std::string>& ids,
                                    const std::vector<size_t>& apart, size_t outlier);

}  // namespace bench
