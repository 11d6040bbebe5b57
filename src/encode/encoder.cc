#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "common/strings.h"
#include "encode/date_encoder.h"
#include "encode/encoding.h"
#include "encode/exchange.h"
#include "encode/part_of_laws.h"
#include "model/value_format.h"

namespace crosscheck::encode {
namespace {

// The candidate years of a corpus with no dated article: the news of the 2020s crosscheck
// checks; the choice only bounds year-less dates, and a wider span costs solving time.
constexpr std::pair<int, int> kUndatedCorpusYears = {2020, 2030};
// Vagueness of a claim that bounds one side only ("plus de", "avant 2022"): above any width a
// two-sided claim can have, so an open claim is doubted before every closed one.
constexpr double kOpenVagueness = 1e9;
// Vagueness compares claims without a corpus's years or publication days, so it measures a
// year-less date in a fixed leap year (29 February exists) and a relative date ("hier", "le mois
// dernier") from a fixed publication day; which ones does not matter, only that they are fixed.
constexpr int kVaguenessYear = 2024;
constexpr DayNumber kVaguenessPublicationDay = 20000;  // 2024-10-04

// The calendar years the corpus's publication dates span, widened a little: year-less dates,
// unknown publication dates and "le mois dernier" choose among them.
std::pair<int, int> CandidateYears(const Corpus& corpus) {
  int lo = kLastYear, hi = 0;
  for (const auto& a : corpus.articles) {
    for (auto d : {a.published.from, a.published.to}) {
      if (!d) continue;
      int y, m, dd;
      CivilFromDay(*d, &y, &m, &dd);
      lo = std::min(lo, y);
      hi = std::max(hi, y);
    }
  }
  if (hi == 0) return kUndatedCorpusYears;
  return {lo - 2, hi + 1};
}

class Encoder {
 public:
  Encoder(const Corpus& corpus, z3::context& ctx, const EncodeOptions& options,
          const CorpusFacts& facts)
      : corpus_(corpus),
        ctx_(ctx),
        options_(options),
        years_(facts.years),
        dates_(ctx, years_.first, years_.second, options.precision),
        money_unit_(facts.money_units) {}

  Encoding Run() {
    ForEachClaim([&](const Claim& c) { claims_by_id_.emplace(c.id, &c); });
    if (options_.claims) {
      for (const Claim* claim : *options_.claims) EncodeClaim(*claim, ArticleOf(*claim));
    } else {
      for (const auto& file : corpus_.claim_files) {
        for (const auto& claim : file.claims) EncodeClaim(claim, ArticleOf(claim));
      }
    }
    EncodeCategoryStructure();
    EncodeRelations();
    EncodePartsOfWholes(corpus_.catalogue, ctx_, out_);
    return std::move(out_);
  }

  // Counts the currencies of every money figure (the shared facts' `money_units`).
  std::map<std::string, std::string> ChooseMoneyUnits() {
    std::map<std::string, std::vector<std::pair<std::string, int>>> counts;  // in first-seen order
    for (const auto& file : corpus_.claim_files) {
      const Article* a = file.reference ? nullptr : corpus_.FindArticle(file.article);
      for (const auto& c : file.claims) {
        const Property* p = corpus_.catalogue.FindProperty(c.property);
        if (!p || p->kind != ValueKind::kQuantity || p->dimension != Dimension::kMoney) continue;
        auto& list = counts[MoneyKey(c, *p, a)];
        const std::string& unit = std::get<QuantityValue>(c.value).unit;
        auto it = std::find_if(list.begin(), list.end(), [&](auto& e) { return e.first == unit; });
        if (it == list.end())
          list.emplace_back(unit, 1);
        else
          ++it->second;
      }
    }
    std::map<std::string, std::string> units;
    for (const auto& [key, list] : counts) {
      auto best = list.begin();
      for (auto it = list.begin(); it != list.end(); ++it) {
        if (it->second > best->second) best = it;
      }
      units[key] = best->first;
    }
    return units;
  }

 private:
  // ---- variables -------------------------------------------------------------------------

  // Every claim this encoding covers: a piece's (anchors stand in their anchored claim's piece,
  // encode/partition.cc) or the corpus's.
  template <typename F>
  void ForEachClaim(F f) const {
    if (options_.claims) {
      for (const Claim* claim : *options_.claims) f(*claim);
      return;
    }
    for (const auto& file : corpus_.claim_files) {
      for (const auto& claim : file.claims) f(claim);
    }
  }

