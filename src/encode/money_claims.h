#pragma once

#include <map>
#include <string>

#include "encode/encoding.h"
#include "model/quantity.h"

namespace crosscheck::encode {

struct EncoderState;
class ClaimTime;

// Figures about one property at one time are compared in the currency most of their claims
// use (the first on a tie), so that two amounts in the same currency compare exactly: only
// claims in another currency pass through the ledger's rate interval.
// ClaimTime::MoneyKey -> that currency, counted over every money figure of the corpus.
std::map<std::string, std::string> ChooseMoneyUnits(const Corpus& corpus, const ClaimTime& time);

// A money claim's `range` in `unit` (written in) -> in the currency its figures compare in,
// through an exchange-rate interval when the currencies differ (the view's reading says so).
// False, with a diagnostic, when no date or no rate allows the conversion.
bool ToComparedCurrency(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                        Interval& range, std::string& unit, EncodedClaim& ec);

}  // namespace crosscheck::encode
