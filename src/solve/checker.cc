#include "solve/checker.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "solve/components.h"
#include "solve/finding_text.h"
#include "solve/interval_solver.h"
#include "solve/leaf_set_solver.h"
#include "solve/optimizer.h"

namespace crosscheck::solve {
namespace {

// A forced window of dates is a tension when it is narrower than every claim alone allows and
// either at most a quarter of the narrowest claim's interval or at most a quarter of a year: a
// desk recognises "they only fit within three months" as worth a primary source, whatever the
// claims' own widths (an age plus a birth year pinning a birthday into 70 days).
constexpr long long kTensionShare = 4;     // window * 4 <= narrowest
constexpr long long kTensionMaxDays = 90;  // or window <= 90 days

FindingSeverity SeverityOf(const std::vector<const FindingClaim*>& set) {
  bool reported = false;
  for (const auto* c : set) {
    if (c->attribution.kind == AttributionKind::kAlleged) return FindingSeverity::kLow;
    reported |= c->attribution.kind == AttributionKind::kReported;
  }
  return reported ? FindingSeverity::kMedium : FindingSeverity::kHigh;
}

// What findings ask of a component once its conflicts are listed: whether a subset holds, and
// the integer range a subset leaves a variable. Z3 answers in general, IntervalSolver for
// components of bounds on one variable.
class Oracle {
 public:
  virtual ~Oracle() = default;
  virtual z3::check_result Check(const std::vector<int>& subset) = 0;
  virtual std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                               const z3::expr& x,
                                                               long long span) = 0;
};

class Z3Oracle : public Oracle {
 public:
  explicit Z3Oracle(TrackedSolver& solver) : solver_(solver) {}
  z3::check_result Check(const std::vector<int>& subset) override { return solver_.Check(subset); }
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                       const z3::expr& x, long long span) override {
    return solver_.Range(subset, x, span);
  }

 private:
  TrackedSolver& solver_;
};

class IntervalOracle : public Oracle {
 public:
  explicit IntervalOracle(const IntervalSolver& solver) : solver_(solver) {}
  z3::check_result Check(const std::vector<int>& subset) override { return solver_.Check(subset); }
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                       const z3::expr& /*the one variable*/,
                                                       long long span) override {
    return solver_.Range(subset, span);
  }

 private:
  const IntervalSolver& solver_;
};

class LeafOracle : public Oracle {
 public:
  explicit LeafOracle(const LeafSetSolver& solver) : solver_(solver) {}
  z3::check_result Check(const std::vector<int>& subset) override { return solver_.Check(subset); }
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>&, const z3::expr&,
                                                       long long) override {
    return std::nullopt;  // categories have no range
  }

 private:
  const LeafSetSolver& solver_;
};

class ComponentChecker {
 public:
  ComponentChecker(const encode::Encoding& enc, const Corpus& corpus, const Component& comp,
                   z3::context& ctx, const SolveLimits& limits)
      : enc_(enc), corpus_(corpus), comp_(comp), ctx_(ctx), limits_(limits) {
    for (int b : comp.background)
      hard_.push_back(enc.background[static_cast<size_t>(b)].constraint);
    for (int c : comp.claims) {
      const auto& ec = enc.claims[static_cast<size_t>(c)];
      soft_.push_back(ec.constraint);
      weights_.push_back(ec.weight);
    }
  }

