#include "solve/interval_solver.h"

#include <algorithm>
#include <set>

namespace crosscheck::solve {
namespace {

// One comparison of the variable with a number, read as "x kind number".
struct Atom {
  Z3_decl_kind kind;
  Rational number;
};

Z3_decl_kind Flip(Z3_decl_kind k) {
  switch (k) {
    case Z3_OP_LE:
      return Z3_OP_GE;
    case Z3_OP_GE:
      return Z3_OP_LE;
    case Z3_OP_LT:
      return Z3_OP_GT;
    case Z3_OP_GT:
      return Z3_OP_LT;
    default:
      return k;
  }
}

bool IsVariable(const z3::expr& e) { return e.is_const() && !e.is_numeral(); }

// Flattens conjunctions of comparisons between `var` (set by the first one met) and numerals.
bool Collect(const z3::expr& e, std::optional<z3::expr>& var, std::vector<Atom>& atoms) {
  if (e.is_true()) return true;
  if (!e.is_app()) return false;
  Z3_decl_kind kind = e.decl().decl_kind();
  if (kind == Z3_OP_AND) {
    for (unsigned i = 0; i < e.num_args(); ++i) {
      if (!Collect(e.arg(i), var, atoms)) return false;
    }
    return true;
  }
  if (e.num_args() != 2) return false;
  if (kind != Z3_OP_LE && kind != Z3_OP_GE && kind != Z3_OP_LT && kind != Z3_OP_GT &&
      kind != Z3_OP_EQ) {
    return false;
  }
  z3::expr a = e.arg(0), b = e.arg(1);
  if (IsVariable(b) && a.is_numeral()) {
    std::swap(a, b);
    kind = Flip(kind);
  }
  if (!IsVariable(a) || !b.is_numeral() || !(a.is_int() || a.is_real())) return false;
  if (!var) var = a;
  if (!z3::eq(*var, a)) return false;
  Rational number(Z3_get_numeral_string(e.ctx(), b));
  number.canonicalize();
  atoms.push_back({kind, number});
  return true;
}

}  // namespace

// Tightens `end` to `value` (low: the larger wins; high: the smaller); on equal values the open
// end is the tighter.
void IntervalSolver::Tighten(bool low, const Rational& value, bool open, End& end) {
  if (!end.present || (low ? value > end.value : value < end.value)) {
    end = {true, value, open};
  } else if (value == end.value && open) {
    end.open = true;
  }
}

std::optional<IntervalSolver> IntervalSolver::Recognise(const std::vector<z3::expr>& hard,
                                                        const std::vector<z3::expr>& soft) {
  if (!hard.empty() || soft.empty()) return std::nullopt;
  std::optional<z3::expr> var;
  IntervalSolver out;
  for (const auto& constraint : soft) {
    std::vector<Atom> atoms;
    if (!Collect(constraint, var, atoms)) return std::nullopt;
    Bounds b;
    for (const auto& atom : atoms) {
      bool low = atom.kind == Z3_OP_GE || atom.kind == Z3_OP_GT || atom.kind == Z3_OP_EQ;
      bool high = atom.kind == Z3_OP_LE || atom.kind == Z3_OP_LT || atom.kind == Z3_OP_EQ;
      bool open = atom.kind == Z3_OP_GT || atom.kind == Z3_OP_LT;
      if (low) Tighten(true, atom.number, open, b.low);
      if (high) Tighten(false, atom.number, open, b.high);
    }
    out.bounds_.push_back(std::move(b));
  }
  if (!var) return std::nullopt;  // nothing but `true`: Z3 decides that just as fast
  out.integer_ = var->is_int();
  if (out.integer_) {
    // Integers: x > 4.5 is x >= 5, x < 7 is x <= 6; every end becomes closed.
    for (auto& b : out.bounds_) {
      if (b.low.present) {
        Rational c = Ceil(b.low.value);
        b.low.value = b.low.open && c == b.low.value ? c + 1 : c;
        b.low.open = false;
      }
      if (b.high.present) {
        Rational f = Floor(b.high.value);
        b.high.value = b.high.open && f == b.high.value ? f - 1 : f;
        b.high.open = false;
      }
    }
  }
  return out;
}

IntervalSolver::Bounds IntervalSolver::Meet(const std::vector<int>& subset) const {
  Bounds m;
  for (int i : subset) {
    const Bounds& b = bounds_[static_cast<size_t>(i)];
    if (b.low.present) Tighten(true, b.low.value, b.low.open, m.low);
    if (b.high.present) Tighten(false, b.high.value, b.high.open, m.high);
  }
  return m;
}

bool IntervalSolver::Empty(const Bounds& b) {
  if (!b.low.present || !b.high.present) return false;
  if (b.low.value != b.high.value) return b.low.value > b.high.value;
  return b.low.open || b.high.open;
}

z3::check_result IntervalSolver::Check(const std::vector<int>& subset) const {
  return Empty(Meet(subset)) ? z3::unsat : z3::sat;
}

std::optional<std::pair<long long, long long>> IntervalSolver::Range(const std::vector<int>& subset,
                                                                     long long span) const {
  if (!integer_) return std::nullopt;
  Bounds m = Meet(subset);
  if (Empty(m) || !m.low.present || !m.high.present) return std::nullopt;
  if (!m.low.value.get_num().fits_slong_p() || !m.high.value.get_num().fits_slong_p()) {
    return std::nullopt;
  }
  long long lo = m.low.value.get_num().get_si(), hi = m.high.value.get_num().get_si();
  if (hi - lo > span) return std::nullopt;
  return std::make_pair(lo, hi);
}

bool IntervalSolver::Contains(int claim, const Point& p) const {
  const Bounds& b = bounds_[static_cast<size_t>(claim)];
  if (p.minus_infinity) return !b.low.present;
  bool above_low = !b.low.present || b.low.value < p.value ||
                   (b.low.value == p.value && (p.above || !b.low.open));
  bool below_high = !b.high.present || b.high.value > p.value ||
                    (b.high.value == p.value && !p.above && !b.high.open);
  return above_low && below_high;
}

// The claims over each point where a maximal consistent set can start: the low end of some
// claim (just above it when open), or minus infinity. Every maximal set is one of these.
std::vector<std::vector<int>> IntervalSolver::MaximalSets() const {
  std::vector<Point> points{{true, 0, false}};
  for (const auto& b : bounds_) {
    if (b.low.present) points.push_back({false, b.low.value, b.low.open});
  }
  std::set<std::vector<int>> sets;
  for (const auto& p : points) {
    std::vector<int> over;
    for (size_t i = 0; i < bounds_.size(); ++i) {
      if (!Empty(bounds_[i]) && Contains(static_cast<int>(i), p))
        over.push_back(static_cast<int>(i));
    }
    if (!over.empty()) sets.insert(over);
  }
  if (sets.empty()) return {{}};  // every claim is empty on its own: only the empty set holds
  std::vector<std::vector<int>> out;
  for (const auto& s : sets) {
    bool contained = std::any_of(sets.begin(), sets.end(), [&](const auto& other) {
      return other != s && std::includes(other.begin(), other.end(), s.begin(), s.end());
    });
    if (!contained) out.push_back(s);
  }
  return out;
}

MusResult IntervalSolver::MinimalSets(const SolveLimits& limits) const {
  MusResult out;
  auto add = [&](std::vector<int> set) {
    if (out.sets.size() >= limits.max_minimal_sets) {
      out.status = SolveStatus::kCapped;
      return false;
    }
    out.sets.push_back(std::move(set));
    return true;
  };
  int n = static_cast<int>(bounds_.size());
  for (int i = 0; i < n; ++i) {
    if (Empty(bounds_[static_cast<size_t>(i)]) && !add({i})) return out;
  }
  for (int i = 0; i < n; ++i) {
    if (Empty(bounds_[static_cast<size_t>(i)])) continue;
    for (int j = i + 1; j < n; ++j) {
      if (Empty(bounds_[static_cast<size_t>(j)])) continue;
      if (Check({i, j}) == z3::unsat && !add({i, j})) return out;
    }
  }
  out.maximal = MaximalSets();
  return out;
}

std::vector<int> IntervalSolver::CheapestCorrection(const std::vector<int>& weights,
                                                    const std::vector<int>& tie_ranks) const {
  // The correction drops the complement of a maximal consistent set (dropping more only costs
  // more); its cost is weight * 2^n + 2^rank summed, as in CheapestCorrection.
  size_t n = bounds_.size();
  auto cost_of = [&](size_t i) {
    mpz_class w = mpz_class(weights[i]) << static_cast<mp_bitcnt_t>(n);
    w += mpz_class(1) << static_cast<mp_bitcnt_t>(tie_ranks[i]);
    return w;
  };
  std::optional<mpz_class> best_cost;
  std::vector<int> best;
  for (const auto& keep : MaximalSets()) {
    std::vector<int> dropped;
    mpz_class cost = 0;
    for (size_t i = 0; i < n; ++i) {
      if (std::binary_search(keep.begin(), keep.end(), static_cast<int>(i))) continue;
      dropped.push_back(static_cast<int>(i));
      cost += cost_of(i);
    }
    if (!best_cost || cost < *best_cost) {
      best_cost = cost;
      best = std::move(dropped);
    }
  }
  return best;
}

}  // namespace crosscheck::solve
