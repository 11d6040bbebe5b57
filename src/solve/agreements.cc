#include "solve/agreements.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "solve/stable_id.h"

namespace crosscheck::solve {
namespace {

// A forced window of dates is a tension when it is narrower than every claim alone allows and
// either at most a quarter of the narrowest claim's interval or at most a quarter of a year: a
// desk recognises "they only fit within three months" as worth a primary source, whatever the
// claims' own widths (an age plus a birth year pinning a birthday into 70 days).
constexpr long long kTensionShare = 4;     // window * 4 <= narrowest
constexpr long long kTensionMaxDays = 90;  // or window <= 90 days

// Claims of other articles tried one by one for an inference's anchors (one query each).
constexpr size_t kMaxAnchorQueries = 64;

class AgreementFinder {
 public:
  AgreementFinder(const ComponentClaims& cc, Oracle& oracle, std::vector<Finding>& out)
      : cc_(cc), oracle_(oracle), out_(out) {}

  void Run(const std::vector<int>& kept, bool after_correction) {
    std::map<int, std::vector<int>> by_var;  // primary variable -> kept claims about it
    for (int i : kept) {
      if (cc_.Claim(i).primary_var >= 0) by_var[cc_.Claim(i).primary_var].push_back(i);
    }
    // Claims doubted by the correction, by the variables they mention: a finding on one of
    // those variables holds only once they are set aside, and says so.
    std::set<int> doubted_vars;
    if (after_correction) {
      std::set<int> kept_set(kept.begin(), kept.end());
      for (size_t i = 0; i < cc_.size(); ++i) {
        if (kept_set.count(static_cast<int>(i))) continue;
        for (int var : cc_.Claim(static_cast<int>(i)).vars) doubted_vars.insert(var);
      }
    }
    auto after_retractions_on = [&](int var) { return doubted_vars.count(var) > 0; };
    for (const auto& [var, claims] : by_var) {
      bool after_retractions = after_retractions_on(var);
      const auto& v = cc_.Var(var);
      // A tension says more than a variation about the same claims: report one of them.
      bool tension = v.key.kind == encode::VarKind::kDate && claims.size() >= 2 &&
                     Tension(var, claims, kept, after_retractions);
      if (!tension) Variations(var, claims, after_retractions);
    }
    std::set<int> inferred;
    for (int b : cc_.component().background) {
      for (int var : cc_.encoding().background[static_cast<size_t>(b)].vars) {
        if (cc_.Var(var).key.kind == encode::VarKind::kPublication && inferred.insert(var).second) {
          Inference(var, kept, after_retractions_on(var));
        }
      }
    }
  }

 private:
  // A low-severity finding about one variable and the claims on it.
  Finding StartFinding(FindingKind kind, const encode::Variable& v, const std::vector<int>& claims,
                       bool after_retractions) const {
    Finding f;
    f.kind = kind;
    f.severity = FindingSeverity::kLow;
    f.subject = v.subject;
    f.property = v.property;
    f.after_retractions = after_retractions;
    for (int i : claims) f.claims.push_back(*cc_.View(i));
    return f;
  }

  void Variations(int var, const std::vector<int>& claims, bool after_retractions) {
    const auto& v = cc_.Var(var);
    // Several values of a multi-valued property are not different figures for one thing.
    const Property* property = cc_.corpus().catalogue.FindProperty(v.property);
    if (property && !property->single_valued) return;
    // Only fixed readings count as figures: "hier" and "2025-01-27" may name the same day. Days
    // derived from a publication day (shown to the reader) are not what the text wrote.
    std::set<std::tuple<std::string, std::string, bool, bool>> readings;
    for (int i : claims) {
      const FindingClaim* c = cc_.View(i);
      if ((c->low.empty() && c->high.empty()) || c->days_source != DaysSource::kAsWritten) {
        continue;
      }
      readings.insert({c->low, c->high, c->low_open, c->high_open});
    }
    if (readings.size() < 2) return;
    Finding f = StartFinding(FindingKind::kVariation, v, claims, after_retractions);
    f.id = StableId("V", {fmt::format("{}", v.key)});
    out_.push_back(std::move(f));
  }

  bool Tension(int var, const std::vector<int>& claims, const std::vector<int>& kept,
               bool after_retractions) {
    const auto& v = cc_.Var(var);
    auto window = ComponentClaims::RangeOf(oracle_, kept, v.expr);
    if (!window) return false;
    long long narrowest = -1;
    for (int i : claims) {
      auto width = cc_.WidthAlone(oracle_, i, v.expr);
      if (width && (narrowest < 0 || *width < narrowest)) narrowest = *width;
    }
    long long width = window->high - window->low + 1;
    if (narrowest < 0 || width >= narrowest) return false;
    if (width * kTensionShare > narrowest && width > kTensionMaxDays) return false;
    Finding f = StartFinding(FindingKind::kTension, v, claims, after_retractions);
    f.window = Window{static_cast<DayNumber>(window->low), static_cast<DayNumber>(window->high)};
    f.narrowest_claim_days = narrowest;
    f.id = StableId("T", {fmt::format("{}", v.key)});
    out_.push_back(std::move(f));
    return true;
  }

  void Inference(int var, const std::vector<int>& kept, bool after_retractions) {
    const auto& v = cc_.Var(var);
    const Article* a = cc_.corpus().FindArticle(v.article);
    if (!a || a->published.exact()) return;
    auto window = ComponentClaims::RangeOf(oracle_, kept, v.expr);
    if (!window) return;
    if (window->low <= v.min_day && window->high >= v.max_day) return;
    Finding f;
    f.kind = FindingKind::kInference;
    f.severity = FindingSeverity::kLow;
    std::vector<int> anchors;  // claims of other articles the window is counted from
    for (int i : kept) {
      const auto& vars = cc_.Claim(i).vars;
      if (std::find(vars.begin(), vars.end(), var) == vars.end()) {
        anchors.push_back(i);
        continue;
      }
      f.claims.push_back(*cc_.View(i));
    }
    size_t own = f.claims.size();
    // A claim elsewhere fixes the inference when the window widens without it ("hier" is
    // counted from the day another article gives the event). Bounded: one query per claim.
    if (anchors.size() <= kMaxAnchorQueries) {
      for (int i : anchors) {
        std::vector<int> without;
        for (int k : kept) {
          if (k != i) without.push_back(k);
        }
        auto wider = ComponentClaims::RangeOf(oracle_, without, v.expr);
        if (wider && wider->low >= window->low && wider->high <= window->high) continue;
        f.claims.push_back(*cc_.View(i));
      }
    }
    f.subject = a->id;
    f.property = "published";
    f.window = Window{static_cast<DayNumber>(window->low), static_cast<DayNumber>(window->high)};
    f.published_metadata = a->published;
    f.own_claims = own;
    f.after_retractions = after_retractions;
    f.id = StableId("I", {fmt::format("{}", v.key)});
    out_.push_back(std::move(f));
  }

  const ComponentClaims& cc_;
  Oracle& oracle_;
  std::vector<Finding>& out_;
};

}  // namespace

void AddAgreements(const ComponentClaims& claims, Oracle& oracle, const std::vector<int>& kept,
                   bool after_correction, std::vector<Finding>& out) {
  AgreementFinder(claims, oracle, out).Run(kept, after_correction);
}

}  // namespace crosscheck::solve
