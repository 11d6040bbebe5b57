#pragma once

#include "common/diagnostic.h"
#include "model/corpus.h"

namespace crosscheck::io {

// Checks every claim's `relative_to` and `between` against the loaded claims, once every claim
// file is read: the ids must name claims that are loaded and dated (a date property), and
// anchors must not form a cycle. A claim whose anchors are wrong is reported at the field's
// position and left out, as is a claim anchored on a claim left out, so that every claim the
// encoder meets has its anchors. `article_claims_loaded` is false when only the reference
// ledger is read (`check --extract`): an unknown id may then be in a claim file not loaded.
void CheckAnchors(Corpus& corpus, bool article_claims_loaded, Diagnostics& diags);

}  // namespace crosscheck::io