  void Run(std::vector<Finding>& out) {
    if (limits_.fast_path) {
      if (auto intervals = IntervalSolver::Recognise(hard_, soft_)) {
        without_z3_ = true;
        IntervalOracle oracle(*intervals);
        return RunExact(*intervals, oracle, out);
      }
      if (auto leaves = LeafShape()) {
        without_z3_ = true;
        LeafSetSolver solver(*leaves);
        LeafOracle oracle(solver);
        return RunExact(solver, oracle, out);
      }
    }
    TrackedSolver solver(ctx_, hard_, soft_, limits_.rlimit);
    Z3Oracle oracle(solver);
    std::vector<int> all(soft_.size());
    std::iota(all.begin(), all.end(), 0);
    z3::check_result r = solver.Check(all);
    if (r == z3::unknown)
      return Unknown(out, "the solver could not decide these claims within its resource limit");
    std::vector<int> kept = all;
    if (r == z3::unsat) {
      MusResult mus = EnumerateMinimalSets(solver, limits_);
      if (mus.status == SolveStatus::kUnknown) {
        return Unknown(out, "the solver ran out of its resource limit while listing the conflicts");
      }
      std::vector<std::vector<int>> verified;
      for (auto& set : mus.sets) {
        if (Verified(solver, set)) verified.push_back(set);
      }
      std::sort(verified.begin(), verified.end());  // the order MARCO met them in is arbitrary
      auto correction =
          CheapestCorrection(ctx_, hard_, soft_, weights_, TieRanks(), limits_.rlimit);
      if (!correction)
        return Unknown(out, "the solver could not choose a correction within its resource limit");
      Contradictions(oracle, verified, mus.maximal, *correction, mus.status == SolveStatus::kCapped,
                     out);
      std::set<int> dropped(correction->begin(), correction->end());
      kept.clear();
      for (int i : all) {
        if (!dropped.count(i)) kept.push_back(i);
      }
      if (solver.Check(kept) != z3::sat) return;
    }
    Consistent(oracle, kept, r == z3::unsat, out);
  }

  // The same findings for bounds on one variable, decided exactly without a solver.
  bool decided_without_z3() const { return without_z3_; }

  // A component an exact solver decides (IntervalSolver, LeafSetSolver): the same findings as
  // the Z3 path, from the same listing of minimal and maximal sets.
  template <typename ExactSolver>
  void RunExact(const ExactSolver& exact, Oracle& oracle, std::vector<Finding>& out) {
    std::vector<int> kept(soft_.size());
    std::iota(kept.begin(), kept.end(), 0);
    bool conflict = exact.Check(kept) == z3::unsat;
    if (conflict) {
      MusResult mus = exact.MinimalSets(limits_);
      std::vector<int> correction = exact.CheapestCorrection(weights_, TieRanks());
      Contradictions(oracle, mus.sets, mus.maximal, correction, mus.status == SolveStatus::kCapped,
                     out);
      std::set<int> dropped(correction.begin(), correction.end());
      std::erase_if(kept, [&](int i) { return dropped.count(i) > 0; });
    }
    Consistent(oracle, kept, conflict, out);
  }

 private:
  // The leaves each claim allows, when the component is single-valued categories on one
  // variable under nothing but their taxonomy's structure (solve/leaf_set_solver.h).
  std::optional<std::vector<std::vector<std::string>>> LeafShape() const {
    if (soft_.size() > LeafSetSolver::kMaxClaims) return std::nullopt;
    for (int b : comp_.background) {
      if (!enc_.background[static_cast<size_t>(b)].single_leaf_structure) return std::nullopt;
    }
    std::vector<std::vector<std::string>> leaves;
    for (size_t i = 0; i < soft_.size(); ++i) {
      const auto& c = Claim(static_cast<int>(i));
      if (c.leaves.empty() || c.primary_var != Claim(0).primary_var || c.vars.size() != 1) {
        return std::nullopt;
      }
      leaves.push_back(c.leaves);
    }
    return leaves;
  }

  const encode::EncodedClaim& Claim(int local) const {
    return enc_.claims[static_cast<size_t>(comp_.claims[static_cast<size_t>(local)])];
  }
  const FindingClaim* View(int local) const { return &Claim(local).view; }

  // The fact a claim speaks of: its variable's key ("q:high-flyer.assets_under_management@2016"),
  // or all of them for a sum. Finding ids hash these, not claim ids, so a baseline survives new
  // claims joining a known dispute, reordering and unrelated edits.
  std::string FactKey(int local) const {
    const auto& c = Claim(local);
    if (c.primary_var >= 0)
      return fmt::format("{}", enc_.vars[static_cast<size_t>(c.primary_var)].key);
    std::string key;
    for (int v : c.vars) {
      key += (key.empty() ? "" : "+") + fmt::format("{}", enc_.vars[static_cast<size_t>(v)].key);
    }
    return key;
  }

