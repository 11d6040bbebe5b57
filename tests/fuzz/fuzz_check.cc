// libFuzzer target: the whole check pipeline (load, encode, solve) on small claim files that the
// fuzzer writes against a fixed article and the bundled catalogue, with tight solver limits so
// that every run ends.

#include <z3++.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "encode/encoding.h"
#include "io/catalogue_loader.h"
#include "io/claim_loader.h"
#include "solve/checker.h"

namespace {

crosscheck::Corpus Base() {
  crosscheck::Corpus c;
  crosscheck::Diagnostics ignored;
  crosscheck::io::LoadCatalogue(CROSSCHECK_SOURCE_DIR "/claims/catalogue", "catalogue", c.catalogue,
                                ignored);
  crosscheck::Article a;
  a.id = "a";
  a.language = "fr";
  a.text = "DeepSeek a dépensé 6 millions de dollars, lundi 27 janvier, avec 2 048 puces A100.";
  a.published.from = 20100;
  a.published.to = 20130;
  c.articles.push_back(a);
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // small claim sets: the point is the pipeline, not the parser
  static const crosscheck::Corpus base = Base();
  crosscheck::Corpus corpus = base;
  std::string yaml(reinterpret_cast<const char*>(data), size);
  std::map<std::string, crosscheck::io::SpaceFoldedText> folded;
  crosscheck::Diagnostics diags;
  auto file = crosscheck::io::LoadClaimFileText("fuzz.yaml", yaml, corpus, folded,
                                                &corpus.exchange_rates, diags);
  if (!file) return 0;
  corpus.claim_files.push_back(std::move(*file));
  z3::context ctx;
  auto encoding = crosscheck::encode::Encode(corpus, ctx);
  size_t components = 0;
  crosscheck::solve::SolveLimits limits{8, 200'000};
  (void)crosscheck::solve::Check(encoding, corpus, ctx, limits, &components);
  return 0;
}
