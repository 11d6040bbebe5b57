#pragma once

namespace crosscheck {

// A regression expectation a claim file can carry about one of its claims (`expect:`), handed
// from the claim through its finding view to the regression verdict as this value, not as text.
enum class Expectation { kNone, kConflict, kConsistent };

}  // namespace crosscheck
