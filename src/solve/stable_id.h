#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::solve {

// A finding's id: `prefix` (its kind's letter) and a hash of `parts` (the facts or claim ids it
// is about), in any order: "C-3f2a9c01b7de". Ids survive reordering and unrelated edits, so
// baselines can accept a finding by id.
std::string StableId(std::string_view prefix, const std::vector<std::string>& parts);

}  // namespace crosscheck::solve
