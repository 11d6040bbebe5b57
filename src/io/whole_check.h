#pragma once

#include "common/diagnostic.h"
#include "model/corpus.h"

namespace crosscheck::io {

// Checks every claim's `of` (the claim whose figure it is a part of) against the loaded claims,
// once every claim file is read: the id must name a loaded claim of an additive property of the
// same dimension, and parts must not form a cycle. A claim whose whole is wrong is reported at
// the field's position and left out, as is a part of a claim left out, so that every part the
// encoder meets has its whole. `article_claims_loaded` is false when only the reference ledger
// is read (`check --extract`): an unknown id may then be in a claim file not loaded.
void CheckWholes(Corpus& corpus, bool article_claims_loaded, Diagnostics& diags);

}  // namespace crosscheck::io
