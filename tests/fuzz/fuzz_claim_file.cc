// libFuzzer target: the claim-file loader on arbitrary bytes, against the bundled catalogue and
// one small article. It must never crash, hang or grow without bound, whatever YAML it is fed,
// and what it loads must survive the claim cache's codec: written, read back and written again,
// the same bytes (the same claims, rates and diagnostics).

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "invariant.h"
#include "io/catalogue_loader.h"
#include "io/claim_codec.h"
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
  auto file =
      crosscheck::io::LoadClaimFileText("fuzz.yaml", yaml, FuzzCorpus(), folded, &rates, diags);
  crosscheck::io::ClaimFileResult loaded{std::move(file), std::move(rates), std::move(diags), {}};
  std::string written;
  crosscheck::io::EncodeClaimFileResult(loaded, "fuzz.yaml", written);
  auto read = crosscheck::io::DecodeClaimFileResult(written, "fuzz.yaml");
  FUZZ_INVARIANT(read.has_value(), "the codec reads back what it wrote");
  std::string again;
  crosscheck::io::EncodeClaimFileResult(*read, "fuzz.yaml", again);
  FUZZ_INVARIANT(again == written, "a loaded claim file written, read and written again");
  FUZZ_INVARIANT(read->file.has_value() == loaded.file.has_value(), "the file survives");
  if (loaded.file) {
    FUZZ_INVARIANT(read->file->claims.size() == loaded.file->claims.size(), "every claim");
    for (size_t i = 0; i < loaded.file->claims.size(); ++i) {
      std::string before, after;
      crosscheck::io::EncodeClaim(loaded.file->claims[i], before);
      crosscheck::io::EncodeClaim(read->file->claims[i], after);
      FUZZ_INVARIANT(before == after, "each claim's canonical bytes");
    }
  }
  return 0;
}
