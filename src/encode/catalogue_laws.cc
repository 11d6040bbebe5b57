#include "encode/catalogue_laws.h"

#include "encode/encoder_state.h"

namespace crosscheck::encode {
namespace {

// `left` is at most `right` for every subject with both, in the same period.
void EncodeAtMostSameSubject(EncoderState& s, const PropertyRelation& r) {
  for (size_t i = 0; i < s.out.vars.size(); ++i) {
    const Variable& left = s.out.vars[i];
    if (left.key.kind != VarKind::kQuantity || left.property != r.left) continue;
    int right = s.FindVar({VarKind::kQuantity, left.subject, r.right, left.key.period});
    if (right < 0) continue;
    s.out.background.push_back(
        {left.expr <= s.Expr(right),
         {static_cast<int>(i), right},
         {.kind = LawKind::kAtMost, .property = r.left, .other_property = r.right}});
  }
}

// "The owner's left date comes before its part's right date". From this encoding's own date
// variables, not the whole catalogue: a large corpus is encoded in thousands of pieces, each
// with a handful of variables.
void EncodeBeforePartOf(EncoderState& s, const PropertyRelation& r) {
  size_t n = s.out.vars.size();
  for (size_t i = 0; i < n; ++i) {
    const Variable& v = s.out.vars[i];
    if (v.key.kind != VarKind::kDate || v.property != r.right) continue;
    const Entity* found = s.corpus.catalogue.FindEntity(v.subject);
    if (!found || found->part_of.empty() ||
        v.key != VarKey{VarKind::kDate, found->id, r.right, ""}) {
      continue;
    }
    const Entity& e = *found;
    int owner = s.FindVar({VarKind::kDate, e.part_of, r.left, ""});
    int part = static_cast<int>(i);
    if (owner < 0) continue;
    s.out.background.push_back({s.Expr(owner) < s.Expr(part),
                                {owner, part},
                                {.kind = LawKind::kBeforePartOf,
                                 .property = r.left,
                                 .subject = e.part_of,
                                 .other_property = r.right,
                                 .other_subject = e.id}});
  }
}

// "A cluster's chips cannot be bought before the chip model was released": for every value
// of the `via` category that names an entity, holding it puts left on or after right.
void EncodeNotBeforeVia(EncoderState& s, const PropertyRelation& r) {
  for (auto& [index, cv] : s.categories) {
    if (r.via != RelationVia::kCategory || cv.property->id != r.via_property) continue;
    int left = s.FindVar({VarKind::kDate, cv.subject, r.left, ""});
    if (left < 0) continue;
    for (const auto& node : cv.taxonomy->nodes()) {
      if (node.entity.empty()) continue;
      int right = s.FindVar({VarKind::kDate, node.entity, r.right, ""});
      if (right < 0) continue;
      s.out.background.push_back({z3::implies(Held(s, cv, node.id), s.Expr(left) >= s.Expr(right)),
                                  {left, index, right},
                                  {.kind = LawKind::kNotBeforeVia,
                                   .property = r.left,
                                   .subject = cv.subject,
                                   .other_property = r.right,
                                   .other_subject = node.entity,
                                   .via_property = r.via_property,
                                   .via_node = node.id}});
    }
  }
}

}  // namespace

void EncodeCatalogueLaws(EncoderState& s) {
  for (const auto& r : s.corpus.catalogue.relations()) {
    if (r.kind == RelationKind::kAtMost && r.via == RelationVia::kSameSubject) {
      EncodeAtMostSameSubject(s, r);
    } else if (r.kind == RelationKind::kBefore && r.via == RelationVia::kPartOf) {
      EncodeBeforePartOf(s, r);
    } else if (r.kind == RelationKind::kNotBefore) {
      EncodeNotBeforeVia(s, r);
    }
  }
}

}  // namespace crosscheck::encode