  // Claims ranked for ties between equally cheap corrections: a low-confidence claim (the
  // extractor's guess) is doubted first, then the vaguer claim ("il y a une petite semaine"
  // against "hier"), then the claim whose id sorts last. Ids and readings do not move when an
  // unrelated claim is added, unlike positions.
  std::vector<int> TieRanks() const {
    std::vector<int> order(soft_.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
      bool la = View(a)->confidence.low(), lb = View(b)->confidence.low();
      if (la != lb) return lb;  // the low one sorts last: doubted first
      double va = Claim(a).vagueness, vb = Claim(b).vagueness;
      if (va != vb) return va < vb;
      return View(a)->id < View(b)->id;
    });
    std::vector<int> ranks(soft_.size());
    for (size_t r = 0; r < order.size(); ++r) {
      ranks[static_cast<size_t>(order[r])] = static_cast<int>(order.size() - 1 - r);
    }
    return ranks;
  }

  // Each minimal set is re-checked: unsatisfiable as a whole, satisfiable without any member.
  bool Verified(TrackedSolver& solver, const std::vector<int>& set) {
    if (solver.Check(set) != z3::unsat) return false;
    for (size_t k = 0; k < set.size(); ++k) {
      std::vector<int> without = set;
      without.erase(without.begin() + static_cast<long>(k));
      if (solver.Check(without) != z3::sat) return false;
    }
    return true;
  }

  // How a summary names a subject: the catalogue's name of each entity, without what its
  // parentheses add ("Fire-Flyer II (High-Flyer's second supercomputer)" -> "Fire-Flyer II"),
  // so that a reader sees "High-Flyer", not the id `high-flyer` (ids stay in titles and tables).
  std::string Named(const std::string& subject) const {
    std::string out;
    size_t from = 0;
    while (from <= subject.size()) {
      size_t plus = subject.find(" + ", from);
      std::string id =
          subject.substr(from, plus == std::string::npos ? std::string::npos : plus - from);
      std::string name = id;
      if (const Entity* e = corpus_.catalogue.FindEntity(id); e && !e->name.empty()) {
        name = e->name.substr(0, e->name.find(" ("));
      }
      out += (out.empty() ? "" : " + ") + name;
      if (plus == std::string::npos) break;
      from = plus + 3;
    }
    return out;
  }
  // "High-Flyer's", "Global stock markets'".
  std::string NamedPossessive(const std::string& subject) const {
    std::string name = Named(subject);
    return name + (!name.empty() && name.back() == 's' ? "'" : "'s");
  }

  void Unknown(std::vector<Finding>& out, const std::string& why) {
    Finding f;
    f.kind = FindingKind::kUnknown;
    f.severity = FindingSeverity::kMedium;
    std::vector<std::string> ids;
    for (size_t i = 0; i < soft_.size(); ++i) {
      f.claims.push_back(*View(static_cast<int>(i)));
      ids.push_back(f.claims.back().id);
    }
    f.subject = f.claims.front().subject;
    f.property = f.claims.front().property;
    f.summary = fmt::format("{} claims about {} {} and related facts could not be checked: {}.",
                            f.claims.size(), NamedPossessive(f.subject), f.property, why);
    f.id = StableId("U", ids);
    out.push_back(std::move(f));
  }

  // The catalogue laws a minimal set needs, named for the explanation.
  std::vector<std::string> LawsUsed(const std::vector<int>& set) {
    bool any_law = std::any_of(comp_.background.begin(), comp_.background.end(), [&](int b) {
      return enc_.background[static_cast<size_t>(b)].origin == encode::LawOrigin::kCatalogue;
    });
    if (!any_law) return {};
    std::vector<z3::expr> soft;
    for (int b : comp_.background)
      soft.push_back(enc_.background[static_cast<size_t>(b)].constraint);
    size_t n_laws = soft.size();
    for (int i : set) soft.push_back(soft_[static_cast<size_t>(i)]);
    TrackedSolver s(ctx_, {}, soft, limits_.rlimit);
    std::vector<int> everything(soft.size());
    std::iota(everything.begin(), everything.end(), 0);
    auto minimal = s.Shrink(everything);
    std::vector<std::string> laws;
    if (!minimal) return laws;
    for (int i : *minimal) {
      if (static_cast<size_t>(i) >= n_laws) continue;
      const encode::Background& law =
          enc_.background[static_cast<size_t>(comp_.background[static_cast<size_t>(i)])];
      if (law.origin == encode::LawOrigin::kCatalogue) laws.push_back(law.what);
    }
    return laws;
  }

  void Contradictions(Oracle& solver, const std::vector<std::vector<int>>& sets,
                      const std::vector<std::vector<int>>& maximal,
                      const std::vector<int>& correction, bool capped, std::vector<Finding>& out) {
    // One finding per disputed fact: sets over the same facts are grouped.
    std::map<std::vector<std::string>, std::vector<const std::vector<int>*>> groups;
    for (const auto& set : sets) {
      std::set<std::string> keys;
      for (int i : set) keys.insert(FactKey(i));
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
          views.push_back(View(i));
          ids.push_back(View(i)->id);
        }
        severity = std::min(severity, SeverityOf(views));  // kHigh < kMedium < kLow
        f.minimal_sets.push_back(ids);
      }
      f.severity = severity;
      std::vector<std::string> ids;
      for (int i : involved) {
        f.claims.push_back(*View(i));
        ids.push_back(View(i)->id);
      }
      for (int i : correction) {
        if (involved.count(i)) f.retract.push_back(View(i)->id);
      }
      f.camps = Camps(solver, {involved.begin(), involved.end()}, maximal);
      f.equally_cheap = EquallyCheap(f, involved);
      // The disputed fact: the one the cheapest correction doubts, else the first.
      const FindingClaim* fact = &f.claims.front();
      for (const auto& c : f.claims) {
        if (!f.retract.empty() && c.id == f.retract.front()) fact = &c;
      }
      f.subject = fact->subject;
      f.property = fact->property;
      f.id = StableId("C", keys);
      Describe(f, keys, *members.front(), capped);
      if (keys.size() == 1) Grade(solver, f, involved);
      out.push_back(std::move(f));
    }
  }

  // Maximal groups of the claims that agree with each other: the maximal satisfiable subsets
  // MARCO met, restricted to the group and kept when no other contains them; claims none of
  // them covers (a capped listing) get a greedily grown group of their own.
  std::vector<std::vector<std::string>> Camps(Oracle& solver, const std::vector<int>& claims,
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
        if (solver.Check(camp) != z3::sat) camp.pop_back();
      }
      std::sort(camp.begin(), camp.end());
      camps.insert(camp);
    }
    std::vector<std::vector<std::string>> out;
    for (const auto& camp : camps) {
      std::vector<std::string> ids;
      ids.reserve(camp.size());
      for (int i : camp) ids.push_back(View(i)->id);
      out.push_back(std::move(ids));
    }
    return out;
  }

  // The other corrections of the finding that cost what its cheapest one costs: the claims
  // outside each camp whose retraction weighs the same as `f.retract`. Keeping a camp is a
  // correction (the camp holds together, and it is maximal), so a camp of equal weight is a
  // choice the tie-break made silently.
  std::vector<std::vector<std::string>> EquallyCheap(const Finding& f,
                                                     const std::set<int>& involved) const {
    std::map<std::string, int> weight_of;
    for (int i : involved) weight_of[View(i)->id] = weights_[static_cast<size_t>(i)];
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
        if (!kept.count(View(i)->id)) doubted.push_back(View(i)->id);
      }
      bool same = std::set<std::string>(doubted.begin(), doubted.end()) ==
                  std::set<std::string>(f.retract.begin(), f.retract.end());
      if (same || weight(doubted) != cost) continue;
      if (std::find(out.begin(), out.end(), doubted) == out.end()) out.push_back(doubted);
    }
    return out;
  }

  void Describe(Finding& f, const std::vector<std::string>& keys, const std::vector<int>& first_set,
                bool capped) {
    std::map<std::string, const FindingClaim*> by_id;
    for (const auto& c : f.claims) by_id[c.id] = &c;
    if (keys.size() == 1) {
      std::string camps;
      for (const auto& camp : f.camps) {
        std::vector<const FindingClaim*> views;
        views.reserve(camp.size());
        for (const auto& id : camp) views.push_back(by_id[id]);
        camps += (camps.empty() ? "" : " versus ") + DescribeCamp(views);
      }
      f.summary = fmt::format("The sources disagree on {} {}: {}.", NamedPossessive(f.subject),
                              f.property, camps);
    } else {
      std::set<std::string> named;  // "High-Flyer's founding_date", for people
      for (const auto& c : f.claims) named.insert(NamedPossessive(c.subject) + " " + c.property);
      std::string facts;
      for (const auto& k : named) facts += (facts.empty() ? "" : ", ") + k;
      std::vector<const FindingClaim*> views;
      for (const auto& c : f.claims) views.push_back(&c);
      f.summary = fmt::format("{} cannot all be true together: {}.", facts, DescribeCamp(views));
    }
    std::string why;
    for (int i : first_set) {
      const FindingClaim* c = View(i);
      why += fmt::format("«{}» ({}) is {}. ", c->value, Source(*c), c->reading);
    }
    bool categories = std::all_of(first_set.begin(), first_set.end(), [&](int i) {
      int var = Claim(i).primary_var;
      return var >= 0 && enc_.vars[static_cast<size_t>(var)].key.kind == encode::VarKind::kCategory;
    });
    if (categories && keys.size() == 1) {
      const FindingClaim* c = View(first_set.front());
      const Property* p = corpus_.catalogue.FindProperty(c->property);
      why += p && p->single_valued
                 ? fmt::format(
                       "In the '{}' taxonomy no value lies under all of them, and {} "
                       "takes one value. ",
                       c->unit, c->property)
                 : fmt::format(
                       "In the '{}' taxonomy they lie on branches that exclude each "
                       "other, even though {} may take several values. ",
                       c->unit, c->property);
    }
    std::vector<std::string> laws = LawsUsed(first_set);
    if (!laws.empty()) {
      why += "With the catalogue's law";
      why += laws.size() > 1 ? "s " : " ";
      for (size_t k = 0; k < laws.size(); ++k) why += (k ? "; " : "") + laws[k];
      why += ", ";
    }
    why += laws.empty() ? "No single state of the world satisfies all of them."
                        : "no single state of the world satisfies all of them.";
    if (f.minimal_sets.size() > 1) {
      why +=
          fmt::format(" {} minimal sets of claims conflict over this fact.", f.minimal_sets.size());
    }
    if (capped)
      why += fmt::format(" (Listing stopped at {} minimal sets.)", limits_.max_minimal_sets);
    f.explanation = why;
  }

  // How far apart the two camps of a dispute over one date are, against the vaguest claim's own
  // span: a near miss (within that span) is graded low whatever the sources' standing, and the
  // explanation gives the distance either way ("1 day apart, where «il y a une petite semaine»
  // allows 3 days").
  void Grade(Oracle& solver, Finding& f, const std::set<int>& involved) {
    if (f.camps.size() != 2) return;
    int var = Claim(*involved.begin()).primary_var;
    if (var < 0) return;
    const auto& v = enc_.vars[static_cast<size_t>(var)];
    if (v.key.kind != encode::VarKind::kDate) return;
    std::map<std::string, int> local;
    for (int i : involved) {
      if (Claim(i).primary_var != var) return;
      local[View(i)->id] = i;
    }
    std::optional<IntRange> camps[2];
    for (int k = 0; k < 2; ++k) {
      std::vector<int> members;
      for (const auto& id : f.camps[static_cast<size_t>(k)]) members.push_back(local[id]);
      camps[k] = RangeOf(solver, members, v.expr);
      if (!camps[k]) return;  // a camp open on one side: no finite distance to give
    }
    Gap gap;
    gap.days = std::max(camps[1]->low - camps[0]->high, camps[0]->low - camps[1]->high);
    if (gap.days < 1) return;
    for (int i : involved) {
      auto width = WidthAlone(solver, i, v.expr);
      if (width && *width > gap.vaguest_claim_days) {
        gap.vaguest_claim_days = *width;
        gap.vaguest_claim = View(i)->id;
      }
    }
    if (gap.vaguest_claim.empty()) return;
    const FindingClaim* vaguest = View(local[gap.vaguest_claim]);
    f.explanation += fmt::format(
        " The two camps' nearest readings are {} day{} apart, where the vaguest claim, «{}», "
        "spans {} day{}: {}.",
        gap.days, gap.days == 1 ? "" : "s", vaguest->value, gap.vaguest_claim_days,
        gap.vaguest_claim_days == 1 ? "" : "s",
        gap.near_miss() ? "a near miss, graded low"
                        : fmt::format("{} times that span, not a near miss",
                                      gap.days / gap.vaguest_claim_days));
    if (gap.near_miss()) f.severity = FindingSeverity::kLow;
    f.gap = std::move(gap);
  }

  // Claims of other articles tried one by one for an inference's anchors (one query each).
  static constexpr size_t kMaxAnchorQueries = 64;

  // Days a date can span before it counts as unbounded (about a century).
  static constexpr long long kMaxSpan = 40000;

  struct IntRange {
    long long low = 0;
    long long high = 0;
  };

  std::optional<IntRange> RangeOf(Oracle& solver, const std::vector<int>& subset,
                                  const z3::expr& x) {
    auto r = solver.Range(subset, x, kMaxSpan);
    if (!r) return std::nullopt;
    return IntRange{r->first, r->second};
  }

  // The width in days one claim allows its variable: from its normalised interval when it has
  // one, else by solving it alone with the background laws.
  std::optional<long long> WidthAlone(Oracle& solver, int claim, const z3::expr& x) {
    const FindingClaim* v = View(claim);
    if (v->days) return v->days->to - v->days->from;
    auto alone = RangeOf(solver, {claim}, x);
    if (!alone) return std::nullopt;
    return alone->high - alone->low + 1;
  }

  void Consistent(Oracle& solver, const std::vector<int>& kept, bool after_correction,
                  std::vector<Finding>& out) {
    std::map<int, std::vector<int>> by_var;  // primary variable -> kept claims about it
    for (int i : kept) {
      if (Claim(i).primary_var >= 0) by_var[Claim(i).primary_var].push_back(i);
    }
    // Claims doubted by the correction, by the variables they mention: a finding on one of
    // those variables holds only once they are set aside, and says so.
    std::set<int> doubted_vars;
    if (after_correction) {
      std::set<int> kept_set(kept.begin(), kept.end());
      for (size_t i = 0; i < soft_.size(); ++i) {
        if (kept_set.count(static_cast<int>(i))) continue;
        for (int var : Claim(static_cast<int>(i)).vars) doubted_vars.insert(var);
      }
    }
    auto caveat_for = [&](int var) {
      return doubted_vars.count(var) ? std::string(" (once the suggested retractions are made)")
                                     : std::string();
    };
    for (const auto& [var, claims] : by_var) {
      std::string caveat = caveat_for(var);
      const auto& v = enc_.vars[static_cast<size_t>(var)];
      // A tension says more than a variation about the same claims: report one of them.
      bool tension = v.key.kind == encode::VarKind::kDate && claims.size() >= 2 &&
                     Tension(solver, var, claims, kept, caveat, out);
      if (!tension) Variations(var, claims, caveat, out);
    }
    for (int b : comp_.background) {
      for (int var : enc_.background[static_cast<size_t>(b)].vars) {
        if (enc_.vars[static_cast<size_t>(var)].key.kind == encode::VarKind::kPublication) {
          Inference(solver, var, kept, caveat_for(var), out);
        }
      }
    }
  }

  // A low-severity finding about one variable and the claims on it, with their ids, views and
  // one sentence per claim saying how it was read.
  Finding StartFinding(FindingKind kind, const encode::Variable& v, const std::vector<int>& claims,
                       std::vector<std::string>* ids, std::vector<const FindingClaim*>* views,
                       std::string* why) const {
    Finding f;
    f.kind = kind;
    f.severity = FindingSeverity::kLow;
    f.subject = v.subject;
    f.property = v.property;
    for (int i : claims) {
      const FindingClaim* c = View(i);
      f.claims.push_back(*c);
      ids->push_back(c->id);
      views->push_back(c);
      *why += fmt::format("«{}» ({}) is {}. ", c->value, Source(*c), c->reading);
    }
    return f;
  }

  void Variations(int var, const std::vector<int>& claims, const std::string& caveat,
                  std::vector<Finding>& out) {
    const auto& v = enc_.vars[static_cast<size_t>(var)];
    // Several values of a multi-valued property are not different figures for one thing.
    const Property* property = corpus_.catalogue.FindProperty(v.property);
    if (property && !property->single_valued) return;
    // Only fixed readings count as figures: "hier" and "2025-01-27" may name the same day.
    std::set<std::tuple<std::string, std::string, bool, bool>> readings;
    for (int i : claims) {
      const FindingClaim* c = View(i);
      if (c->low.empty() && c->high.empty()) continue;
      readings.insert({c->low, c->high, c->low_open, c->high_open});
    }
    if (readings.size() < 2) return;
    std::vector<std::string> ids;
    std::vector<const FindingClaim*> views;
    std::string why;
    Finding f = StartFinding(FindingKind::kVariation, v, claims, &ids, &views, &why);
    f.summary =
        fmt::format("{} claims state {} {} differently, and all can hold{}: {}.", claims.size(),
                    NamedPossessive(v.subject), v.property, caveat, DescribeCamp(views));
    f.explanation = why + "Their intervals overlap, so all of them can hold at once.";
    f.id = StableId("V", {fmt::format("{}", v.key)});
    out.push_back(std::move(f));
  }

  bool Tension(Oracle& solver, int var, const std::vector<int>& claims,
               const std::vector<int>& kept, const std::string& caveat, std::vector<Finding>& out) {
    const auto& v = enc_.vars[static_cast<size_t>(var)];
    auto window = RangeOf(solver, kept, v.expr);
    if (!window) return false;
    long long narrowest = -1;
    for (int i : claims) {
      auto width = WidthAlone(solver, i, v.expr);
      if (width && (narrowest < 0 || *width < narrowest)) narrowest = *width;
    }
    long long width = window->high - window->low + 1;
    if (narrowest < 0 || width >= narrowest) return false;
    if (width * kTensionShare > narrowest && width > kTensionMaxDays) return false;
    std::vector<std::string> ids;
    std::vector<const FindingClaim*> views;
    std::string why;
    Finding f = StartFinding(FindingKind::kTension, v, claims, &ids, &views, &why);
    f.window = Window{static_cast<DayNumber>(window->low), static_cast<DayNumber>(window->high)};
    f.summary = fmt::format(
        "The claims on {} {} hold together only if it falls within {}{}: "
        "{} days, where the narrowest claim alone allows {}.",
        NamedPossessive(v.subject), v.property, DateRange(window->low, window->high), caveat, width,
        narrowest);
    f.explanation = why +
                    "Each is plausible alone; together they leave a narrow window, worth "
                    "checking against a primary source.";
    f.id = StableId("T", {fmt::format("{}", v.key)});
    out.push_back(std::move(f));
    return true;
  }

  void Inference(Oracle& solver, int var, const std::vector<int>& kept, const std::string& caveat,
                 std::vector<Finding>& out) {
    const auto& v = enc_.vars[static_cast<size_t>(var)];
    if (!inferred_.insert(var).second) return;
    const Article* a = corpus_.FindArticle(v.article);
    if (!a || a->published.exact()) return;
    auto window = RangeOf(solver, kept, v.expr);
    std::optional<IntRange> known = IntRange{v.min_day, v.max_day};
    if (!window || !known) return;
    if (window->low <= known->low && window->high >= known->high) return;
    Finding f;
    f.kind = FindingKind::kInference;
    f.severity = FindingSeverity::kLow;
    std::vector<std::string> ids{fmt::format("{}", v.key)};
    std::vector<int> anchors;  // claims of other articles the window is counted from
    for (int i : kept) {
      const auto& vars = Claim(i).vars;
      if (std::find(vars.begin(), vars.end(), var) == vars.end()) {
        anchors.push_back(i);
        continue;
      }
      f.claims.push_back(*View(i));
      ids.push_back(View(i)->id);
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
        auto wider = RangeOf(solver, without, v.expr);
        if (wider && wider->low >= window->low && wider->high <= window->high) continue;
        f.claims.push_back(*View(i));
        ids.push_back(View(i)->id);
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
    out.push_back(std::move(f));
  }

  const encode::Encoding& enc_;
  const Corpus& corpus_;
  const Component& comp_;
  z3::context& ctx_;
  const SolveLimits& limits_;
  std::vector<z3::expr> hard_;
  std::vector<z3::expr> soft_;
  std::vector<int> weights_;
  std::set<int> inferred_;
  bool without_z3_ = false;
};

