#pragma once

namespace crosscheck::encode {

struct EncoderState;

// The catalogue's relations between properties, as laws over the variables this encoding made
// (background, never retracted): "a part's date comes before its owner's", "at most", "not
// before the chip model's release when it holds that chip".
void EncodeCatalogueLaws(EncoderState& s);

}  // namespace crosscheck::encode
