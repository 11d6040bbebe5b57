#include "solve/precision_modes.h"

#include <algorithm>

#include "solve/checker.h"
#include "solve/components.h"

namespace crosscheck::solve {

void MarkPrecisionModes(const Corpus& corpus, const encode::CorpusFacts& facts,
                        const std::vector<const Claim*>& claims, PrecisionMode mode,
                        const SolveLimits& limits, z3::context& ctx,
                        std::vector<Finding>& findings) {
  auto contradiction = [](const Finding& f) { return f.kind == FindingKind::kContradiction; };
  if (mode != PrecisionMode::kDefault) {
    // A whole run in one mode: a strict contradiction may dissolve by default, a lenient one
    // holds in every mode (the lenient reading is the widest).
    for (auto& f : findings) {
      if (contradiction(f)) {
        f.holds_in =
            mode == PrecisionMode::kStrict ? PrecisionHold::kStrictRun : PrecisionHold::kEveryMode;
      }
    }
    return;
  }
  if (std::none_of(findings.begin(), findings.end(), contradiction)) return;
  encode::Encoding lenient =
      encode::Encode(corpus, ctx, {PrecisionMode::kLenient, &claims, &facts});
  std::vector<Component> components = SplitComponents(lenient);
  for (auto& f : findings) {
    if (!contradiction(f)) continue;
    bool every = std::any_of(f.minimal_sets.begin(), f.minimal_sets.end(), [&](const auto& set) {
      return Unsatisfiable(lenient, components, set, ctx, limits.rlimit);
    });
    f.holds_in = every ? PrecisionHold::kEveryMode : PrecisionHold::kNotLenient;
  }
}

}  // namespace crosscheck::solve
