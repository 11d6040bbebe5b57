// libFuzzer target: the claim-file loader on arbitrary bytes, against the bundled catalogue and
// one small article. It must never crash, hang or grow without bound, whatever YAML it is fed.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "io/catalogue_loader.h"
#include "io/claim_loader.h"
#include "model/corpus.h"

namespace {

crosscheck::Corpus& FuzzCorpus() {
  static crosscheck::Corpus* corpus = [] {
    auto* c = new crosscheck::Corpus;
    crosscheck::Diagnostics ignored;
    crosscheck::io::LoadCatalogue(CROSSCHECK_SOURCE_DIR "/claims/catalogue", "catalogue",
                                  c->catalogue, ignored);
    crosscheck::Article a;
    a.id = "a";
    a.language = "fr";
    a.text = "DeepSeek a dépensé 6 millions de dollars, lundi 27 janvier.";
    a.published.from = a.published.to = 20116;  // 2025-01-28
    c->articles.push_back(a);
    return c;
  }();
  return *corpus;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string yaml(reinterpret_cast<const char*>(data), size);
  std::map<std::string, crosscheck::io::SpaceFoldedText> folded;
  std::vector<crosscheck::ExchangeRate> rates;
  crosscheck::Diagnostics diags;
  crosscheck::io::LoadClaimFileText("fuzz.yaml", yaml, FuzzCorpus(), folded, &rates, diags);
  return 0;
}