  // A new constant named by a number, not by its key: Z3 interns string names in one table for
  // the whole process, which a million distinct keys would grow without end, and which
  // threads would share. The key stays in Variable::key for reports.
  z3::expr NewConst(const z3::sort& sort) {
    return ctx_.constant(ctx_.int_symbol(next_const_++), sort);
  }

  int FindVar(const VarKey& key) const {
    auto it = var_index_.find(key);
    return it == var_index_.end() ? -1 : it->second;
  }

  int AddVar(Variable v) {
    int existing = FindVar(v.key);
    if (existing >= 0) return existing;
    int index = static_cast<int>(out_.vars.size());
    var_index_[v.key] = index;
    out_.vars.push_back(std::move(v));
    return index;
  }

  int Publication(const Article& a) {
    VarKey key{VarKind::kPublication, a.id, "", ""};
    int existing = FindVar(key);
    if (existing >= 0) return existing;
    z3::expr p = NewConst(ctx_.int_sort());
    DayNumber lo = a.published.from.value_or(*DayFromCivil(years_.first, 1, 1));
    DayNumber hi = a.published.to.value_or(*DayFromCivil(years_.second, 12, 31));
    int index = AddVar({key, p, "", "published", a.id, lo, hi});
    out_.background.push_back(
        {p >= lo && p <= hi,
         {index},
         LawOrigin::kPublication,
         fmt::format("publication of {} between {} and {}", a.id, FormatDay(lo), FormatDay(hi))});
    return index;
  }

  // Time-indexed properties get one variable per period. Without `when` a value holds at its
  // article's publication, taken at the grain of a year: claims published the same year share
  // a variable (an undated article counts as published in the corpus's latest year).
  int PublicationYear(const Article* a) const {
    int y = years_.second - 1, m, d;
    if (a && (a->published.from || a->published.to)) {
      CivilFromDay(a->published.from ? *a->published.from : *a->published.to, &y, &m, &d);
    }
    return y;
  }

  // `when: aujourd'hui` / "today" says what a present tense says: the figure holds now, which is
  // read as a claim without `when` (the publication year), so that two articles a week apart
  // that both say "employs 2,300 today" share one variable instead of a one-day slot each.
  static bool IsToday(const DateValue& v) {
    const auto* rel = std::get_if<RelativeDate>(&v.from);
    return rel && rel->kind == RelativeKind::kToday && !v.to && v.bound == DateBound::kAt;
  }

  std::string TimeKey(const Claim& c, const Property& p, const Article* a) {
    if (!p.time_indexed) return "";
    if (!c.when || IsToday(*c.when)) return fmt::format("published {}", PublicationYear(a));
    if (auto days = StaticDays(*c.when, a)) return FormatDayInterval(*days);
    return c.when_text;
  }

  // The days a date expression names when its year or publication is taken as known: the
  // article's publication year for year-less dates, its publication interval for relative ones.
  std::optional<DayInterval> StaticDays(const DateValue& v, const Article* a) {
    auto expr_days = [&](const DateExpr& e) -> std::optional<DayInterval> {
      if (const auto* cal = std::get_if<CalendarDate>(&e)) {
        int year = years_.second - 1;
        if (a && (a->published.from || a->published.to)) {
          int y, m, d;
          CivilFromDay(a->published.to ? *a->published.to : *a->published.from, &y, &m, &d);
          year = y;
        }
        return DaysOf(*cal, cal->year.value_or(year));
      }
      if (!a || !a->published.from || !a->published.to) return std::nullopt;
      DayInterval first =
          ResolveRelative(std::get<RelativeDate>(e), *a->published.from, options_.precision);
      DayInterval last =
          ResolveRelative(std::get<RelativeDate>(e), *a->published.to, options_.precision);
      return DayInterval{first.from, last.to};
    };
    auto from = expr_days(v.from);
    if (!from) return std::nullopt;
    if (!v.to) return from;
    auto to = expr_days(*v.to);
    if (!to) return std::nullopt;
    return DayInterval{from->from, to->to};
  }

  // The days a relative date names when its article's publication day is known (year-less
  // dates are left to the solver: they may take another year near the publication).
  std::optional<DayInterval> ResolvedOnKnownDay(const DateValue& v, const Article* a) {
    if (v.bound != DateBound::kAt || !a || !a->published.exact() || !IsRelative(v)) {
      return std::nullopt;
    }
    auto placed = [](const DateExpr& e) {
      const auto* cal = std::get_if<CalendarDate>(&e);
      return !cal || cal->year;
    };
    if (!placed(v.from) || (v.to && !placed(*v.to))) return std::nullopt;
    return StaticDays(v, a);
  }

  // ---- money -----------------------------------------------------------------------------

