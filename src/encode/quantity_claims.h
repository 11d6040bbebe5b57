#pragma once

#include "encode/encoding.h"

namespace crosscheck::encode {

struct EncoderState;

// A figure as bounds on its subject's variable in the property's base unit (money in the
// currency its figures compare in, a declared dimension in its base unit), or on the sum of
// several subjects' variables. False, with a diagnostic, when it cannot be compared.
bool EncodeQuantity(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                    EncodedClaim& ec);

}  // namespace crosscheck::encode
