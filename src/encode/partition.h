#pragma once

#include <vector>

#include "model/corpus.h"

namespace crosscheck::encode {

// The corpus cut into pieces that share no variable, without building a single constraint:
// each claim's variables are named from its subject, property and value kind the way the
// encoder names them (plus the catalogue laws that tie variables together), and one pass of
// union-find over those names groups the claims. The cut may be coarser than the components
// the solver then finds in a piece (a time-indexed figure is grouped over all its periods,
// a catalogue law over every subject it could bind), never finer: two claims in different
// pieces can never constrain each other, so pieces are encoded and solved independently,
// on as many threads as there are cores.
//
// Pieces come in the order of their first claim; claims keep corpus order within a piece.
// Claims whose property the catalogue does not know form pieces of their own.
struct Partition {
  std::vector<const Claim*> claims;      // every claim, in corpus order
  std::vector<std::vector<int>> pieces;  // indices into `claims`, ascending
};
Partition PartitionClaims(const Corpus& corpus);

}  // namespace crosscheck::encode