  // Figures about one property at one time are compared in the currency most of their claims
  // use (the first on a tie), so that two amounts in the same currency compare exactly: only
  // claims in another currency pass through the ledger's rate interval.
  std::string MoneyKey(const Claim& c, const Property& p, const Article* a) {
    return p.id + "@" + TimeKey(c, p, a);
  }

  // ---- claims ----------------------------------------------------------------------------

  void Skip(const Claim& c, const std::string& why) {
    // An error, not a warning: a claim left out makes the check partial, and a partial check
    // must never look clean (README, exit codes).
    out_.diagnostics.Error(c.pos, fmt::format("claim '{}' not checked: {}", c.id, why), c.id);
  }

  FindingClaim View(const Claim& c, const Property& p, const Article* a) {
    FindingClaim v;
    v.id = c.id;
    v.article = a ? a->id : "";
    v.quote = c.quote;
    v.value = c.value_text;
    v.when = c.when_text;
    v.subject = Join(c.subjects, " + ");
    v.property = c.property;
    v.reading = DescribeValue(c.value, p, corpus_.catalogue, options_.precision);
    v.attribution = c.attribution;
    v.confidence = c.confidence;
    v.expect = c.expect;
    v.file = c.pos.file;
    v.line = c.pos.line;
    v.column = c.pos.column;
    if (c.span) {
      v.has_span = true;
      v.span_begin = c.span->begin;
      v.span_end = c.span->end;
    }
    return v;
  }

  void EncodeClaim(const Claim& c, const Article* a) {
    const Property* p = corpus_.catalogue.FindProperty(c.property);
    if (!p) return;
    // Attribution weight times the outlet's reliability (docs/semantics.md).
    int weight = DefaultWeight(c.attribution.kind) * (a ? a->reliability : 1);
    EncodedClaim ec{&c, a, ctx_.bool_val(true), {}, -1, weight, View(c, *p, a)};
    bool ok = false;
    switch (p->kind) {
      case ValueKind::kQuantity:
        ok = EncodeQuantity(c, *p, a, ec);
        break;
      case ValueKind::kDate:
        ok = EncodeDate(c, *p, a, ec);
        break;
      case ValueKind::kAge:
        ok = EncodeAge(c, a, ec);
        break;
      case ValueKind::kDuration:
        ok = EncodeDuration(c, *p, ec);
        break;
      case ValueKind::kCategory:
        ok = EncodeCategory(c, *p, a, ec);
        break;
      case ValueKind::kEntity:
        return;  // entity-valued properties are multi-valued: not checked
    }
    if (ok) out_.claims.push_back(std::move(ec));
  }

  bool EncodeQuantity(const Claim& c, const Property& p, const Article* a, EncodedClaim& ec) {
    const auto& q = std::get<QuantityValue>(c.value);
    Interval range = DeriveInterval(q, options_.precision, p.dimension == Dimension::kCount);
    std::string unit = q.unit;
    if (p.dimension == Dimension::kMoney) {
      std::optional<DayInterval> days;
      if (c.when) days = StaticDays(*c.when, a);
      if (!days && a && a->published.from && a->published.to) {
        days = DayInterval{*a->published.from, *a->published.to + 1};
      }
      auto chosen = money_unit_.find(MoneyKey(c, p, a));
      if (chosen != money_unit_.end()) unit = chosen->second;
      if (q.unit != unit) {
        if (!days) {
          Skip(c, "no date to choose an exchange rate for");
          return false;
        }
        auto rate = ConversionRate({corpus_.exchange_rates, corpus_.shipped_exchange_rates}, q.unit,
                                   unit, *days);
        if (!rate) {
          Skip(c, fmt::format("no exchange rate from {} to {} for {} (neither the reference ledger "
                              "nor the rates shipped with crosscheck have one)",
                              q.unit, unit, FormatDayInterval(*days)));
          return false;
        }
        // The rate as an interval (crossed through a bridge currency when it has two legs).
        range = range.TimesPositive(rate->low, rate->high);
        ec.view.reading +=
            fmt::format("; converted at {} to {} {} per {} ({})", ToDisplayString(rate->low, 4),
                        ToDisplayString(rate->high, 4), unit, q.unit, DescribeRateBasis(*rate));
      }
    } else if (p.dimension.kind() == Dimension::kDeclared) {
      // A declared dimension's figures compare in its base unit, converted exactly: "520 km" is
      // [519 500, 520 500) m, implied precision applied to the figure as written.
      const Unit* u = corpus_.catalogue.FindUnit(q.unit);
      const DimensionDecl* d = corpus_.catalogue.FindDimension(p.dimension.BaseName());
      if (!u || !d) {
        Skip(c, fmt::format("unit '{}' of dimension '{}' is not in the catalogue", q.unit,
                            p.dimension.BaseName()));
        return false;
      }
      range = range.Scaled(u->factor);
      unit = d->base_unit;
    } else if (unit.empty()) {
      unit = p.dimension == Dimension::kRatio ? "times" : p.dimension.BaseName();
    }
    if (p.dimension.IsRate()) unit += fmt::format("/{}", RatePeriodName(p.dimension.per()));
    std::string time_key = TimeKey(c, p, a);
    // The variable itself for one subject (a bound on it is what the interval path reads),
    // the sum of the subjects' variables for several.
    std::optional<z3::expr> sum;
    for (const auto& subject : c.subjects) {
      int index = AddVar({{VarKind::kQuantity, subject, p.id, time_key},
                          NewConst(ctx_.real_sort()),
                          subject,
                          p.id,
                          ""});
      const z3::expr& x = out_.vars[static_cast<size_t>(index)].expr;
      sum = sum ? *sum + x : x;
      ec.vars.push_back(index);
    }
    if (!sum) {
      Skip(c, "no subject");
      return false;
    }
    if (c.subjects.size() == 1) ec.primary_var = ec.vars.front();
    z3::expr constraint = ctx_.bool_val(true);
    if (range.low.value) {
      z3::expr lo = ctx_.real_val(ToDecimalString(*range.low.value).c_str());
      constraint = constraint && (range.low.open ? *sum > lo : *sum >= lo);
    }
    if (range.high.value) {
      z3::expr hi = ctx_.real_val(ToDecimalString(*range.high.value).c_str());
      constraint = constraint && (range.high.open ? *sum < hi : *sum <= hi);
    }
    ec.constraint = constraint;
    SetInterval(ec.view, range, unit);
    ec.vagueness = RelativeWidth(range);
    return true;
  }

