#pragma once

#include "encode/encoding.h"

namespace crosscheck::encode {

struct EncoderState;

// Claims about days (docs/semantics.md, "Dates"), each false with a diagnostic when it cannot
// be encoded. A date constrains its subject's day variable, or is anchored on another claim's;
// an age relates a birth day to the day it is stated for; a duration is a length in days,
// possibly the days between two dated claims.
bool EncodeDate(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                EncodedClaim& ec);
bool EncodeAge(EncoderState& s, const Claim& c, const Article* a, EncodedClaim& ec);
bool EncodeDuration(EncoderState& s, const Claim& c, const Property& p, EncodedClaim& ec);

}  // namespace crosscheck::encode
