#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "io/claim_file_result.h"

namespace crosscheck::io {

// Appends `result` to `out` in a compact binary form for the parsed-claim cache. Positions in
// `display_path` (nearly all of them) are written without repeating the path.
void EncodeClaimFileResult(const ClaimFileResult& result, const std::string& display_path,
                           std::string& out);

// One claim's, or one exchange rate's, canonical bytes: every field, positions with their file
// named. Cache keys hash these (io/content_key.h), so a field added to the model and to this
// codec (which the round-trip tests force) is in every key.
void EncodeClaim(const Claim& claim, std::string& out);
void EncodeExchangeRate(const ExchangeRate& rate, std::string& out);

// One value's bytes alone (the readings a check's findings carry, app/result_codec.h), and back;
// nullopt if `bytes` are not exactly one well-formed value.
std::string EncodeValue(const Value& value);
std::optional<Value> DecodeValue(std::string_view bytes);

// Reads an encoding back; nullopt if `bytes` is not exactly one well-formed encoding.
std::optional<ClaimFileResult> DecodeClaimFileResult(std::string_view bytes,
                                                     const std::string& display_path);

}  // namespace crosscheck::io