  // Width over magnitude, or a large number for an open bound ("plus de", "avant").
  static double RelativeWidth(const Interval& r) {
    if (r.infinite_either()) return kOpenVagueness;
    double lo = r.low.value->get_d(), hi = r.high.value->get_d();
    double scale = std::max({std::abs(lo), std::abs(hi), 1e-12});
    return (hi - lo) / scale;
  }

  // Days a date expression spans, with a publication day fixed at an arbitrary day for relative
  // ones; open bounds ("avant 2022") are vaguest.
  double DateVagueness(const DateValue& v) const {
    if (v.bound != DateBound::kAt) return kOpenVagueness;
    auto days_of = [&](const DateExpr& e) -> DayInterval {
      if (const auto* cal = std::get_if<CalendarDate>(&e)) {
        return DaysOf(*cal, cal->year.value_or(kVaguenessYear)).value_or(DayInterval{0, 1});
      }
      return ResolveRelative(std::get<RelativeDate>(e), kVaguenessPublicationDay);
    };
    DayInterval from = days_of(v.from);
    DayInterval to = v.to ? days_of(*v.to) : from;
    return static_cast<double>(to.to - from.from);
  }

  static void SetInterval(FindingClaim& v, const Interval& range, const std::string& unit) {
    v.low = range.low.value ? ToDecimalString(*range.low.value) : "";
    v.high = range.high.value ? ToDecimalString(*range.high.value) : "";
    v.low_open = range.low.open;
    v.high_open = range.high.open;
    v.unit = unit;
  }

  const Article* ArticleOf(const Claim& c) const {
    return c.article.empty() ? nullptr : corpus_.FindArticle(c.article);
  }

  // The article's publication day P: a constant when its metadata fixes the day, so that the
  // article's dated claims stay independent of each other (and solve in separate components);
  // else its bounded variable, shared by the claims that need it and only by them.
  std::optional<z3::expr> PublicationOf(const Article* a, EncodedClaim& ec) {
    if (!a) return std::nullopt;
    if (a->published.exact()) return ctx_.int_val(static_cast<int64_t>(*a->published.from));
    int index = Publication(*a);
    ec.vars.push_back(index);
    return out_.vars[static_cast<size_t>(index)].expr;
  }

  int DateVar(const std::string& subject, const std::string& property) {
    return AddVar({{VarKind::kDate, subject, property, ""},
                   NewConst(ctx_.int_sort()),
                   subject,
                   property,
                   ""});
  }

