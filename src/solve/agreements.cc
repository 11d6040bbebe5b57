#include "solve/agreements.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "solve/finding_text.h"

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
    auto caveat_for = [&](int var) {
      return doubted_vars.count(var) ? std::string(" (once the suggested retractions are made)")
                                     : std::string();
    };
    for (const auto& [var, claims] : by_var) {
      std::string caveat = caveat_for(var);
      const auto& v = cc_.Var(var);
      // A tension says more than a variation about the same claims: report one of them.
      bool tension = v.key.kind == encode::VarKind::kDate && claims.size() >= 2 &&
                     Tension(var, claims, kept, caveat);
      if (!tension) Variations(var, claims, caveat);
    }
    std::set<int> inferred;
    for (int b : cc_.component().background) {
      for (int var : cc_.encoding().background[static_cast<size_t>(b)].vars) {
        if (cc_.Var(var).key.kind == encode::VarKind::kPublication && inferred.insert(var).second) {
          Inference(var, kept, caveat_for(var));
        }
      }
    }
  }

 private:
  // A low-severity finding about one variable and the claims on it, with their ids, views and
  // one sentence per claim saying how it was read.
  Finding StartFinding(FindingKind kind, const encode::Variable& v, const std::vector<int>& claims,
                       std::vector<const FindingClaim*>* views, std::string* why) const {
    Finding f;
    f.kind = kind;
    f.severity = FindingSeverity::kLow;
    f.subject = v.subject;
    f.property = v.property;
    for (int i : claims) {
      const FindingClaim* c = cc_.View(i);
      f.claims.push_back(*c);
      views->push_back(c);
      *why += fmt::format("«{}» ({}) is {}. ", c->value, Source(*c), c->reading);
    }
    return f;
  }

  void Variations(int var, const std::vector<int>& claims, const std::string& caveat) {
    const auto& v = cc_.Var(var);
    // Several values of a multi-valued property are not different figures for one thing.
    const Property* property = cc_.corpus().catalogue.FindProperty(v.property);
    if (property && !property->single_valued) return;
    // Only fixed readings count as figures: "hier" and "2025-01-27" may name the same day.
    std::set<std::tuple<std::string, std::string, bool, bool>> readings;
    for (int i : claims) {
      const FindingClaim* c = cc_.View(i);
      if (c->low.empty() && c->high.empty()) continue;
      readings.insert({c->low, c->high, c->low_open, c->high_open});
    }
    if (readings.size() < 2) return;
    std::vector<const FindingClaim*> views;
    std::string why;
    Finding f = StartFinding(FindingKind::kVariation, v, claims, &views, &why);
    f.summary = fmt::format("{} claims state {} {} differently, and all can hold{}: {}.",
                            claims.size(), NamedPossessive(cc_.corpus().catalogue, v.subject),
                            v.property, caveat, DescribeCamp(views));
    f.explanation = why + "Their intervals overlap, so all of them can hold at once.";
    f.id = StableId("V", {fmt::format("{}", v.key)});
    out_.push_back(std::move(f));
  }

  bool Tension(int var, const std::vector<int>& claims, const std::vector<int>& kept,
               const std::string& caveat) {
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
    std::vector<const FindingClaim*> views;
    std::string why;
    Finding f = StartFinding(FindingKind::kTension, v, claims, &views, &why);
    f.window = Window{static_cast<DayNumber>(window->low), static_cast<DayNumber>(window->high)};
    f.summary = fmt::format(
        "The claims on {} {} hold together only if it falls within {}{}: "
        "{} days, where the narrowest claim alone allows {}.",
        NamedPossessive(cc_.corpus().catalogue, v.subject), v.property,
        DateRange(window->low, window->high), caveat, width, narrowest);
    f.explanation = why +
                    "Each is plausible alone; together they leave a narrow window, worth "
                    "checking against a primary source.";
    f.id = StableId("T", {fmt::format("{}", v.key)});
    out_.push_back(std::move(f));
    return true;
  }

  void Inference(int var, const std::vector<int>& kept, const std::string& caveat) {
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
    std::string metadata =
        a->published.unknown()
            ? "no date"
            : fmt::format("{} to {}", a->published.from ? FormatDay(*a->published.from) : "?",
                          a->published.to ? FormatDay(*a->published.to) : "?");
    f.summary =
        fmt::format("{} was published {}{}, by its relative dates (its metadata gives {}).", a->id,
                    window->low == window->high ? "on " + DateRange(window->low, window->high)
                                                : "within " + DateRange(window->low, window->high),
                    caveat, metadata);
    std::string why;
    for (size_t k = 0; k < own; ++k) {
      const auto& c = f.claims[k];
      why += fmt::format("«{}» is {}. ", c.value, c.reading);
    }
    if (own < f.claims.size()) {
      std::string from;
      for (size_t k = own; k < f.claims.size(); ++k) {
        const auto& c = f.claims[k];
        from += fmt::format("{}«{}» ({})", from.empty() ? "" : ", ", c.value,
                            c.article.empty() ? "reference ledger" : c.article);
      }
      why += fmt::format("They are counted from what other sources date: {}. ", from);
    }
    f.explanation = why + "Only these publication days satisfy them all.";
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
