#include "solve/contradictions.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "model/interval.h"
#include "solve/stable_id.h"

namespace crosscheck::solve {
namespace {

FindingSeverity SeverityOf(const std::vector<const FindingClaim*>& set) {
  bool reported = false;
  for (const auto* c : set) {
    if (c->attribution.kind == AttributionKind::kAlleged) return FindingSeverity::kLow;
    reported |= c->attribution.kind == AttributionKind::kReported;
  }
  return reported ? FindingSeverity::kMedium : FindingSeverity::kHigh;
}

// Maximal groups of the claims that agree with each other: the maximal satisfiable subsets
// MARCO met, restricted to the group and kept when no other contains them; claims none of
// them covers (a capped listing) get a greedily grown group of their own.
std::vector<std::vector<std::string>> Camps(const ComponentClaims& cc, Oracle& oracle,
                                            const std::vector<int>& claims,
                                            const std::vector<std::vector<int>>& maximal) {
  std::set<int> group(claims.begin(), claims.end());
  std::set<std::vector<int>> projected;
  for (const auto& mss : maximal) {
    std::vector<int> camp;
    for (int i : mss) {
      if (group.count(i)) camp.push_back(i);
    }
    if (!camp.empty()) projected.insert(camp);
  }
  std::set<std::vector<int>> camps;
  for (const auto& camp : projected) {
    bool contained = std::any_of(projected.begin(), projected.end(), [&](const auto& other) {
      return other != camp && std::includes(other.begin(), other.end(), camp.begin(), camp.end());
    });
    if (!contained) camps.insert(camp);
  }
  for (int start : claims) {
    bool covered = std::any_of(camps.begin(), camps.end(), [&](const std::vector<int>& camp) {
      return std::find(camp.begin(), camp.end(), start) != camp.end();
    });
    if (covered) continue;
    std::vector<int> camp{start};
    for (int other : claims) {
      if (other == start) continue;
      camp.push_back(other);
      if (oracle.Check(camp) != z3::sat) camp.pop_back();
    }
    std::sort(camp.begin(), camp.end());
    camps.insert(camp);
  }
  std::vector<std::vector<std::string>> out;
  for (const auto& camp : camps) {
    std::vector<std::string> ids;
    ids.reserve(camp.size());
    for (int i : camp) ids.push_back(cc.View(i)->id);
    out.push_back(std::move(ids));
  }
  return out;
}

// The other corrections of the finding that cost what its cheapest one costs: the claims
// outside each camp whose retraction weighs the same as `f.retract`. Keeping a camp is a
// correction (the camp holds together, and it is maximal), so a camp of equal weight is a
// choice the tie-break made silently.
std::vector<std::vector<std::string>> EquallyCheap(const ComponentClaims& cc, const Finding& f,
                                                   const std::set<int>& involved) {
  std::map<std::string, int> weight_of;
  for (int i : involved) weight_of[cc.View(i)->id] = cc.weights()[static_cast<size_t>(i)];
  auto weight = [&](const std::vector<std::string>& ids) {
    long long w = 0;
    for (const auto& id : ids) w += weight_of[id];
    return w;
  };
  long long cost = weight(f.retract);
  std::vector<std::vector<std::string>> out;
  if (f.retract.empty()) return out;
  for (const auto& camp : f.camps) {
    std::set<std::string> kept(camp.begin(), camp.end());
    std::vector<std::string> doubted;
    for (int i : involved) {
      if (!kept.count(cc.View(i)->id)) doubted.push_back(cc.View(i)->id);
    }
    bool same = std::set<std::string>(doubted.begin(), doubted.end()) ==
                std::set<std::string>(f.retract.begin(), f.retract.end());
    if (same || weight(doubted) != cost) continue;
    if (std::find(out.begin(), out.end(), doubted) == out.end()) out.push_back(doubted);
  }
  return out;
}

// The facts the report's words for a contradiction need (report/finding_text.h): whether it is
// about one fact, the catalogue laws the first minimal set rests on, a clash of taxonomy
// branches, and whether the listing was capped.
void AddFacts(const ComponentClaims& cc, Finding& f, const std::vector<std::string>& keys,
              const std::vector<int>& first_set, bool capped) {
  f.single_fact = keys.size() == 1;
  bool categories = std::all_of(first_set.begin(), first_set.end(), [&](int i) {
    int var = cc.Claim(i).primary_var;
    return var >= 0 && cc.Var(var).key.kind == encode::VarKind::kCategory;
  });
  if (categories && f.single_fact) {
    const FindingClaim* c = cc.View(first_set.front());
    const Property* p = cc.corpus().catalogue.FindProperty(c->property);
    f.taxonomy_clash = TaxonomyClash{c->unit, c->property, p && p->single_valued};
  }
  f.laws = cc.LawsUsed(first_set);
  if (capped) f.listing_capped_at = cc.limits().max_minimal_sets;
}

// The interval a camp of figure claims leaves: each end the tightest of its members' (an
// unbounded end stays unbounded).
Interval Meet(const ComponentClaims& cc, const std::vector<int>& members) {
  Interval m;
  for (int i : members) {
    const Interval& c = *cc.Claim(i).interval;
    if (c.low.value && (!m.low.value || *c.low.value > *m.low.value ||
                        (*c.low.value == *m.low.value && c.low.open))) {
      m.low = c.low;
    }
    if (c.high.value && (!m.high.value || *c.high.value < *m.high.value ||
                         (*c.high.value == *m.high.value && c.high.open))) {
      m.high = c.high;
    }
  }
  return m;
}

// A dispute over one figure: the distance between the camps' facing ends (the lower camp's high
// end to the higher camp's low end), against the widest interval one claim allows on its own, in
// the claims' one unit (an amount converted from another currency counts its own precision, not
// the rate's uncertainty: EncodedClaim::own_width). Claims open on one side ("at most 9") have no
// width and are not the vaguest; a dispute whose claims are all open, or in several units, is
// not graded.
std::optional<Gap> FigureGap(const ComponentClaims& cc, const Finding& f,
                             const std::map<std::string, int>& local,
                             const std::set<int>& involved) {
  const std::string& unit = cc.View(*involved.begin())->unit;
  for (int i : involved) {
    if (!cc.Claim(i).interval || cc.View(i)->unit != unit) return std::nullopt;
  }
  Interval camps[2];
  for (int k = 0; k < 2; ++k) {
    std::vector<int> members;
    for (const auto& id : f.camps[static_cast<size_t>(k)]) members.push_back(local.at(id));
    camps[k] = Meet(cc, members);
  }
  auto below = [](const Interval& lower, const Interval& upper) {
    return lower.high.value && upper.low.value && *lower.high.value <= *upper.low.value;
  };
  const Interval* lower = &camps[0];
  const Interval* upper = &camps[1];
  if (!below(*lower, *upper)) std::swap(lower, upper);
  if (!below(*lower, *upper)) return std::nullopt;  // the camps overlap: no distance to give
  Gap gap;
  gap.scale = IntervalScale::kFigure;
  gap.unit = unit;
  gap.distance = *upper->low.value - *lower->high.value;
  for (int i : involved) {
    const std::optional<Rational>& width = cc.Claim(i).own_width;
    if (!width) continue;
    if (gap.vaguest_claim.empty() || *width > gap.vaguest_claim_width) {
      gap.vaguest_claim_width = *width;
      gap.vaguest_claim = cc.View(i)->id;
    }
  }
  if (gap.vaguest_claim.empty() || gap.vaguest_claim_width <= 0) return std::nullopt;
  return gap;
}

// A dispute over one date: the days between the camps' nearest readings (with the background
// laws, from the solver), against the vaguest claim's own span.
std::optional<Gap> DateGap(const ComponentClaims& cc, Oracle& oracle, const Finding& f,
                           const std::map<std::string, int>& local, const std::set<int>& involved,
                           const z3::expr& x) {
  std::optional<ComponentClaims::IntRange> camps[2];
  for (int k = 0; k < 2; ++k) {
    std::vector<int> members;
    for (const auto& id : f.camps[static_cast<size_t>(k)]) members.push_back(local.at(id));
    camps[k] = ComponentClaims::RangeOf(oracle, members, x);
    if (!camps[k]) return std::nullopt;  // a camp open on one side: no finite distance to give
  }
  Gap gap;
  gap.days = std::max(camps[1]->low - camps[0]->high, camps[0]->low - camps[1]->high);
  if (gap.days < 1) return std::nullopt;
  for (int i : involved) {
    auto width = cc.WidthAlone(oracle, i, x);
    if (width && *width > gap.vaguest_claim_days) {
      gap.vaguest_claim_days = *width;
      gap.vaguest_claim = cc.View(i)->id;
    }
  }
  if (gap.vaguest_claim.empty()) return std::nullopt;
  return gap;
}

// How far apart the two camps of a dispute over one date or one figure are, against the
// vaguest claim's own span: a near miss (within that span) is graded low whatever the sources'
// standing, and the report gives the distance either way ("1 day apart, where «il y a une
// petite semaine» allows 3 days"; "129.5 apart, where «139» spans 1").
void Grade(const ComponentClaims& cc, Oracle& oracle, Finding& f, const std::set<int>& involved) {
  if (f.camps.size() != 2) return;
  int var = cc.Claim(*involved.begin()).primary_var;
  if (var < 0) return;
  const auto& v = cc.Var(var);
  std::map<std::string, int> local;
  for (int i : involved) {
    if (cc.Claim(i).primary_var != var) return;
    local[cc.View(i)->id] = i;
  }
  std::optional<Gap> gap;
  if (v.key.kind == encode::VarKind::kDate) {
    gap = DateGap(cc, oracle, f, local, involved, v.expr);
  } else if (v.key.kind == encode::VarKind::kQuantity) {
    gap = FigureGap(cc, f, local, involved);
  }
  if (!gap) return;
  if (gap->near_miss()) f.severity = FindingSeverity::kLow;
  f.gap = std::move(gap);
}

}  // namespace

void AddContradictions(const ComponentClaims& cc, Oracle& oracle,
                       const std::vector<std::vector<int>>& sets,
                       const std::vector<std::vector<int>>& maximal,
                       const std::vector<int>& correction, bool capped, std::vector<Finding>& out) {
  // One finding per disputed fact: sets over the same facts are grouped.
  std::map<std::vector<std::string>, std::vector<const std::vector<int>*>> groups;
  for (const auto& set : sets) {
    std::set<std::string> keys;
    for (int i : set) keys.insert(cc.FactKey(i));
    groups[{keys.begin(), keys.end()}].push_back(&set);
  }
  for (const auto& [keys, members] : groups) {
    std::set<int> involved;
    FindingSeverity severity = FindingSeverity::kLow;
    Finding f;
    f.kind = FindingKind::kContradiction;
    for (const auto* set : members) {
      std::vector<const FindingClaim*> views;
      std::vector<std::string> ids;
      for (int i : *set) {
        involved.insert(i);
        views.push_back(cc.View(i));
        ids.push_back(cc.View(i)->id);
      }
      severity = std::min(severity, SeverityOf(views));  // kHigh < kMedium < kLow
      f.minimal_sets.push_back(ids);
    }
    f.severity = severity;
    std::vector<std::string> ids;
    for (int i : involved) {
      f.claims.push_back(*cc.View(i));
      ids.push_back(cc.View(i)->id);
    }
    for (int i : correction) {
      if (involved.count(i)) f.retract.push_back(cc.View(i)->id);
    }
    f.camps = Camps(cc, oracle, {involved.begin(), involved.end()}, maximal);
    f.equally_cheap = EquallyCheap(cc, f, involved);
    // The disputed fact: the one the cheapest correction doubts, else the first.
    const FindingClaim* fact = &f.claims.front();
    for (const auto& c : f.claims) {
      if (!f.retract.empty() && c.id == f.retract.front()) fact = &c;
    }
    f.subject = fact->subject;
    f.property = fact->property;
    f.id = StableId("C", keys);
    AddFacts(cc, f, keys, *members.front(), capped);
    if (keys.size() == 1) Grade(cc, oracle, f, involved);
    out.push_back(std::move(f));
  }
}

}  // namespace crosscheck::solve