  // The day variable a date claim constrains: the subject's for a single-valued property;
  // several values (interviews on several dates) never conflict: one variable per claim.
  int ClaimDateVar(const Claim& c, const Property& p) {
    int index = p.single_valued ? DateVar(c.subjects.front(), p.id) : DateVar(c.id, p.id);
    out_.vars[static_cast<size_t>(index)].subject = c.subjects.front();
    return index;
  }

  // The date variable of the claim `id` names (`relative_to`, `between`); -1 when it is not a
  // dated claim of this encoding (io/anchor_check.cc keeps such claims out of a corpus).
  int AnchorVar(const std::string& id) {
    auto it = claims_by_id_.find(id);
    if (it == claims_by_id_.end()) return -1;
    const Claim& anchor = *it->second;
    const Property* p = corpus_.catalogue.FindProperty(anchor.property);
    if (!p || p->kind != ValueKind::kDate || anchor.subjects.empty()) return -1;
    return ClaimDateVar(anchor, *p);
  }

  // The years an anchor's date may take, for the anchored claims' month and year options: the
  // candidate years and every year a date claim of this encoding writes, widened by the reach
  // of every anchored offset (a chain of anchors adds them up).
  std::pair<int, int> AnchorYears() {
    if (anchor_years_) return *anchor_years_;
    int lo = years_.first, hi = years_.second, reach = 1;
    auto see = [&](const DateExpr& e) {
      const auto* cal = std::get_if<CalendarDate>(&e);
      if (!cal || !cal->year) return;
      lo = std::min(lo, *cal->year);
      hi = std::max(hi, *cal->year);
    };
    ForEachClaim([&](const Claim& c) {
      if (const auto* d = std::get_if<DateValue>(&c.value)) {
        see(d->from);
        if (d->to) see(*d->to);
      } else if (const auto* anchored = std::get_if<AnchoredDate>(&c.value)) {
        auto [a, b] = AnchoredOffsets(*anchored, PrecisionMode::kLenient);
        int periods = std::max(std::abs(a), std::abs(b));
        int per_year = anchored->grain == AnchorGrain::kYear    ? 1
                       : anchored->grain == AnchorGrain::kMonth ? 12
                       : anchored->grain == AnchorGrain::kWeek  ? 52
                                                                : 365;
        reach += periods / per_year + 1;
      }
    });
    anchor_years_ = {std::max(kFirstYear, lo - reach), std::min(kLastYear, hi + reach)};
    return *anchor_years_;
  }

  // ": 2026-03-16" when the anchor claim writes a date of its own (not relative, with its
  // year): the days the anchored claim names with the anchor's reading, for the report's reader.
  std::string AnchoredDays(const Claim& c, const AnchoredDate& date) {
    const Claim& anchor = *claims_by_id_.at(c.relative_to);
    const auto* value = std::get_if<DateValue>(&anchor.value);
    auto fixed = [](const DateExpr& e) {
      const auto* cal = std::get_if<CalendarDate>(&e);
      return cal && cal->year;
    };
    if (!value || value->bound != DateBound::kAt || !fixed(value->from) ||
        (value->to && !fixed(*value->to))) {
      return "";
    }
    auto days = StaticDays(*value, ArticleOf(anchor));
    if (!days) return "";
    DayInterval first = ResolveAnchored(date, days->from, options_.precision);
    DayInterval last = ResolveAnchored(date, days->to - 1, options_.precision);
    return fmt::format(": {}", FormatDayInterval({first.from, last.to}));
  }

  // «l'année suivante» relative to claim X: a constraint between this claim's day and X's.
  bool EncodeAnchoredDate(const Claim& c, const AnchoredDate& date, EncodedClaim& ec) {
    int anchor = AnchorVar(c.relative_to);
    if (anchor < 0) {
      Skip(c,
           fmt::format("claim '{}' that 'relative_to' names is not a dated claim", c.relative_to));
      return false;
    }
    ec.vars.push_back(anchor);
    const z3::expr& e = out_.vars[static_cast<size_t>(ec.primary_var)].expr;
    ec.constraint =
        dates_.Anchored(e, out_.vars[static_cast<size_t>(anchor)].expr, date, AnchorYears());
    DayInterval span = ResolveAnchored(date, kVaguenessPublicationDay, options_.precision);
    ec.vagueness = static_cast<double>(span.to - span.from);
    ec.view.reading += fmt::format(" (claim '{}'{})", c.relative_to, AnchoredDays(c, date));
    return true;
  }

