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

// Reads an encoding back; nullopt if `bytes` is not exactly one well-formed encoding.
std::optional<ClaimFileResult> DecodeClaimFileResult(std::string_view bytes,
                                                     const std::string& display_path);

}  // namespace crosscheck::io
