#pragma once

#include <z3++.h>

#include <map>
#include <string>

#include "encode/encoding.h"
#include "model/catalogue.h"

namespace crosscheck::encode {

struct EncoderState;

// A category-valued property of one subject: one Boolean per node of its taxonomy.
struct CategoryVar {
  const Taxonomy* taxonomy = nullptr;
  const Property* property = nullptr;
  std::string subject;
  std::map<std::string, z3::expr> held;  // node id -> "the subject's value lies under it"
};

// The literal "the subject's value lies under `node`", made on first use.
z3::expr Held(EncoderState& s, CategoryVar& cv, const std::string& node);

// A category claim: its node is held. False, with a diagnostic, when the property's taxonomy
// is missing.
bool EncodeCategory(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                    EncodedClaim& ec);

// The laws of each category variable's taxonomy (background, never retracted).
void EncodeCategoryStructure(EncoderState& s);

}  // namespace crosscheck::encode