  bool EncodeDate(const Claim& c, const Property& p, const Article* a, EncodedClaim& ec) {
    int index = ClaimDateVar(c, p);
    ec.vars.push_back(index);
    ec.primary_var = index;
    if (const auto* anchored = std::get_if<AnchoredDate>(&c.value)) {
      return EncodeAnchoredDate(c, *anchored, ec);
    }
    const auto& value = std::get<DateValue>(c.value);
    auto pub = DependsOnPublication(value) ? PublicationOf(a, ec) : std::nullopt;
    std::string error;
    const z3::expr& e = out_.vars[static_cast<size_t>(index)].expr;
    // "hier", "il y a 5 jours" in an article of known day name fixed days: the same days as the
    // constraint, as bounds the interval path can decide without a solver.
    if (auto days = ResolvedOnKnownDay(value, a)) {
      ec.constraint = e >= ctx_.int_val(static_cast<int64_t>(days->from)) &&
                      e < ctx_.int_val(static_cast<int64_t>(days->to));
    } else {
      ec.constraint = dates_.Constrain(e, value, pub, &error);
    }
    ec.vagueness = DateVagueness(value);
    if (!error.empty()) {
      Skip(c, error);
      return false;
    }
    // A normalised interval only where the text fixes it: relative and year-less dates depend
    // on the publication day, which the solver decides.
    const auto& date = std::get<DateValue>(c.value);
    auto fixed = [](const DateExpr& e) {
      const auto* cal = std::get_if<CalendarDate>(&e);
      return cal && cal->year;
    };
    bool is_fixed =
        fixed(date.from) && (!date.to || fixed(*date.to)) && date.bound == DateBound::kAt;
    if (auto days = is_fixed ? StaticDays(date, a) : std::nullopt) {
      ec.view.low = FormatDay(days->from);
      ec.view.high = FormatDay(days->to - 1);
      ec.view.unit = "day";
      ec.view.scale = IntervalScale::kCalendarDays;
      ec.view.days = *days;
    }
    return true;
  }

  bool EncodeAge(const Claim& c, const Article* a, EncodedClaim& ec) {
    int birth = DateVar(c.subjects.front(), "birth_date");
    ec.vars.push_back(birth);
    ec.primary_var = birth;
    std::string error;
    z3::expr day = dates_.Fresh("age_day");
    z3::expr side = ctx_.bool_val(true);
    std::optional<DayInterval> bounds;
    auto pub = !c.when || DependsOnPublication(*c.when) ? PublicationOf(a, ec) : std::nullopt;
    if (c.when) {
      side = dates_.Constrain(day, *c.when, pub, &error);
      bounds = StaticDays(*c.when, a);
    } else if (pub) {
      side = day == *pub;
      if (a->published.from && a->published.to) {
        bounds = DayInterval{*a->published.from, *a->published.to + 1};
      }
    } else {
      error = "an age needs a date: a `when` or the article's publication";
    }
    if (!error.empty()) {
      Skip(c, error);
      return false;
    }
    const auto& age = std::get<AgeValue>(c.value);
    const z3::expr& born = out_.vars[static_cast<size_t>(birth)].expr;
    // On a known day (an exact publication, a dated `when`) the age is an interval of birth
    // days: the same constraint, which the interval path can decide without a solver.
    std::optional<DayInterval> born_in;
    if (bounds && bounds->to == bounds->from + 1 &&
        (c.when ? !DependsOnPublication(*c.when) : true)) {
      born_in = dates_.BirthDays(bounds->from, age.years);
    }
    ec.constraint = born_in ? born >= ctx_.int_val(static_cast<int64_t>(born_in->from)) &&
                                  born < ctx_.int_val(static_cast<int64_t>(born_in->to))
                            : side && dates_.AgeAt(born, day, age.years, bounds);
    SetInterval(ec.view, age.years, "years");
    ec.vagueness = 365.0 * (RelativeWidth(age.years) + 1);
    ec.view.reading += c.when ? "" : " (at the article's publication date)";
    return true;
  }

  bool EncodeDuration(const Claim& c, const Property& p, EncodedClaim& ec) {
    int index = AddVar({{VarKind::kDuration, c.subjects.front(), p.id, ""},
                        NewConst(ctx_.real_sort()),
                        c.subjects.front(),
                        p.id,
                        ""});
    ec.vars.push_back(index);
    ec.primary_var = index;
    Interval days = DurationInDays(std::get<DurationValue>(c.value));
    const z3::expr& x = out_.vars[static_cast<size_t>(index)].expr;
    ec.constraint = x >= ctx_.real_val(ToDecimalString(*days.low.value).c_str()) &&
                    x <= ctx_.real_val(ToDecimalString(*days.high.value).c_str());
    if (!c.between.empty()) {
      // «près de trois ans de retard» between the planned and the actual opening: the days from
      // the first claim's date to the second's are the duration.
      int start = AnchorVar(c.between.front()), end = AnchorVar(c.between.back());
      if (start < 0 || end < 0) {
        Skip(c, "'between' names a claim that is not a dated claim");
        return false;
      }
      ec.vars.push_back(start);
      ec.vars.push_back(end);
      ec.constraint = ec.constraint && x == z3::to_real(out_.vars[static_cast<size_t>(end)].expr -
                                                        out_.vars[static_cast<size_t>(start)].expr);
      ec.view.reading += fmt::format(" between the dates of claims '{}' and '{}'",
                                     c.between.front(), c.between.back());
    }
    SetInterval(ec.view, days, "day");
    ec.view.scale = IntervalScale::kDurationDays;
    ec.vagueness = RelativeWidth(days);
    return true;
  }