int KindRank(FindingKind k) {
  switch (k) {
    case FindingKind::kContradiction:
      return 0;
    case FindingKind::kUnknown:
      return 1;
    case FindingKind::kTension:
      return 2;
    case FindingKind::kInference:
      return 3;
    case FindingKind::kVariation:
      return 4;
    case FindingKind::kToReview:  // its own section, after every finding a desk can sign
      return 5;
  }
  return 6;
}

}  // namespace

std::vector<Finding> Check(const encode::Encoding& encoding, const Corpus& corpus, z3::context& ctx,
                           const SolveLimits& limits, size_t* components, const CheckScope& scope) {
  std::vector<Finding> out;
  auto comps = SplitComponents(encoding);
  if (scope.only_touching) {
    std::erase_if(comps, [&](const Component& c) {
      return std::none_of(c.claims.begin(), c.claims.end(),
                          [&](int i) { return scope.only_touching->count(i) > 0; });
    });
  }
  if (components) *components = comps.size();
  for (size_t i = 0; i < comps.size(); ++i) {
    ComponentChecker checker(encoding, corpus, comps[i], ctx, limits);
    checker.Run(out);
    if (scope.without_z3 && checker.decided_without_z3()) ++*scope.without_z3;
    if (scope.progress) scope.progress(i + 1, comps.size());
  }
  SortFindings(out);
  return out;
}

void SortFindings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tuple(KindRank(a.kind), a.severity, a.subject, a.property, a.id) <
           std::tuple(KindRank(b.kind), b.severity, b.subject, b.property, b.id);
  });
}

bool Unsatisfiable(const encode::Encoding& other, const std::vector<std::string>& claim_ids,
                   z3::context& ctx, unsigned rlimit) {
  std::set<std::string> wanted(claim_ids.begin(), claim_ids.end());
  std::vector<z3::expr> hard, soft;
  for (const auto& b : other.background) hard.push_back(b.constraint);
  for (const auto& c : other.claims) {
    if (wanted.count(c.view.id)) soft.push_back(c.constraint);
  }
  std::vector<int> all(soft.size());
  std::iota(all.begin(), all.end(), 0);
  if (auto intervals = IntervalSolver::Recognise(hard, soft)) {
    return intervals->Check(all) == z3::unsat;
  }
  TrackedSolver solver(ctx, hard, soft, rlimit);
  return solver.Check(all) == z3::unsat;
}

}  // namespace crosscheck::solve
