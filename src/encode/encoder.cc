#include <fmt/format.h>

#include "encode/catalogue_laws.h"
#include "encode/category_claims.h"
#include "encode/claim_view.h"
#include "encode/date_claims.h"
#include "encode/encoder_state.h"
#include "encode/encoding.h"
#include "encode/part_of_laws.h"
#include "encode/quantity_claims.h"

namespace crosscheck::encode {
namespace {

// One claim, by the kind of value its property takes: added to the encoding when it encodes.
void EncodeClaim(EncoderState& s, const Claim& c) {
  const Property* p = s.corpus.catalogue.FindProperty(c.property);
  if (!p) {
    // The loader keeps such claims out of a corpus (io/claim_loader.cc); a corpus built another
    // way must still not lose a claim without a word.
    s.Skip(c, fmt::format("property '{}' is not in the catalogue", c.property));
    return;
  }
  const Article* a = s.ArticleOf(c);
  // Attribution weight times the outlet's reliability (docs/semantics.md).
  int weight = DefaultWeight(c.attribution.kind) * (a ? a->reliability : 1);
  EncodedClaim ec{&c,
                  a,
                  s.ctx.bool_val(true),
                  {},
                  -1,
                  weight,
                  ClaimView(c, *p, a, s.corpus.catalogue, s.options.precision)};
  bool ok = false;
  switch (p->kind) {
    case ValueKind::kQuantity:
      ok = EncodeQuantity(s, c, *p, a, ec);
      break;
    case ValueKind::kDate:
      ok = EncodeDate(s, c, *p, a, ec);
      break;
    case ValueKind::kAge:
      ok = EncodeAge(s, c, a, ec);
      break;
    case ValueKind::kDuration:
      ok = EncodeDuration(s, c, *p, ec);
      break;
    case ValueKind::kCategory:
      ok = EncodeCategory(s, c, *p, a, ec);
      break;
    case ValueKind::kEntity:
      return;  // entity-valued properties are multi-valued: not checked
  }
  if (ok) s.out.claims.push_back(std::move(ec));
}

}  // namespace

Encoding Encode(const Corpus& corpus, z3::context& ctx, const EncodeOptions& options) {
  CorpusFacts studied;
  if (!options.facts) studied = StudyCorpus(corpus);
  EncoderState s(corpus, ctx, options, options.facts ? *options.facts : studied);
  s.ForEachClaim([&](const Claim& c) { s.claims_by_id.emplace(c.id, &c); });
  s.ForEachClaim([&](const Claim& c) { EncodeClaim(s, c); });
  // The laws between the variables the claims made.
  EncodeCategoryStructure(s);
  EncodeCatalogueLaws(s);
  EncodePartsOfWholes(corpus.catalogue, ctx, s.out);
  return std::move(s.out);
}

}  // namespace crosscheck::encode