  // ---- categories ------------------------------------------------------------------------

  struct CategoryVar {
    const Taxonomy* taxonomy = nullptr;
    const Property* property = nullptr;
    std::string subject;
    std::map<std::string, z3::expr> held;  // node id -> "the subject's value lies under it"
  };

  z3::expr Held(CategoryVar& cv, const std::string& node) {
    auto it = cv.held.find(node);
    if (it == cv.held.end()) {
      it = cv.held.emplace(node, NewConst(ctx_.bool_sort())).first;
    }
    return it->second;
  }

  bool EncodeCategory(const Claim& c, const Property& p, const Article* a, EncodedClaim& ec) {
    const Taxonomy* t = corpus_.catalogue.FindTaxonomy(p.taxonomy);
    if (!t) return false;
    std::string period = TimeKey(c, p, a);
    int index = AddVar({{VarKind::kCategory, c.subjects.front(), p.id, period},
                        ctx_.bool_val(true),
                        c.subjects.front(),
                        p.id,
                        ""});
    auto [it, inserted] = categories_.try_emplace(index);
    CategoryVar& cv = it->second;
    if (inserted) {
      cv.taxonomy = t;
      cv.property = &p;
      cv.subject = c.subjects.front();
      for (const auto& node : t->nodes()) Held(cv, node.id);
    }
    ec.vars.push_back(index);
    ec.primary_var = index;
    const auto& value = std::get<CategoryValue>(c.value);
    ec.constraint = Held(cv, value.node);
    ec.view.low = ec.view.high = value.node;
    ec.view.unit = t->id;
    std::set<std::string> leaves = t->LeavesUnder(value.node);
    ec.vagueness = static_cast<double>(leaves.size());
    ec.leaves.assign(leaves.begin(), leaves.end());
    return true;
  }

  // A value lies under its ancestors and a non-leaf value under one of its children; a
  // single-valued property holds one leaf, a multi-valued one at most one child of an exclusive
  // node. Top-level nodes of a multi-valued property do not exclude each other: exclusivity is
  // declared by a node (`exclusive`, the default for a node's children), and top-level nodes have
  // none ("angel investor" and "state fund" may both back one start-up).
  void EncodeCategoryStructure() {
    for (auto& [index, cv] : categories_) {
      z3::expr_vector laws(ctx_);
      for (const auto& node : cv.taxonomy->nodes()) {
        z3::expr h = Held(cv, node.id);
        for (const auto& parent : node.parents) laws.push_back(z3::implies(h, Held(cv, parent)));
        std::vector<std::string> children = cv.taxonomy->Children(node.id);
        if (children.empty()) continue;
        z3::expr_vector kids(ctx_);
        for (const auto& child : children) kids.push_back(Held(cv, child));
        laws.push_back(z3::implies(h, z3::mk_or(kids)));
        // Exclusive children matter for multi-valued properties; a single value is one leaf,
        // which already decides every node above it (overlay nodes such as "south-china"
        // share leaves with provinces, so children of one node need not exclude each other).
        if (node.exclusive && !cv.property->single_valued) laws.push_back(z3::atmost(kids, 1));
      }
      if (cv.property->single_valued) {
        z3::expr_vector leaves(ctx_);
        for (const auto& node : cv.taxonomy->nodes()) {
          if (cv.taxonomy->Children(node.id).empty()) leaves.push_back(Held(cv, node.id));
        }
        laws.push_back(z3::atmost(leaves, 1));
      }
      out_.background.push_back({z3::mk_and(laws),
                                 {index},
                                 LawOrigin::kTaxonomy,
                                 fmt::format("structure of taxonomy '{}'", cv.taxonomy->id),
                                 cv.property->single_valued});
    }
  }

  // ---- catalogue relations ---------------------------------------------------------------

