#pragma once

#include <vector>

#include "encode/encoding.h"

namespace crosscheck::solve {

// Claims that share no variable (directly or through a background law) cannot conflict, so each
// component is solved alone.
struct Component {
  std::vector<int> claims;      // indices into Encoding::claims, ascending
  std::vector<int> background;  // indices into Encoding::background
};

// One pass of union-find over the variables; components in order of their first claim.
std::vector<Component> SplitComponents(const encode::Encoding& encoding);

}  // namespace crosscheck::solve
