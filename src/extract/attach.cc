#include "extract/attach.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "common/rational.h"
#include "common/unicode.h"
#include "extract/phrase_finder.h"
#include "extract/sentences.h"
#include "extract/spotter.h"
#include "parse/value_parser.h"

namespace crosscheck::extract {
namespace {

FigureKind FigureKindOf(Mention::Kind kind) {
  switch (kind) {
    case Mention::kNumber:
      return FigureKind::kNumber;
    case Mention::kPercent:
      return FigureKind::kPercent;
    case Mention::kCurrency:
      return FigureKind::kCurrency;
    case Mention::kDate:
      return FigureKind::kDate;
    case Mention::kDuration:
      return FigureKind::kDuration;
    case Mention::kAge:
      return FigureKind::kAge;
  }
  return FigureKind::kNumber;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "un", "une", "a", "one" read as 1: in running text they are articles, not figures.
bool IsIndefiniteArticle(const Mention& m) {
  if (m.kind != Mention::kNumber) return false;
  std::string folded = FoldText(m.text, Fold::kCaseAndPunctuation);
  return folded == "un" || folded == "une" || folded == "a" || folded == "an" || folded == "one";
}

// Words strictly between two spans; 0 when they touch or overlap.
size_t WordsBetween(std::string_view text, TextSpan a, TextSpan b) {
  size_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
  if (from >= to) return 0;
  size_t words = 0;
  bool in_word = false;
  for (size_t i = from; i < to; ++i) {
    bool space = IsSpaceByte(text[i]) || text.substr(i, 2) == "\u00a0";
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Readings of one figure, most specific first: amounts, dates, durations and ages before bare
// numbers, then the longer span.
bool MoreSpecific(const Mention* a, const Mention* b) {
  bool a_bare = a->kind == Mention::kNumber, b_bare = b->kind == Mention::kNumber;
  if (a_bare != b_bare) return b_bare;
  return (a->end - a->begin) > (b->end - b->begin);
}

TextSpan Cover(TextSpan a, TextSpan b) {
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

class Attacher {
 public:
  Attacher(std::string_view text, parse::Language lang, const std::vector<Mention>& mentions,
           const Catalogue& catalogue, const CueLexicon& lexicon)
      : text_(text),
        mentions_(mentions),
        lang_(lang),
        catalogue_(catalogue),
        finder_(text),
        sentences_(SplitSentences(text)),
        entities_(SpotEntities(finder_, catalogue)),
        cues_(SpotCues(finder_, lexicon, lang == parse::Language::kEnglish)),
        folded_ws_(FoldWhitespace(text, &folded_ws_offsets_)) {}

  const std::vector<EntityHit>& entities() const { return entities_; }
  const std::vector<TextSpan>& sentences() const { return sentences_; }

  // The first reading of `cluster` (most specific first) that attaches, or why none does.
  void AttachFigure(std::vector<const Mention*> cluster, Attachment& out) {
    std::stable_sort(cluster.begin(), cluster.end(), MoreSpecific);
    std::string first_reason;
    for (const Mention* m : cluster) {
      // "27" in "lundi 27 janvier" is a day, not a count: bare numbers stand only on their own.
      if (m->kind == Mention::kNumber && cluster.front()->kind != Mention::kNumber) break;
      std::string reason;
      if (auto c = TryAttach(*m, reason)) {
        out.candidates.push_back(std::move(*c));
        return;
      }
      if (first_reason.empty()) first_reason = reason;
    }
    out.unattached.push_back({*cluster.front(), first_reason});
  }

 private:
  std::optional<Candidate> TryAttach(const Mention& m, std::string& reason) {
    TextSpan span{m.begin, m.end};
    for (const auto& e : entities_) {
      if (e.span.begin < span.end && span.begin < e.span.end) {
        reason = fmt::format("part of the name '{}'", Slice(e.span));
        return std::nullopt;
      }
    }
    TextSpan sentence = sentences_.empty() ? TextSpan{0, text_.size()}
                                           : sentences_[SentenceAt(sentences_, m.begin)];
    FigureKind kind = FigureKindOf(m.kind);
    std::vector<const CueHit*> near;
    for (const auto& h : cues_) {
      if (h.span.begin < sentence.begin || h.span.end > sentence.end) continue;
      if (!h.cue->Accepts(kind) || WordsBetween(text_, h.span, span) > kCueWindowWords) continue;
      near.push_back(&h);
    }
    if (near.empty()) {
      reason = fmt::format("no cue word for a {} within {} words in its sentence",
                           FigureKindName(kind), kCueWindowWords);
      return std::nullopt;
    }
    // Nearest first; on a tie the cue before the figure ("coûté 6 millions").
    std::stable_sort(near.begin(), near.end(), [&](const CueHit* a, const CueHit* b) {
      size_t da = WordsBetween(text_, a->span, span), db = WordsBetween(text_, b->span, span);
      if (da != db) return da < db;
      return a->span.begin < b->span.begin;
    });
    // First a subject named in the sentence, then one the article does not name.
    for (bool fallback : {false, true}) {
      for (const CueHit* hit : near) {
        const Property* property = catalogue_.FindProperty(hit->cue->property);
        if (!property) continue;
        const EntityHit* named = fallback ? nullptr : NearestEntity(sentence, span, *hit->cue);
        auto [subject, source] =
            fallback ? FallbackSubject(*hit->cue)
                     : std::pair{static_cast<const Entity*>(nullptr), Candidate::kNamed};
        if (named) subject = named->entity;
        if (!subject) continue;
        TextSpan value_span = WithUnitNoun(m, *property);
        std::string value(text_.substr(value_span.begin, value_span.end - value_span.begin));
        const Mention* currency = CurrencyBefore(m, sentence, *property);
        if (currency) value += " " + CurrencyWord(currency->unit);
        auto parsed = parse::ParseValue(value, *property, lang_, catalogue_);
        if (!parsed.ok()) {
          reason = fmt::format("'{}' does not read as {} (property '{}', cue '{}'): {}", value,
                               parse::DescribeKind(*property), property->id, Slice(hit->span),
                               parsed.error().message);
          continue;
        }
        Candidate c;
        c.mention = m;
        c.subject = subject->id;
        c.property = property->id;
        c.value_text = value;
        c.value_span = value_span;
        c.cue = Slice(hit->span);
        c.cue_span = hit->span;
        if (currency) c.currency_from = currency->text;
        c.subject_source = source;
        TextSpan covered = Cover(value_span, hit->span);
        if (named) {
          c.subject_text = Slice(named->span);
          covered = Cover(covered, named->span);
        }
        c.quote = Quote(sentence, covered);
        return c;
      }
    }
    if (reason.empty()) {
      reason = fmt::format("no entity of a type the cue '{}' accepts in the article",
                           Slice(near.front()->span));
    }
    return std::nullopt;
  }

  // When the sentence names no fitting entity: the cue's own subject, else the article's main
  // subject among the fitting types, else the catalogue's only entity of a fitting type.
  std::pair<const Entity*, Candidate::SubjectSource> FallbackSubject(const Cue& cue) const {
    if (!cue.subject.empty()) return {catalogue_.FindEntity(cue.subject), Candidate::kCueSubject};
    if (const Entity* main = MainSubject(entities_, &cue)) return {main, Candidate::kMainSubject};
    const Entity* only = nullptr;
    for (const auto& e : catalogue_.entities()) {
      if (!cue.AcceptsSubjectType(e.type)) continue;
      if (only) return {nullptr, Candidate::kOnlyOfType};
      only = &e;
    }
    return {only, Candidate::kOnlyOfType};
  }

  // The entity named nearest the figure in its sentence, of a type the cue accepts: the nearest
  // before it, else the nearest after it.
  const EntityHit* NearestEntity(TextSpan sentence, TextSpan figure, const Cue& cue) const {
    const EntityHit* before = nullptr;
    const EntityHit* after = nullptr;
    for (const auto& e : entities_) {
      if (e.span.begin < sentence.begin || e.span.end > sentence.end) continue;
      if (!cue.AcceptsSubjectType(e.entity->type)) continue;
      if (e.span.end <= figure.begin) {
        before = &e;
      } else if (e.span.begin >= figure.end && !after) {
        after = &e;
      }
    }
    return before ? before : after;
  }

  // For a bare amount of money with a scale ("3 milliards"): the nearest amount with a currency
  // before it in the sentence, or null.
  const Mention* CurrencyBefore(const Mention& m, TextSpan sentence,
                                const Property& property) const {
    if (m.kind != Mention::kNumber || property.dimension != Dimension::kMoney) return nullptr;
    auto value = ParseDecimal(m.value);
    if (!value || *value < 1000) return nullptr;
    const Mention* found = nullptr;
    for (const auto& other : mentions_) {
      if (other.begin >= m.begin) break;
      if (other.kind == Mention::kCurrency && other.begin >= sentence.begin) found = &other;
    }
    return found;
  }

  // The catalogue's first word for a currency ("USD" -> "dollars").
  std::string CurrencyWord(const std::string& unit_id) const {
    const Unit* unit = catalogue_.FindUnit(unit_id);
    return unit && !unit->words.empty() ? unit->words.front() : unit_id;
  }

  // A bare count followed by a unit of the property's dimension takes the unit along
  // ("139" + "chercheurs", "27" + "fois"), so the value reads as the article means it.
  TextSpan WithUnitNoun(const Mention& m, const Property& property) const {
    TextSpan span{m.begin, m.end};
    if (m.kind != Mention::kNumber || property.kind != ValueKind::kQuantity) return span;
    size_t from = m.end;
    while (from < text_.size() && (IsSpaceByte(text_[from]) || text_.substr(from, 2) == "\u00a0" ||
                                   text_.substr(from, 3) == "\u202f")) {
      from += IsSpaceByte(text_[from]) ? 1 : text_.substr(from, 2) == "\u00a0" ? 2 : 3;
    }
    if (from == m.end || from >= text_.size()) return span;
    std::string_view rest = text_.substr(from, 48);
    PhraseFinder after(rest);
    for (const auto& [word, unit] : catalogue_.UnitWordsLongestFirst()) {
      if (catalogue_.units()[unit].dimension != property.dimension) continue;
      auto hits = after.FindAll(word);
      if (!hits.empty() && hits.front().begin == 0) return {span.begin, from + hits.front().end};
    }
    return span;
  }

  // The clause around `inner`; the whole sentence when that clause also occurs earlier in the
  // article (the loader finds a quote at its first occurrence).
  TextSpan Quote(TextSpan sentence, TextSpan inner) const {
    TextSpan clause = ClauseAround(text_, sentence, inner);
    if (FirstOccurrence(clause) < clause.begin) return sentence;
    return clause;
  }

  size_t FirstOccurrence(TextSpan span) const {
    std::string needle = FoldWhitespace(Slice(span));
    size_t at = folded_ws_.find(needle);
    return at == std::string::npos ? span.begin : folded_ws_offsets_[at];
  }

  std::string Slice(TextSpan s) const {
    return std::string(text_.substr(s.begin, s.end - s.begin));
  }

  std::string_view text_;
  const std::vector<Mention>& mentions_;
  parse::Language lang_;
  const Catalogue& catalogue_;
  PhraseFinder finder_;
  std::vector<TextSpan> sentences_;
  std::vector<EntityHit> entities_;
  std::vector<CueHit> cues_;
  std::vector<size_t> folded_ws_offsets_;
  std::string folded_ws_;
};

// One sentence states one value of a fact: when it yields two different figures for the same
// subject and property ("emploie 220 personnes et devrait en compter 400 d'ici à 2028", "une
// commune de 4 300 habitants, à 45 km"), which one the cue governs, and what the other one is
// (a target, a distance, a part), is not something attachment can tell. Both are withdrawn and
// listed with the reason, so that a guess never becomes a contradiction (precision first).
void WithdrawRivalFigures(const std::vector<TextSpan>& sentences, Attachment& out) {
  auto key = [&](const Candidate& c) {
    size_t sentence = sentences.empty() ? 0 : SentenceAt(sentences, c.mention.begin);
    return std::tuple(sentence, c.subject, c.property, c.cue_span.begin);
  };
  std::map<std::tuple<size_t, std::string, std::string, size_t>, std::vector<size_t>> groups;
  for (size_t i = 0; i < out.candidates.size(); ++i) groups[key(out.candidates[i])].push_back(i);
  std::vector<bool> withdrawn(out.candidates.size(), false);
  for (const auto& [k, members] : groups) {
    if (members.size() < 2) continue;
    const auto& first = out.candidates[members.front()];
    bool differ = false;
    for (size_t i : members) differ |= out.candidates[i].value_text != first.value_text;
    if (!differ) continue;
    std::string values;
    for (size_t i : members) {
      values += fmt::format("{}'{}'", values.empty() ? "" : ", ", out.candidates[i].value_text);
    }
    for (size_t i : members) {
      withdrawn[i] = true;
      out.unattached.push_back(
          {out.candidates[i].mention,
           fmt::format("one sentence gives {} figures for {}'s {} ({}): which one the cue '{}' "
                       "governs is left to review",
                       members.size(), first.subject, first.property, values,
                       out.candidates[i].cue)});
    }
  }
  std::vector<Candidate> kept;
  for (size_t i = 0; i < out.candidates.size(); ++i) {
    if (!withdrawn[i]) kept.push_back(std::move(out.candidates[i]));
  }
  out.candidates = std::move(kept);
  std::stable_sort(
      out.unattached.begin(), out.unattached.end(),
      [](const Unattached& a, const Unattached& b) { return a.mention.begin < b.mention.begin; });
}

}  // namespace

Attachment Attach(std::string_view text, parse::Language lang, const std::vector<Mention>& mentions,
                  const Catalogue& catalogue, const CueLexicon& lexicon) {
  Attachment out;
  Attacher attacher(text, lang, mentions, catalogue, lexicon);
  if (const Entity* main = MainSubject(attacher.entities(), nullptr)) out.main_subject = main->id;
  // Overlapping mentions are readings of one figure.
  std::vector<const Mention*> cluster;
  size_t cluster_end = 0;
  for (const auto& m : mentions) {
    if (IsIndefiniteArticle(m)) continue;
    if (!cluster.empty() && m.begin >= cluster_end) {
      attacher.AttachFigure(cluster, out);
      cluster.clear();
    }
    cluster_end = cluster.empty() ? m.end : std::max(cluster_end, m.end);
    cluster.push_back(&m);
  }
  if (!cluster.empty()) attacher.AttachFigure(cluster, out);
  WithdrawRivalFigures(attacher.sentences(), out);
  return out;
}

}  // namespace crosscheck::extract
