#pragma once

#include <z3++.h>

#include <optional>
#include <string>
#include <utility>

#include "encode/encoding.h"

namespace crosscheck::encode {

struct EncoderState;

// The day variables date, age and duration claims share. Internal to encode/.

// The article's publication day P: a constant when its metadata fixes the day, so that the
// article's dated claims stay independent of each other (and solve in separate components);
// else its bounded variable, shared by the claims that need it and only by them (then added to
// `ec.vars`). nullopt for the reference ledger.
std::optional<z3::expr> PublicationOf(EncoderState& s, const Article* a, EncodedClaim& ec);

// The day variable of `subject`'s `property`.
int DateVar(EncoderState& s, const std::string& subject, const std::string& property);

// The day variable a date claim constrains: the subject's for a single-valued property;
// several values (interviews on several dates) never conflict: one variable per claim.
int ClaimDateVar(EncoderState& s, const Claim& c, const Property& p);

// The date variable of the claim `id` names (`relative_to`, `between`); -1 when it is not a
// dated claim of this encoding (io/anchor_check.cc keeps such claims out of a corpus).
int AnchorVar(EncoderState& s, const std::string& id);

// The years an anchor's date may take, for the anchored claims' month and year options: the
// candidate years and every year a date claim of this encoding writes, widened by the reach
// of every anchored offset (a chain of anchors adds them up).
std::pair<int, int> AnchorYears(EncoderState& s);

}  // namespace crosscheck::encode
