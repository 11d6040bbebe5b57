#pragma once

#include <string>
#include <vector>

#include "model/check_result.h"

namespace crosscheck::report {

// Every note a report shows, in words: the run's own (scope, regression verdicts), then each
// rate never compared because one figure holds over a stated period and another has none.
std::vector<std::string> NoteLines(const CheckResult& result);

// "Not compared: fete-des-lumieres's daily_visitors «près de 25 000 visiteurs par jour»
// (a-visitors) holds over «entre vendredi et dimanche», and «20 000 visiteurs par jour»
// (b-visitors) has no period (it holds at publication). ..."
std::string UncomparedRatesText(const UncomparedRates& g);

// Why an accepted finding is accepted, in words: "accepted by J. Martin on 2026-11-30: both
// figures are quoted as their sources gave them", or "accepted: baseline or expected" when the
// baseline says no more. "" when `id` is not accepted.
std::string AcceptanceText(const CheckResult& result, const std::string& id);

}  // namespace crosscheck::report
