#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.h"
#include "io/yaml_document.h"
#include "model/catalogue.h"
#include "model/corpus.h"

namespace crosscheck::io {

// Reads an `exchange_rates:` list (claims/reference.yaml, catalogue/exchange_rates.yaml): each
// item {from, to, period, low, high, source}, currencies known to `catalogue`, a period of one
// calendar date (a year, a month, a day). Malformed items are errors with their position and
// are left out.
void ReadExchangeRates(const YamlDocument& doc, YamlNode list, const Catalogue& catalogue,
                       std::vector<ExchangeRate>& rates, Diagnostics& diags);

// A whole file whose only key is `exchange_rates:` (the rates shipped with crosscheck).
std::vector<ExchangeRate> LoadExchangeRatesText(const std::string& display_path,
                                                std::string_view yaml, const Catalogue& catalogue,
                                                Diagnostics& diags);

}  // namespace crosscheck::io
