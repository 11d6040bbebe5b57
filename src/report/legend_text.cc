#include "report/legend_text.h"

namespace crosscheck::report {

const Legend& KindLegend() {
  static const Legend kLegend = {
      {"contradiction",
       "claims that cannot all be true; the cheapest correction says which to doubt first"},
      {"tension", "claims that can all hold, but only within a narrow window"},
      {"inference", "a date no claim states that the claims pin down (an undated article's day)"},
      {"variation", "different values for one fact that can all hold, and why"},
      {"unknown", "claims the solver could not decide within its limits"},
      {"to review",
       "a finding that rests on claims read with low confidence (automatic extraction): check "
       "them before reporting it"},
  };
  return kLegend;
}

const Legend& SeverityLegend() {
  static const Legend kLegend = {
      {"high",
       "rests on claims the articles assert in their own voice, or on the reference ledger"},
      {"medium", "needs a claim an article attributes to someone else (\"selon\", a conditional)"},
      {"low",
       "needs a claim an article marks as unproven, or is a near miss: the two camps are closer "
       "than the vaguest claim's own precision"},
  };
  return kLegend;
}

}  // namespace crosscheck::report