  void EncodeRelations() {
    for (const auto& r : corpus_.catalogue.relations()) {
      if (r.kind == RelationKind::kAtMost && r.via == RelationVia::kSameSubject) {
        for (size_t i = 0; i < out_.vars.size(); ++i) {
          const Variable& left = out_.vars[i];
          if (left.key.kind != VarKind::kQuantity || left.property != r.left) continue;
          int right = FindVar({VarKind::kQuantity, left.subject, r.right, left.key.period});
          if (right < 0) continue;
          out_.background.push_back({left.expr <= out_.vars[static_cast<size_t>(right)].expr,
                                     {static_cast<int>(i), right},
                                     LawOrigin::kCatalogue,
                                     fmt::format("{} is at most {}", r.left, r.right)});
        }
      } else if (r.kind == RelationKind::kBefore && r.via == RelationVia::kPartOf) {
        // From this encoding's own date variables, not the whole catalogue: a large corpus is
        // encoded in thousands of pieces, each with a handful of variables.
        size_t n = out_.vars.size();
        for (size_t i = 0; i < n; ++i) {
          const Variable& v = out_.vars[i];
          if (v.key.kind != VarKind::kDate || v.property != r.right) continue;
          const Entity* found = corpus_.catalogue.FindEntity(v.subject);
          if (!found || found->part_of.empty() ||
              v.key != VarKey{VarKind::kDate, found->id, r.right, ""}) {
            continue;
          }
          const Entity& e = *found;
          int owner = FindVar({VarKind::kDate, e.part_of, r.left, ""});
          int part = static_cast<int>(i);
          if (owner < 0) continue;
          out_.background.push_back(
              {out_.vars[static_cast<size_t>(owner)].expr <
                   out_.vars[static_cast<size_t>(part)].expr,
               {owner, part},
               LawOrigin::kCatalogue,
               fmt::format("{} of {} comes before {} of {}", r.left, e.part_of, r.right, e.id)});
        }
      } else if (r.kind == RelationKind::kNotBefore) {
        EncodeNotBeforeVia(r);
      }
    }
  }

  // "A cluster's chips cannot be bought before the chip model was released": for every value
  // of the `via` category that names an entity, holding it puts left on or after right.
  void EncodeNotBeforeVia(const PropertyRelation& r) {
    for (auto& [index, cv] : categories_) {
      if (r.via != RelationVia::kCategory || cv.property->id != r.via_property) continue;
      int left = FindVar({VarKind::kDate, cv.subject, r.left, ""});
      if (left < 0) continue;
      for (const auto& node : cv.taxonomy->nodes()) {
        if (node.entity.empty()) continue;
        int right = FindVar({VarKind::kDate, node.entity, r.right, ""});
        if (right < 0) continue;
        out_.background.push_back(
            {z3::implies(Held(cv, node.id), out_.vars[static_cast<size_t>(left)].expr >=
                                                out_.vars[static_cast<size_t>(right)].expr),
             {left, index, right},
             LawOrigin::kCatalogue,
             fmt::format("{} of {} is not before {} of {} when {} is {}", r.left, cv.subject,
                         r.right, node.entity, r.via_property, node.id)});
      }
    }
  }

  const Corpus& corpus_;
  z3::context& ctx_;
  EncodeOptions options_;
  std::pair<int, int> years_;
  DateEncoder dates_;
  Encoding out_;
  std::map<VarKey, int> var_index_;
  std::map<int, CategoryVar> categories_;
  std::unordered_map<std::string, const Claim*> claims_by_id_;  // the claims this encoding covers
  std::optional<std::pair<int, int>> anchor_years_;             // AnchorYears(), once
  // MoneyKey -> the currency figures compare in: shared by every piece of the corpus, not copied.
  const std::map<std::string, std::string>& money_unit_;
  int next_const_ = 0;  // DateEncoder's auxiliary constants count from DateEncoder::kFirstFresh
};

}  // namespace

CorpusFacts StudyCorpus(const Corpus& corpus) {
  CorpusFacts facts;
  facts.years = CandidateYears(corpus);
  z3::context ctx;  // unused: choosing currencies builds no constraint
  facts.money_units = Encoder(corpus, ctx, {}, facts).ChooseMoneyUnits();
  return facts;
}

Encoding Encode(const Corpus& corpus, z3::context& ctx, const EncodeOptions& options) {
  if (options.facts) return Encoder(corpus, ctx, options, *options.facts).Run();
  CorpusFacts facts = StudyCorpus(corpus);
  return Encoder(corpus, ctx, options, facts).Run();
}

}  // namespace crosscheck::encode
