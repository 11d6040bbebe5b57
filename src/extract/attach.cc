#include "extract/attach.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>

#include "common/rational.h"
#include "common/unicode.h"
#include "extract/phrase_finder.h"
#include "extract/sentences.h"
#include "extract/spotter.h"
#include "parse/cursor.h"
#include "parse/date_parser.h"
#include "parse/value_parser.h"

namespace crosscheck::extract {
namespace {

std::string Slice(std::string_view text, TextSpan s) {
  return std::string(text.substr(s.begin, s.end - s.begin));
}

// "aujourd'hui", "à ce jour", "today": the present, read as the publication day.
bool IsNow(const DateValue& date) {
  if (date.to || date.bound != DateBound::kAt) return false;
  const auto* rel = std::get_if<RelativeDate>(&date.from);
  return rel && rel->kind == RelativeKind::kToday;
}

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
    case Mention::kCategory:
      return FigureKind::kCategory;
  }
  return FigureKind::kNumber;
}

// A byte of a name: an ASCII letter or digit, or any byte of a multi-byte letter ("Sterne").
bool IsNameByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
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

// "1 milliard de yuans (130 millions d'euros)": the figure in parentheses right after another
// is that figure converted, not a figure of its own.
bool IsConversionOf(std::string_view text, TextSpan figure, TextSpan of) {
  if (figure.begin < of.end) return false;
  std::string_view between = text.substr(of.end, figure.begin - of.end);
  size_t open = between.find('(');
  if (open == std::string_view::npos) return false;
  for (size_t i = 0; i < between.size(); ++i) {
    if (i != open && !IsSpaceByte(between[i])) return false;
  }
  return true;
}

// Whether `written` (a cue word as the article writes it) is one of `cue`'s everyday words, in
// any of the forms the cue is spotted in ("ouverte" for «ouvert»).
bool IsEverydayWord(const Cue& cue, std::string_view written, bool english) {
  std::string folded = FoldText(written, Fold::kCaseAndPunctuation);
  for (const auto& word : cue.everyday) {
    for (const auto& form : CueForms(word, english)) {
      if (folded == FoldText(form, Fold::kCaseAndPunctuation)) return true;
    }
  }
  return false;
}

// "dépense 26 millions d'euros, entre 2019 et 2020, dans un premier supercalculateur", "spent
// $5 million on a new plant": a figure of an additive property (money that sums over what it
// went to) followed, within a few words of its sentence, by a preposition of destination and a
// determiner names what the money went to, which may be one part of everything the subject
// spent. Returns that phrase ("dans un premier supercalculateur"), or nothing. Wholes ("pour un
// total de", "for a total of") and periods ("pour une année", "on a yearly basis") are not
// destinations; neither is an infinitive ("pour financer", "to build").
std::optional<std::string> Destination(std::string_view text, TextSpan sentence, TextSpan figure) {
  constexpr size_t kMaxWordsAfter = 8;
  std::string after =
      FoldText(text.substr(figure.end, sentence.end - figure.end), Fold::kCaseAndPunctuation);
  std::vector<std::string> words;
  std::string word;
  for (char ch : after) {
    bool boundary = ch == ' ' || ch == ',' || ch == '(' || ch == ')';
    if (ch == ';' || ch == '.' || ch == ':') break;
    if (boundary) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      if (words.size() > kMaxWordsAfter) break;
    } else {
      word += ch;
    }
  }
  if (!word.empty()) words.push_back(word);
  auto in = [](const std::string& w, std::initializer_list<std::string_view> list) {
    for (std::string_view x : list) {
      if (w == x) return true;
    }
    return false;
  };
  for (size_t i = 0; i + 2 < words.size() && i < kMaxWordsAfter; ++i) {
    // A new clause of its own ends the figure's reach.
    if (in(words[i], {"puis", "mais", "alors", "then", "but", "while", "whereas"})) break;
    if (!in(words[i], {"pour", "dans", "for", "on", "into"})) continue;
    const std::string& det = words[i + 1];
    // An indefinite or a count introduces one recipient among possibly several ("un premier
    // supercalculateur", "deux clusters", "a new plant"); a definite one names the thing in
    // focus ("dans la commune", "on the plant"), whose amount the figure may well be.
    bool determiner = in(det, {"un", "une", "des", "plusieurs", "deux", "trois", "quatre", "cinq",
                               "a", "an", "several", "two", "three", "four", "five"});
    if (!determiner) continue;
    bool whole_or_period = false;
    for (size_t j = i + 1; j < std::min(words.size(), i + 4); ++j) {
      whole_or_period |=
          in(words[j],
             {"total",     "totalité", "ensemble", "somme",   "montant", "fois",    "année",
              "an",        "ans",      "mois",     "semaine", "jour",    "période", "exercice",
              "trimestre", "semestre", "whole",    "sum",     "amount",  "time",    "year",
              "years",     "month",    "week",     "day",     "period",  "quarter", "basis"});
    }
    if (whole_or_period) continue;
    std::string phrase = words[i] + " " + det + " " + words[i + 2];
    if (i + 3 < words.size()) phrase += " " + words[i + 3];  // "un premier supercalculateur"
    return phrase;
  }
  return std::nullopt;
}

class Attacher {
 public:
  // What a description in the sentence says of a cue's subject: the entity it refers to, or
  // that it describes a subject none can be assumed for (`ambiguous`), and where it stands.
  struct Description {
    const Entity* entity = nullptr;
    bool ambiguous = false;
    TextSpan at{};
  };

  // `finder` reads `text` (one per article: folding it costs 8 bytes of offsets per byte).
  Attacher(std::string_view text, parse::Language lang, const std::vector<Mention>& mentions,
           const Catalogue& catalogue, const CueLexicon& lexicon, const PhraseFinder& finder)
      : text_(text),
        mentions_(mentions),
        lang_(lang),
        catalogue_(catalogue),
        finder_(finder),
        sentences_(SplitSentences(text)),
        entities_(SpotEntities(finder_, catalogue)),
        cues_(SpotCues(finder_, lexicon, lang == parse::Language::kEnglish)),
        folded_ws_(FoldText(text, Fold::kWhitespace, &folded_ws_offsets_)) {}

  const std::vector<EntityHit>& entities() const { return entities_; }
  const std::vector<TextSpan>& sentences() const { return sentences_; }

  // The first reading of `cluster` (most specific first) that attaches, or why none does.
  void AttachFigure(std::vector<const Mention*> cluster, Attachment& out) {
    std::stable_sort(cluster.begin(), cluster.end(), MoreSpecific);
    std::string first_reason;
    const EntityHit* person = nullptr;
    if (auto age = AppositiveAge(*cluster.front(), &person)) {
      std::string reason;
      if (auto c = TryAttach(*age, reason)) {
        out.candidates.push_back(std::move(*c));
        return;
      }
      // The apposition says whose age it is, with or without a cue word.
      if (auto c = AgeOf(*age, *person)) {
        out.candidates.push_back(std::move(*c));
        return;
      }
    }
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
    // A taxonomy term no cue claims is just a word of the text ("la France", "l'économie"),
    // not a figure left over: it is not listed.
    if (cluster.front()->kind == Mention::kCategory) return;
    out.unattached.push_back({*cluster.front(), first_reason});
  }

 private:
  // "Claire Demarquay, 54 ans, présidente", "Bastien Rolland, 42, founded": a whole number of
  // years, or a bare number of two digits, set off by a comma right after a person's name is
  // that person's age. The mention read as an age, or nothing.
  std::optional<Mention> AppositiveAge(const Mention& m, const EntityHit** person) const {
    bool years = m.kind == Mention::kDuration && m.unit == "Y" && m.value.starts_with("P") &&
                 m.value.ends_with("Y") && m.hedge.empty();
    bool bare = m.kind == Mention::kNumber && m.hedge.empty() && m.value.size() == 2 &&
                parse::IsAsciiDigit(m.value[0]) && parse::IsAsciiDigit(m.value[1]);
    if (!years && !bare) return std::nullopt;
    std::string amount = years ? m.value.substr(1, m.value.size() - 2) : m.value;
    if (amount.empty() || amount.find_first_not_of("0123456789") != std::string::npos) {
      return std::nullopt;
    }
    // A bare number must close its apposition: "Rolland, 42," or "Rolland, 42." (not
    // "Ostralis, 42 sites").
    if (bare) {
      size_t after = m.end;
      if (after < text_.size() && text_[after] != ',' && text_[after] != '.' &&
          text_[after] != ')') {
        return std::nullopt;
      }
    }
    size_t before = m.begin;
    while (before > 0 && IsSpaceByte(text_[before - 1])) --before;
    if (before == 0 || text_[before - 1] != ',') return std::nullopt;
    --before;
    auto [lo, hi] = EntitiesIn({before > 200 ? before - 200 : 0, before});
    for (const EntityHit* it = lo; it != hi; ++it) {
      const EntityHit& e = *it;
      if (e.span.end == before && e.entity->type == "person") {
        *person = &e;
        Mention age = m;
        age.kind = Mention::kAge;
        age.value = amount;
        age.unit = "";
        return age;
      }
    }
    return std::nullopt;
  }

  // The names, cue words and mentions that start within `span`, found by binary search (each
  // list is in text order), so that work per figure is bounded by its sentence, not the text.
  template <typename T, typename Begin>
  static std::pair<const T*, const T*> Within(const std::vector<T>& items, TextSpan span,
                                              Begin begin_of) {
    auto lo = std::lower_bound(items.begin(), items.end(), span.begin,
                               [&](const T& t, size_t pos) { return begin_of(t) < pos; });
    auto hi = std::lower_bound(lo, items.end(), span.end,
                               [&](const T& t, size_t pos) { return begin_of(t) < pos; });
    return {items.data() + (lo - items.begin()), items.data() + (hi - items.begin())};
  }
  std::pair<const EntityHit*, const EntityHit*> EntitiesIn(TextSpan span) const {
    return Within(entities_, span, [](const EntityHit& e) { return e.span.begin; });
  }
  std::pair<const CueHit*, const CueHit*> CuesIn(TextSpan span) const {
    return Within(cues_, span, [](const CueHit& h) { return h.span.begin; });
  }
  std::pair<const Mention*, const Mention*> MentionsIn(TextSpan span) const {
    return Within(mentions_, span, [](const Mention& m) { return m.begin; });
  }

  // The first entity the article names, other than `subject`, that the cue of `c` accepts; ""
  // when none. Kept per cue and subject: the answer is the article's, not the figure's.
  std::string RivalOf(const Candidate& c, const Entity* subject) const {
    const Cue* cue = c.cue;
    if (!cue) return "";
    auto key = std::pair(cue, subject);
    std::lock_guard lock(rivals_mutex_);
    if (auto it = rivals_.find(key); it != rivals_.end()) return it->second;
    std::string rival;
    for (const auto& h : entities_) {
      if (h.entity && h.entity != subject && cue->AcceptsSubjectType(h.entity->type)) {
        rival = h.entity->name;
        break;
      }
    }
    rivals_[key] = rival;
    return rival;
  }

  // Who stands behind a figure (docs/semantics.md, "Attribution and weights"): "selon X",
  // "d'après X", "according to X" anywhere in its sentence make it reported by X (the words up
  // to the next clause break, at most six); the conditional of hearsay in its clause ("aurait
  // coûté", "seraient") makes it reported by sources the article does not name. Else asserted.
  Attribution Attribute(TextSpan sentence, TextSpan figure) const {
    Attribution out;
    std::string_view s = text_.substr(sentence.begin, sentence.end - sentence.begin);
    PhraseFinder finder(s);
    for (std::string_view marker : {"selon", "d'après", "according to"}) {
      for (TextSpan at : finder.FindAll(marker)) {
        size_t from = at.end;
        while (from < s.size() && IsSpaceByte(s[from])) ++from;
        size_t to = from, words = 0;
        while (to < s.size() && words < 6) {
          size_t next = to;
          while (next < s.size() && !IsSpaceByte(s[next])) ++next;
          std::string_view word = s.substr(to, next - to);
          bool stop = word.ends_with(",") || word.ends_with(".") || word.ends_with(";") ||
                      word.ends_with(")") || word.ends_with(":");
          to = next;
          ++words;
          if (stop) break;
          while (to < s.size() && IsSpaceByte(s[to])) ++to;
        }
        std::string source(s.substr(from, to - from));
        while (!source.empty() &&
               (source.back() == ',' || source.back() == '.' || source.back() == ';' ||
                source.back() == ':' || IsSpaceByte(source.back()))) {
          source.pop_back();
        }
        if (source.empty()) continue;
        out.kind = AttributionKind::kReported;
        out.source = source;
        return out;
      }
    }
    TextSpan clause = ClauseAround(text_, sentence, figure);
    PhraseFinder in_clause(text_.substr(clause.begin, clause.end - clause.begin));
    for (std::string_view hearsay : {"aurait", "auraient", "serait", "seraient"}) {
      if (!in_clause.FindAll(hearsay).empty()) {
        out.kind = AttributionKind::kReported;
        out.source = fmt::format("unnamed (the conditional '{}')", hearsay);
        return out;
      }
    }
    return out;
  }

  // How far the reading can be trusted: low, with the reasons in words, when it rests on a
  // guess the sentence does not back (docs/extraction.md, "Confidence and review").
  Confidence Judge(const Candidate& c, const Property& property,
                   const std::vector<const CueHit*>& near) const {
    Confidence out;
    const Entity* subject = catalogue_.FindEntity(c.subject);
    std::string name = subject ? subject->name : c.subject;
    switch (c.subject_source) {
      case Candidate::kNamed:
      case Candidate::kDescribed:
        break;
      case Candidate::kCueSubject:
        out.reasons.push_back(fmt::format(
            "subject only assumed: the sentence names none; the cue '{}' is taken to be about {}",
            Slice(c.cue_span), name));
        break;
      case Candidate::kMainSubject:
      case Candidate::kOnlyOfType: {
        // Assumed, but uncontested when the article names no other entity the cue could be
        // about: "Elle emploie 220 personnes" in an article that names one company. (Counting
        // only rivals named in the last sentences was tried: it let through figures of other
        // subjects named earlier, 1 false contradiction -> 3 on the bundled corpus.)
        std::string rival = RivalOf(c, subject);
        if (!rival.empty()) {
          out.reasons.push_back(fmt::format(
              "subject only assumed: the sentence names none; {} is taken, but the article also "
              "names {}",
              name, rival));
        }
        break;
      }
    }
    size_t distance = WordsBetween(text_, c.cue_span, c.value_span);
    if (distance > kFarCueWords) {
      out.reasons.push_back(
          fmt::format("the cue '{}' stands {} words from the figure", Slice(c.cue_span), distance));
    }
    // Cues of other properties about the same kind of subject, about as near; when the cue
    // stands in the figure's clause, only those of that clause ("Il a cofondé le fonds en 2016,
    // qui a acquis sa reconnaissance": 'acquis' governs its own clause).
    TextSpan sentence = sentences_.empty() ? TextSpan{0, text_.size()}
                                           : sentences_[SentenceAt(sentences_, c.value_span.begin)];
    TextSpan clause = ClauseAround(text_, sentence, c.value_span);
    auto in_clause = [&](TextSpan s) { return s.begin >= clause.begin && s.end <= clause.end; };
    bool cue_in_clause = in_clause(c.cue_span);
    std::set<std::string> others;
    for (const CueHit* h : near) {
      if (h->cue->property == property.id ||
          (subject && !h->cue->AcceptsSubjectType(subject->type)) ||
          (cue_in_clause && !in_clause(h->span))) {
        continue;
      }
      if (WordsBetween(text_, h->span, c.value_span) <= distance + 2) {
        others.insert(h->cue->property);
      }
    }
    if (!others.empty()) {
      std::string list;
      for (const auto& p : others) list += fmt::format("{}{}", list.empty() ? "" : ", ", p);
      out.reasons.push_back(
          fmt::format("the figure fits several properties: {} (cue '{}'), and also {}", property.id,
                      Slice(c.cue_span), list));
    }
    if (c.cue && IsEverydayWord(*c.cue, Slice(c.cue_span), lang_ == parse::Language::kEnglish)) {
      out.reasons.push_back(
          fmt::format("the cue '{}' is also an everyday word: the sentence may not be about {}",
                      Slice(c.cue_span), property.id));
    }
    if (property.additive) {
      if (auto what = Destination(text_, sentence, c.value_span)) {
        out.reasons.push_back(
            fmt::format("the figure is what went '{}', which may be only part of {}'s {}", *what,
                        name, property.id));
      }
    }
    if (!out.reasons.empty()) out.level = ConfidenceLevel::kLow;
    return out;
  }

  // An appositive age as a claim of the catalogue's age property (the first of kind age), with
  // the person named before it as the subject; nothing when the catalogue has no such property.
  std::optional<Candidate> AgeOf(const Mention& age, const EntityHit& person) const {
    const Property* property = nullptr;
    for (const auto& p : catalogue_.properties()) {
      if (p.kind == ValueKind::kAge) {
        property = &p;
        break;
      }
    }
    if (!property) return std::nullopt;
    std::string value = Slice({age.begin, age.end});
    if (!parse::ParseValue(value, *property, lang_, catalogue_).ok()) {
      value = age.value + (lang_ == parse::Language::kEnglish ? " years old" : " ans");
    }
    if (!parse::ParseValue(value, *property, lang_, catalogue_).ok()) return std::nullopt;
    TextSpan sentence = sentences_.empty() ? TextSpan{0, text_.size()}
                                           : sentences_[SentenceAt(sentences_, age.begin)];
    Candidate c;
    c.mention = age;
    c.subject = person.entity->id;
    c.property = property->id;
    c.value_text = value;
    c.value_span = {age.begin, age.end};
    c.cue_span = {person.span.end, person.span.end + 1};
    c.subject_source = Candidate::kNamed;
    c.subject_text = Slice(person.span);
    c.quote = Quote(sentence, Cover(person.span, c.value_span));
    return c;
  }

  std::optional<Candidate> TryAttach(const Mention& m, std::string& reason) {
    TextSpan span{m.begin, m.end};
    if (IsPresent(m)) {
      reason = fmt::format(
          "'{}' is the present (the publication day): it says when other figures hold, not when "
          "an event took place",
          m.text);
      return std::nullopt;
    }
    auto [names_lo, names_hi] = EntitiesIn({span.begin > 200 ? span.begin - 200 : 0, span.end});
    for (const EntityHit* it = names_lo; it != names_hi; ++it) {
      const EntityHit& e = *it;
      // "Lyon" is both a place entity and a term of the place taxonomy.
      if (m.kind == Mention::kCategory) break;
      if (e.span.begin < span.end && span.begin < e.span.end) {
        reason = fmt::format("part of the name '{}'", Slice(e.span));
        return std::nullopt;
      }
    }
    // "OST-217", "Sterne-1", "COVID-19": digits joined by a hyphen to the word before them are
    // part of a name or a code, not a figure (a range "10-15" has a digit there).
    if (m.begin >= 2 && text_[m.begin - 1] == '-' && IsNameByte(text_[m.begin - 2]) &&
        !parse::IsAsciiDigit(text_[m.begin - 2])) {
      size_t from = m.begin - 1;
      while (from > 0 && (IsNameByte(text_[from - 1]) || text_[from - 1] == '-')) --from;
      reason = fmt::format("part of the name '{}'", text_.substr(from, m.end - from));
      return std::nullopt;
    }
    TextSpan sentence = sentences_.empty() ? TextSpan{0, text_.size()}
                                           : sentences_[SentenceAt(sentences_, m.begin)];
    if (m.kind == Mention::kCurrency) {
      auto [lo, hi] = MentionsIn({sentence.begin, m.begin});
      for (const Mention* it = lo; it != hi; ++it) {
        const Mention& other = *it;
        if (other.kind == Mention::kCurrency &&
            IsConversionOf(text_, span, {other.begin, other.end})) {
          reason =
              fmt::format("the article's conversion of '{}', not a figure of its own", other.text);
          return std::nullopt;
        }
      }
    }
    FigureKind kind = FigureKindOf(m.kind);
    std::vector<const CueHit*> near;
    auto [cues_lo, cues_hi] = CuesIn(sentence);
    for (const CueHit* it = cues_lo; it != cues_hi; ++it) {
      const CueHit& h = *it;
      if (h.span.begin < sentence.begin || h.span.end > sentence.end) continue;
      if (!h.cue->Accepts(kind) || WordsBetween(text_, h.span, span) > kCueWindowWords) continue;
      near.push_back(&h);
    }
    if (near.empty()) {
      reason = fmt::format("no cue word for a {} within {} words in its sentence",
                           FigureKindName(kind), kCueWindowWords);
      return std::nullopt;
    }
    // A cue in the figure's own clause first ("Il a cofondé le fonds en 2016, qui a acquis sa
    // reconnaissance": 'acquis' is nearer, but of the next clause); then nearest first; on a tie
    // the cue before the figure ("coûté 6 millions").
    TextSpan clause = ClauseAround(text_, sentence, span);
    auto in_clause = [&](const CueHit* h) {
      return h->span.begin >= clause.begin && h->span.end <= clause.end;
    };
    std::stable_sort(near.begin(), near.end(), [&](const CueHit* a, const CueHit* b) {
      if (in_clause(a) != in_clause(b)) return in_clause(a);
      size_t da = WordsBetween(text_, a->span, span), db = WordsBetween(text_, b->span, span);
      if (da != db) return da < db;
      return a->span.begin < b->span.begin;
    });
    // What a description in the sentence refers to for each cue, read once: both passes ask.
    std::vector<std::optional<Description>> descriptions(near.size());
    auto described = [&](size_t i) -> const Description& {
      if (!descriptions[i]) descriptions[i] = Describe(*near[i]->cue, sentence, span);
      return *descriptions[i];
    };
    // First a subject named in the sentence, then one the article does not name.
    for (bool fallback : {false, true}) {
      for (size_t hit_index = 0; hit_index < near.size(); ++hit_index) {
        const CueHit* hit = near[hit_index];
        const Property* property = catalogue_.FindProperty(hit->cue->property);
        if (!property) continue;
        if (m.kind == Mention::kCategory && property->taxonomy != m.unit) continue;
        // "DeepSeek ... dès sa sortie": a possessive before the cue says whose it is, the
        // nearest name before it; when that name is of a type the cue does not accept, the cue
        // says nothing of any other subject.
        if (const EntityHit* owner = Possessor(sentence, hit->span)) {
          if (!hit->cue->AcceptsSubjectType(owner->entity->type)) {
            reason = fmt::format("'{}' is {}'s ({}), which '{}' is not about", Slice(hit->span),
                                 owner->entity->name, owner->entity->type, property->id);
            continue;
          }
        }
        const EntityHit* named = fallback ? nullptr : NearestEntity(sentence, span, *hit->cue);
        TextSpan described_at{};
        auto [subject, source] =
            fallback ? FallbackSubject(*hit->cue, described(hit_index))
                     : std::pair{static_cast<const Entity*>(nullptr), Candidate::kNamed};
        if (named) subject = named->entity;
        // A description in the sentence ("a cofondé le fonds en 2015") says who as a name does:
        // it is tried with the names, before any cue whose subject would be assumed.
        if (!fallback && !named && hit->cue->subject.empty() && described(hit_index).entity) {
          subject = described(hit_index).entity;
          source = Candidate::kDescribed;
        }
        if (source == Candidate::kDescribed) described_at = described(hit_index).at;
        if (!subject) continue;
        TextSpan value_span = WithUnitNoun(m, *property);
        // "à 45 km", "38 000 m²": a figure whose unit word is of another dimension than the
        // property's is not its value (a distance is no population).
        if (const Unit* unit = UnitWordAfter(m, [](const Unit&) { return true; }).first;
            unit && value_span.end == m.end && property->kind == ValueKind::kQuantity &&
            unit->dimension != property->dimension.WithoutPeriod()) {
          reason = fmt::format("'{} {}' is {}, but '{}' takes {} (cue '{}')", m.text, unit->id,
                               unit->dimension.Name(), property->id, property->dimension.Name(),
                               Slice(hit->span));
          continue;
        }
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
        c.cue = hit->cue;
        c.cue_span = hit->span;
        if (currency) c.currency_from = currency->text;
        c.subject_source = source;
        TextSpan covered = Cover(value_span, hit->span);
        if (named) {
          c.subject_text = Slice(named->span);
          covered = Cover(covered, named->span);
        } else if (source == Candidate::kDescribed) {
          c.subject_text = Slice(described_at);
          covered = Cover(covered, described_at);
        }
        c.quote = Quote(sentence, covered);
        c.confidence = Judge(c, *property, near);
        c.attribution = Attribute(sentence, c.value_span);
        return c;
      }
    }
    if (reason.empty()) {
      reason = fmt::format("no entity of a type the cue '{}' accepts in the article",
                           Slice(near.front()->span));
    }
    return std::nullopt;
  }

  // "aujourd'hui", "à ce jour", "today": in news text these mean "now" or "so far" («compte
  // aujourd'hui 260 salariés», «il n'existe à ce jour aucun vaccin»), far more often than the
  // day an event took place, so they are never an event's date (precision first).
  bool IsPresent(const Mention& m) const {
    if (m.kind != Mention::kDate) return false;
    auto date = parse::ParseDate(m.text, lang_);
    return date.ok() && IsNow(*date);
  }

  // When the sentence names no fitting entity: the cue's own subject; else the entity a
  // description in the sentence refers to ("le fonds"); else the article's dominant subject
  // among the fitting types; else the catalogue's only entity of the cue's first type that has
  // any (a cue lists its subject types most likely first: money is invested by an organisation
  // before a person), and none when that type has several.
  std::pair<const Entity*, Candidate::SubjectSource> FallbackSubject(
      const Cue& cue, const Description& described) const {
    if (!cue.subject.empty()) return {catalogue_.FindEntity(cue.subject), Candidate::kCueSubject};
    if (described.entity) return {described.entity, Candidate::kDescribed};
    if (described.ambiguous) return {nullptr, Candidate::kDescribed};
    const Entity* main = nullptr;
    {
      std::lock_guard lock(main_subjects_mutex_);
      auto cached = main_subjects_.find(&cue);
      if (cached == main_subjects_.end()) {
        cached = main_subjects_.emplace(&cue, MainSubject(entities_, &cue, true)).first;
      }
      main = cached->second;
    }
    if (main) return {main, Candidate::kMainSubject};
    // An entity found in the articles and not named in this one is no one this article speaks
    // of: "Les six appareils représentent 165 millions d'euros" is not about the parking "P2"
    // that another article names.
    auto only_of = [&](auto fits) -> std::optional<const Entity*> {
      const Entity* only = nullptr;
      for (const auto& e : catalogue_.entities()) {
        if (!fits(e.type)) continue;
        if (only) return nullptr;
        only = &e;
      }
      if (!only) return std::nullopt;
      if (only->discovered && !NamedHere(*only)) return nullptr;
      return only;
    };
    if (cue.subject_types.empty()) {
      return {only_of([](std::string_view) { return true; }).value_or(nullptr),
              Candidate::kOnlyOfType};
    }
    for (const auto& type : cue.subject_types) {
      if (auto found = only_of([&](std::string_view t) { return t == type; })) {
        return {*found, Candidate::kOnlyOfType};
      }
    }
    return {nullptr, Candidate::kOnlyOfType};
  }

  bool NamedHere(const Entity& e) const {
    return std::any_of(entities_.begin(), entities_.end(),
                       [&](const EntityHit& h) { return h.entity == &e; });
  }

  Description Describe(const Cue& cue, TextSpan sentence, TextSpan figure) const {
    Description d;
    d.entity = Described(cue, sentence, figure, &d.at, &d.ambiguous);
    return d;
  }

  // The entity a description in the sentence refers to: a determiner and a noun that is a
  // description of exactly one entity of a fitting type ("Il a cofondé le fonds spéculatif en
  // 2016": High-Flyer, introduced as "le fonds spéculatif de Liang, High-Flyer Capital"). The
  // nearest before the figure, else the nearest after it; null when none or when the noun
  // describes several entities.
  const Entity* Described(const Cue& cue, TextSpan sentence, TextSpan figure, TextSpan* at,
                          bool* ambiguous) const {
    const auto& by_noun = DescriptionNouns(cue);
    if (by_noun.empty()) return nullptr;
    PhraseFinder finder(text_.substr(sentence.begin, sentence.end - sentence.begin));
    const Entity* before = nullptr;
    const Entity* after = nullptr;
    TextSpan before_at{}, after_at{};
    bool seen_before = false, seen_after = false;
    for (const auto& [noun, entity] : by_noun) {
      // "la start-up chinoise" where the entity is described as "start-up française": the
      // sentence describes its subject, and not as that entity, so no other may be assumed.
      if (size_t space = noun.find(' '); space != std::string::npos) {
        std::string head = noun.substr(0, space);
        size_t rest_words = std::count(noun.begin(), noun.end(), ' ');
        for (TextSpan s : finder.FindAll(head)) {
          s = {s.begin + sentence.begin, s.end + sentence.begin};
          if (!AfterDeterminer(sentence, s.begin)) continue;
          std::string written =
              FoldText(WordsFrom(sentence, s.begin, rest_words + 1), Fold::kCaseAndPunctuation);
          if (written != noun) *ambiguous = true;
        }
      }
      for (TextSpan s : finder.FindAll(noun)) {
        s = {s.begin + sentence.begin, s.end + sentence.begin};
        if (!AfterDeterminer(sentence, s.begin)) continue;
        if (!entity) {
          // "le fonds" and two funds: the sentence says its subject is one of them, so no
          // other subject may be assumed.
          *ambiguous = true;
          continue;
        }
        if (s.end <= figure.begin && (!seen_before || s.begin > before_at.begin)) {
          before = entity;
          before_at = s;
          seen_before = true;
        } else if (s.begin >= figure.end && (!seen_after || s.begin < after_at.begin)) {
          after = entity;
          after_at = s;
          seen_after = true;
        }
      }
    }
    if (before) {
      *at = before_at;
      return before;
    }
    if (after) *at = after_at;
    return after;
  }

  // The description nouns of the entities `cue` accepts, each with the entity it refers to in
  // this article, or null when it describes several and the article favours none. Computed
  // once per cue and article.
  const std::map<std::string, const Entity*>& DescriptionNouns(const Cue& cue) const {
    // An entry is complete before the lock is let go, and a map's entries stay where they are.
    std::lock_guard lock(description_nouns_mutex_);
    auto cached = description_nouns_.find(&cue);
    if (cached != description_nouns_.end()) return cached->second;
    std::map<std::string, const Entity*>& by_noun = description_nouns_[&cue];
    std::map<std::string, std::vector<const Entity*>> described;
    for (const auto& e : catalogue_.entities()) {
      if (!cue.AcceptsSubjectType(e.type)) continue;
      for (const auto& noun : e.descriptions) {
        described[FoldText(noun, Fold::kCaseAndPunctuation)].push_back(&e);
      }
    }
    if (described.empty()) return by_noun;
    // A noun that describes several entities ("le fonds") refers to the one this article names
    // most, when it names it at least twice as often as each of the others.
    for (const auto& [noun, entities] : described) {
      std::map<const Entity*, size_t> named;
      for (const auto& h : entities_) {
        if (std::find(entities.begin(), entities.end(), h.entity) != entities.end()) {
          ++named[h.entity];
        }
      }
      const Entity* top = entities.size() == 1 ? entities.front() : nullptr;
      if (!top) {
        size_t best = 0, second = 0;
        for (const auto& [e, n] : named) {
          if (n > best) {
            second = best;
            best = n;
            top = e;
          } else {
            second = std::max(second, n);
          }
        }
        if (best < 2 * second || best == 0) top = nullptr;
      }
      by_noun[noun] = top;  // null: the noun describes several, none of them the article's
    }
    return by_noun;
  }

  // The `n` words of `sentence` from `pos` on, as written (one space between them).
  std::string_view WordsFrom(TextSpan sentence, size_t pos, size_t n) const {
    size_t end = pos;
    for (size_t i = 0; i < n && end < sentence.end; ++i) {
      while (end < sentence.end && IsSpaceByte(text_[end])) ++end;
      while (end < sentence.end && !IsSpaceByte(text_[end]) && text_[end] != ',' &&
             text_[end] != '.')
        ++end;
    }
    return text_.substr(pos, end - pos);
  }

  // Whether the word before `pos` is a definite or demonstrative determiner ("le", "l'",
  // "cette", "the", "this"): "le fonds", not "un fonds" or "des fonds".
  bool AfterDeterminer(TextSpan sentence, size_t pos) const {
    std::string word = WordBefore(sentence, pos).folded;
    for (std::string_view d : {"le", "la", "les", "l'", "ce", "cet", "cette", "ces", "the", "this",
                               "that", "son", "sa", "its"}) {
      if (word == d) return true;
    }
    return false;
  }

  // The word of `sentence` that ends right before `pos` (white space, no-break spaces included,
  // between them), case-folded, and where it begins: "l'" in "l'usine", "sa" in "sa sortie".
  struct Word {
    std::string folded;
    size_t begin;
  };
  Word WordBefore(TextSpan sentence, size_t pos) const {
    auto space_before = [&](size_t at) -> size_t {  // bytes of the space ending at `at`, or 0
      if (at > sentence.begin && IsSpaceByte(text_[at - 1])) return 1;
      if (at >= sentence.begin + 2 && text_.substr(at - 2, 2) == "\u00a0") return 2;
      return 0;
    };
    size_t end = pos;
    while (size_t n = space_before(end)) end -= n;
    size_t begin = end;
    while (begin > sentence.begin && space_before(begin) == 0) --begin;
    return {FoldText(text_.substr(begin, end - begin), Fold::kCaseAndPunctuation), begin};
  }

  // When the cue follows a possessive determiner ("sa sortie", "son lancement", "its launch"),
  // the entity named nearest before it in the sentence, whatever its type; else null.
  const EntityHit* Possessor(TextSpan sentence, TextSpan cue) const {
    auto [word, begin] = WordBefore(sentence, cue.begin);
    bool possessive = false;
    for (std::string_view p : {"sa", "son", "ses", "leur", "leurs", "its", "their"}) {
      possessive |= word == p;
    }
    if (!possessive) return nullptr;
    const EntityHit* owner = nullptr;
    auto [lo, hi] = EntitiesIn({sentence.begin, begin});
    for (const EntityHit* it = lo; it != hi; ++it) {
      if (it->span.end <= begin) owner = it;
    }
    return owner;
  }

  // The entity named nearest the figure in its sentence, of a type the cue accepts: the nearest
  // before it, else the nearest after it.
  const EntityHit* NearestEntity(TextSpan sentence, TextSpan figure, const Cue& cue) const {
    const EntityHit* before = nullptr;
    const EntityHit* after = nullptr;
    auto [lo, hi] = EntitiesIn(sentence);
    for (const EntityHit* it = lo; it != hi; ++it) {
      const EntityHit& e = *it;
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
    auto [lo, hi] = MentionsIn({sentence.begin, m.begin});
    for (const Mention* it = lo; it != hi; ++it) {
      if (it->kind == Mention::kCurrency) found = it;
    }
    return found;
  }

  // The catalogue's first word for a currency ("USD" -> "dollars").
  std::string CurrencyWord(const std::string& unit_id) const {
    const Unit* unit = catalogue_.FindUnit(unit_id);
    return unit && !unit->words.empty() ? unit->words.front() : unit_id;
  }

  // The unit a word right after a bare number names ("45 km", "139 chercheurs"), the longest
  // word first among the units `fits` accepts; with where the word ends. Null when none.
  template <typename Fits>
  std::pair<const Unit*, size_t> UnitWordAfter(const Mention& m, Fits fits) const {
    if (m.kind != Mention::kNumber) return {nullptr, 0};
    size_t from = m.end;
    while (from < text_.size() && (IsSpaceByte(text_[from]) || text_.substr(from, 2) == "\u00a0" ||
                                   text_.substr(from, 3) == "\u202f")) {
      from += IsSpaceByte(text_[from]) ? 1 : text_.substr(from, 2) == "\u00a0" ? 2 : 3;
    }
    if (from == m.end || from >= text_.size()) return {nullptr, 0};
    PhraseFinder after(text_.substr(from, 48));
    for (const auto& [word, index] : catalogue_.UnitWordsLongestFirst()) {
      const Unit& unit = catalogue_.units()[index];
      if (!fits(unit)) continue;
      auto hits = after.FindAll(word);
      if (!hits.empty() && hits.front().begin == 0) return {&unit, from + hits.front().end};
    }
    return {nullptr, 0};
  }

  // A bare count followed by a unit of the property's dimension takes the unit along
  // ("139" + "chercheurs", "27" + "fois"), so the value reads as the article means it. For a
  // rate ("3 TWh par an") the unit is of the rate's dimension; the period words after it are
  // the value reader's to read.
  TextSpan WithUnitNoun(const Mention& m, const Property& property) const {
    TextSpan span{m.begin, m.end};
    if (property.kind != ValueKind::kQuantity) return span;
    auto [unit, end] = UnitWordAfter(
        m, [&](const Unit& u) { return u.dimension == property.dimension.WithoutPeriod(); });
    return unit ? TextSpan{span.begin, end} : span;
  }

  // The clause around `inner`; the whole sentence when that clause also occurs earlier in the
  // article (the loader finds a quote at its first occurrence).
  TextSpan Quote(TextSpan sentence, TextSpan inner) const {
    TextSpan clause = ClauseAround(text_, sentence, inner);
    if (FirstOccurrence(clause) < clause.begin) return sentence;
    return clause;
  }

  // Where the loader will find the clause: its first occurrence in the text. Boyer-Moore-
  // Horspool skips by up to the clause's length, so the search costs a fraction of the text
  // before it, not all of it (a 4 MB article has thousands of candidates).
  size_t FirstOccurrence(TextSpan span) const {
    std::string needle = FoldWhitespace(Slice(span));
    if (needle.empty()) return span.begin;
    auto found = std::search(folded_ws_.begin(), folded_ws_.end(),
                             std::boyer_moore_horspool_searcher(needle.begin(), needle.end()));
    if (found == folded_ws_.end()) return span.begin;
    return folded_ws_offsets_.Original(folded_ws_, static_cast<size_t>(found - folded_ws_.begin()));
  }

  std::string Slice(TextSpan s) const {
    return std::string(text_.substr(s.begin, s.end - s.begin));
  }

  std::string_view text_;
  const std::vector<Mention>& mentions_;
  parse::Language lang_;
  const Catalogue& catalogue_;
  const PhraseFinder& finder_;
  std::vector<TextSpan> sentences_;
  std::vector<EntityHit> entities_;
  std::vector<CueHit> cues_;
  // Per article, computed once: the dominant subject for a cue, a cue's rival for a subject.
  // Answers kept per cue (the article's, not the figure's), shared by the threads that attach
  // figures: each is locked while it is read or filled.
  mutable std::map<const Cue*, const Entity*> main_subjects_;
  mutable std::map<std::pair<const Cue*, const Entity*>, std::string> rivals_;
  mutable std::map<const Cue*, std::map<std::string, const Entity*>> description_nouns_;
  mutable std::mutex main_subjects_mutex_, rivals_mutex_, description_nouns_mutex_;
  FoldMap folded_ws_offsets_;  // sparse: a dense array is 8 bytes per byte of the article
  std::string folded_ws_;
};

// "64 salariés, dont 28 joueurs", "2,300 staff, of which 900 at the plant": a figure that
// opens its clause right after a word that introduces a part counts a part, not the whole the
// sentence's other figure gives ("dont l'essai a été lancé en 2023" is "whose", and says nothing
// of parts). Returns the opening word, or nothing.
std::optional<std::string> PartMarker(std::string_view text, TextSpan sentence, TextSpan figure) {
  TextSpan clause = ClauseAround(text, sentence, figure);
  std::string part(text.substr(clause.begin, figure.begin - clause.begin));
  std::string folded = FoldText(part, Fold::kCaseAndPunctuation);
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  for (std::string_view marker : {"dont", "parmi lesquels", "parmi lesquelles", "parmi eux",
                                  "y compris", "of which", "of whom", "including", "among them"}) {
    if (folded == marker) {
      while (!part.empty() && IsSpaceByte(part.back())) part.pop_back();
      return part;
    }
  }
  return std::nullopt;
}

// One sentence states one value of a fact: when it yields two different figures for the same
// subject and property ("emploie 220 personnes et devrait en compter 400 d'ici à 2028", "une
// commune de 4 300 habitants, à 45 km"), which one the cue governs, and what the other one is
// (a target, a distance, a part), is not something attachment can tell. One exception: when
// exactly one of them stands in the cue's own clause ("Halcyra, the start-up founded in 2021,
// flew on January 22"), the cue governs that one and the others are withdrawn. Otherwise all
// are withdrawn and listed with the reason, so that a guess never becomes a contradiction
// (precision first).
void WithdrawRivalFigures(std::string_view text, const std::vector<TextSpan>& sentences,
                          Attachment& out) {
  auto key = [&](const Candidate& c) {
    size_t sentence = sentences.empty() ? 0 : SentenceAt(sentences, c.mention.begin);
    return std::tuple(sentence, c.subject, c.property, c.when_text);
  };
  // Figures at two different times are two facts, not rivals.
  std::map<std::tuple<size_t, std::string, std::string, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < out.candidates.size(); ++i) groups[key(out.candidates[i])].push_back(i);
  std::vector<bool> withdrawn(out.candidates.size(), false);
  for (auto& [k, members] : groups) {
    if (members.size() < 2) continue;
    const auto& first = out.candidates[members.front()];
    bool differ = false;
    for (size_t i : members) differ |= out.candidates[i].value_text != first.value_text;
    if (!differ) continue;
    std::string values;
    for (size_t i : members) {
      values += fmt::format("{}'{}'", values.empty() ? "" : ", ", out.candidates[i].value_text);
    }
    TextSpan sentence = sentences.empty() ? TextSpan{0, text.size()}
                                          : sentences[SentenceAt(sentences, first.mention.begin)];
    // A part ("dont 28") is not the value the whole's figure gives.
    std::vector<size_t> wholes;
    for (size_t i : members) {
      const Candidate& c = out.candidates[i];
      if (auto marker = PartMarker(text, sentence, {c.mention.begin, c.mention.end})) {
        withdrawn[i] = true;
        out.unattached.push_back(
            {c.mention, fmt::format("a part ('{} {}') of a whole the sentence gives, not its value",
                                    *marker, c.value_text)});
      } else {
        wholes.push_back(i);
      }
    }
    members = wholes;
    if (members.size() < 2) continue;
    std::vector<size_t> in_clause, next_to;
    for (size_t i : members) {
      const Candidate& c = out.candidates[i];
      TextSpan clause = ClauseAround(text, sentence, c.cue_span);
      if (c.value_span.begin >= clause.begin && c.value_span.end <= clause.end) {
        in_clause.push_back(i);
      }
      TextSpan figure{c.mention.begin, c.mention.end};
      if (figure.end <= c.cue_span.begin && WordsBetween(text, figure, c.cue_span) == 0) {
        next_to.push_back(i);
      }
    }
    // The figure right before the cue word counts it ("14 200 volontaires dans neuf pays"):
    // that is the one the cue governs, when only one is; else the only one in the cue's clause.
    const std::vector<size_t>* governed = next_to.size() == 1     ? &next_to
                                          : in_clause.size() == 1 ? &in_clause
                                                                  : nullptr;
    if (governed) {
      size_t keep = governed->front();
      for (size_t i : members) {
        if (i == keep) continue;
        withdrawn[i] = true;
        out.unattached.push_back(
            {out.candidates[i].mention,
             fmt::format(
                 "the cue '{}' governs '{}' ({}), not this figure",
                 Slice(text, out.candidates[keep].cue_span), out.candidates[keep].value_text,
                 governed == &next_to ? "the figure next to it" : "the one in its clause")});
      }
      continue;
    }
    for (size_t i : members) {
      withdrawn[i] = true;
      out.unattached.push_back(
          {out.candidates[i].mention,
           fmt::format("one sentence gives {} figures for {}'s {} ({}): which one the cue '{}' "
                       "governs is left to review",
                       members.size(), first.subject, first.property, values,
                       Slice(text, out.candidates[i].cue_span))});
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

// The date a time-indexed value holds at: a date of the figure's clause that is no candidate's
// value and whose nearest figure in that clause (by words; the one before it on a tie) is this
// one. "Elle emploie 220 personnes et devrait en compter 400 d'ici à 2028": the date goes with
// 400, and 220 holds at the publication date. Only a point or a deadline is a `when` ("fin
// 2024", "d'ici à 2028", "by 2030"); "depuis 2020" says how long, not when, and is left out.
void AttachWhen(std::string_view text, parse::Language lang, const std::vector<TextSpan>& sentences,
                const std::vector<Mention>& mentions, const Catalogue& catalogue, Attachment& out) {
  // The candidates' values by where they begin, with the furthest end of each prefix: a
  // mention overlaps some value when one of those beginning before its end reaches past its
  // begin (a binary search, where comparing with every value grew with the square of the text).
  std::vector<TextSpan> values;
  for (const auto& c : out.candidates) values.push_back(c.value_span);
  std::sort(values.begin(), values.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  std::vector<size_t> furthest_end(values.size());
  for (size_t i = 0; i < values.size(); ++i) {
    furthest_end[i] = std::max(values[i].end, i > 0 ? furthest_end[i - 1] : 0);
  }
  auto is_value = [&](const Mention& m) {
    auto after = std::lower_bound(values.begin(), values.end(), m.end,
                                  [](const TextSpan& v, size_t pos) { return v.begin < pos; });
    size_t before = static_cast<size_t>(after - values.begin());
    return before > 0 && furthest_end[before - 1] > m.begin;
  };
  for (auto& c : out.candidates) {
    const Property* property = catalogue.FindProperty(c.property);
    if (!property || !property->time_indexed) continue;
    TextSpan sentence = sentences.empty() ? TextSpan{0, text.size()}
                                          : sentences[SentenceAt(sentences, c.value_span.begin)];
    // The sentence's figures other than dates, in text order, each with its conversion ("1
    // milliard de yuans (130 millions d'euros)" is one figure) and its other readings.
    std::vector<TextSpan> figures;
    // The sentence's mentions, found by binary search: the work per figure is its sentence's.
    auto first = std::lower_bound(mentions.begin(), mentions.end(), sentence.begin,
                                  [](const Mention& m, size_t pos) { return m.begin < pos; });
    auto last = std::lower_bound(first, mentions.end(), sentence.end,
                                 [](const Mention& m, size_t pos) { return m.begin < pos; });
    for (auto it = first; it != last; ++it) {
      const Mention& f = *it;
      if (f.kind == Mention::kDate || f.begin < sentence.begin || f.end > sentence.end) continue;
      TextSpan span{f.begin, f.end};
      if (!figures.empty() && span.begin < figures.back().end) {
        figures.back().end = std::max(figures.back().end, span.end);
      } else if (!figures.empty() && IsConversionOf(text, span, figures.back())) {
        figures.back().end =
            span.end < text.size() && text[span.end] == ')' ? span.end + 1 : span.end;
      } else {
        figures.push_back(span);
      }
    }
    TextSpan mine_span = c.value_span;
    for (const auto& g : figures) {
      if (g.begin < c.value_span.end && c.value_span.begin < g.end) mine_span = Cover(g, mine_span);
    }
    // The figure's clause, where a conversion's parentheses are no clause break.
    TextSpan clause = ClauseAround(text, sentence, mine_span);
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& g : figures) {
        bool across = (g.begin < clause.begin && g.end + 2 >= clause.begin) ||
                      (g.end > clause.end && g.begin <= clause.end + 2);
        if (!across) continue;
        TextSpan wider = Cover(clause, ClauseAround(text, sentence, g));
        grew = wider.begin != clause.begin || wider.end != clause.end;
        clause = wider;
        if (grew) break;
      }
    }
    std::erase_if(figures,
                  [&](const TextSpan& g) { return g.begin < clause.begin || g.end > clause.end; });
    size_t best_words = SIZE_MAX;
    for (auto it = first; it != last; ++it) {
      const Mention& d = *it;
      if (d.kind != Mention::kDate || d.begin < clause.begin || d.end > clause.end) continue;
      if (is_value(d)) continue;
      auto date = parse::ParseDate(d.text, lang);
      if (!date.ok() || (date->bound != DateBound::kAt && date->bound != DateBound::kBy)) continue;
      if (IsNow(*date)) continue;  // "aujourd'hui": the publication day, which a value holds at
      TextSpan at{d.begin, d.end};
      size_t mine = WordsBetween(text, at, mine_span);
      bool nearest = true;
      for (const auto& other : figures) {
        if (other.begin < mine_span.end && mine_span.begin < other.end) continue;
        if (other.begin < at.end && at.begin < other.end) continue;  // "2024" in "fin 2024"
        size_t theirs = WordsBetween(text, at, other);
        if (theirs < mine || (theirs == mine && other.begin < mine_span.begin)) nearest = false;
      }
      if (!nearest || mine >= best_words) continue;
      best_words = mine;
      c.when_text = d.text;
      c.when_span = at;
    }
    if (!c.when_text.empty()) {
      c.quote = {std::min(c.quote.begin, c.when_span.begin),
                 std::max(c.quote.end, c.when_span.end)};
    }
  }
  // A date that became a `when` is part of a claim, not a figure left over (looked up by where
  // it starts: every figure left over against every candidate grew with the square of the text).
  std::vector<size_t> when_begins;
  for (const auto& c : out.candidates) {
    if (!c.when_text.empty()) when_begins.push_back(c.when_span.begin);
  }
  std::sort(when_begins.begin(), when_begins.end());
  std::erase_if(out.unattached, [&](const Unattached& u) {
    return std::binary_search(when_begins.begin(), when_begins.end(), u.mention.begin);
  });
}

// An article rarely contradicts itself: when it gives two different values of one fact in two
// sentences ("une équipe de trois personnes", "deux personnes ont développé"), they are more
// likely two different things (two teams, two companies' drops) than one fact stated twice.
// Each such candidate keeps its reading, but at low confidence, with the other values named.
void DoubtSelfContradictions(const Catalogue& catalogue, Attachment& out) {
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<size_t>> facts;
  for (size_t i = 0; i < out.candidates.size(); ++i) {
    const Candidate& c = out.candidates[i];
    facts[{c.subject, c.property, c.when_text}].push_back(i);
  }
  // Two values differ unless they are equal, or for categories one lies under the other
  // ("puces Nvidia" and "A100" are one value at two precisions).
  auto differ = [&](const Candidate& a, const Candidate& b) {
    if (a.mention.value == b.mention.value) return false;
    if (a.mention.kind != Mention::kCategory || b.mention.kind != Mention::kCategory) return true;
    const Taxonomy* t = catalogue.FindTaxonomy(a.mention.unit);
    if (!t || a.mention.unit != b.mention.unit) return true;
    return !t->AncestorsOrSelf(a.mention.value).count(b.mention.value) &&
           !t->AncestorsOrSelf(b.mention.value).count(a.mention.value);
  };
  // Whether two candidates differ depends only on their readings (value, and for a category
  // its taxonomy): the members of a fact are grouped by reading, so that comparing them and
  // listing the other values costs the readings, not every pair of members (an article that
  // repeats a sentence a hundred times has a hundred members of one reading).
  for (const auto& [fact, members] : facts) {
    std::vector<size_t> reading_of;      // per member: its reading
    std::vector<size_t> representative;  // per reading: its first member
    std::map<std::tuple<std::string_view, bool, std::string_view>, size_t> readings;
    for (size_t i : members) {
      const Mention& m = out.candidates[i].mention;
      bool category = m.kind == Mention::kCategory;
      auto [it, added] = readings.try_emplace(
          {m.value, category, category ? std::string_view(m.unit) : std::string_view()},
          representative.size());
      if (added) representative.push_back(i);
      reading_of.push_back(it->second);
    }
    size_t n = representative.size();
    std::vector<bool> differs(n * n, false);
    bool any = false;
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = 0; b < n; ++b) {
        differs[a * n + b] =
            differ(out.candidates[representative[a]], out.candidates[representative[b]]);
        any |= differs[a * n + b];
      }
    }
    if (!any) continue;
    // Per reading, the values of the members that differ from it, in the members' order, each
    // written once (an article that repeats a sentence names its value once, so the reason
    // stays a line however long the article).
    std::vector<std::string> others(n);
    std::vector<bool> doubted(n, false);
    for (size_t r = 0; r < n; ++r) {
      std::set<std::string_view> named;
      for (size_t k = 0; k < members.size(); ++k) {
        if (!differs[reading_of[k] * n + r]) continue;
        doubted[r] = true;
        const std::string& value = out.candidates[members[k]].value_text;
        if (!named.insert(value).second) continue;
        others[r] += fmt::format("{}'{}'", others[r].empty() ? "" : ", ", value);
      }
    }
    for (size_t k = 0; k < members.size(); ++k) {
      size_t r = reading_of[k];
      if (!doubted[r]) continue;
      Candidate& c = out.candidates[members[k]];
      c.confidence.level = ConfidenceLevel::kLow;
      c.confidence.reasons.push_back(fmt::format(
          "the same article gives another value of this fact ({}): they may be two different "
          "things",
          others[r]));
    }
  }
}

}  // namespace

// The terms of the taxonomies whose category properties have cue words, found in `text` as
// mentions (a node's aliases, matched like cue words): "phase 3", "méthane liquide", "Lyon".
// A term inside a longer term of the same taxonomy is not one of its own ("ingénierie" in
// "ingénierie informatique").
std::vector<Mention> CategoryMentions(std::string_view text, const PhraseFinder& finder,
                                      const Catalogue& catalogue, const CueLexicon& lexicon) {
  std::set<std::string> taxonomies;
  for (const auto& cue : lexicon.cues) {
    const Property* p = catalogue.FindProperty(cue.property);
    if (p && p->kind == ValueKind::kCategory) taxonomies.insert(p->taxonomy);
  }
  std::vector<Mention> found;
  if (taxonomies.empty()) return found;
  for (const auto& id : taxonomies) {
    const Taxonomy* taxonomy = catalogue.FindTaxonomy(id);
    if (!taxonomy) continue;
    for (const auto& node : taxonomy->nodes()) {
      for (const auto& term : node.aliases) {
        for (TextSpan s : finder.FindAll(term)) {
          Mention m;
          m.kind = Mention::kCategory;
          m.begin = m.value_begin = s.begin;
          m.end = s.end;
          m.text = std::string(text.substr(s.begin, s.end - s.begin));
          m.value = node.id;
          m.unit = id;
          found.push_back(std::move(m));
        }
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // In text order, a term lies inside an earlier kept one of its taxonomy when that one
  // reaches at least as far (one pass: the kept terms start no later than it).
  std::vector<Mention> kept;
  std::map<std::string, size_t> reach;  // taxonomy -> furthest end of its kept terms
  for (auto& m : found) {
    auto [it, first] = reach.try_emplace(m.unit, 0);
    if (!first && it->second >= m.end) continue;
    it->second = std::max(it->second, m.end);
    kept.push_back(std::move(m));
  }
  return kept;
}

Attachment Attach(std::string_view text, parse::Language lang,
                  const std::vector<Mention>& figure_mentions, const Catalogue& catalogue,
                  const CueLexicon& lexicon) {
  Attachment out;
  // Figures and category terms, in text order (a figure before a term that starts where it
  // does): both lists are in text order, so they are merged, not copied and sorted.
  PhraseFinder finder(text);
  std::vector<Mention> terms = CategoryMentions(text, finder, catalogue, lexicon);
  std::vector<Mention> mentions;
  mentions.reserve(figure_mentions.size() + terms.size());
  std::merge(figure_mentions.begin(), figure_mentions.end(), std::make_move_iterator(terms.begin()),
             std::make_move_iterator(terms.end()), std::back_inserter(mentions),
             [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  Attacher attacher(text, lang, mentions, catalogue, lexicon, finder);
  if (const Entity* main = MainSubject(attacher.entities(), nullptr)) out.main_subject = main->id;
  // Overlapping mentions are readings of one figure.
  std::vector<std::vector<const Mention*>> clusters;
  size_t cluster_end = 0;
  for (const auto& m : mentions) {
    if (IsIndefiniteArticle(m)) continue;
    if (clusters.empty() || m.begin >= cluster_end) {
      clusters.emplace_back();
      cluster_end = m.end;
    }
    cluster_end = std::max(cluster_end, m.end);
    clusters.back().push_back(&m);
  }
  // A figure's attachment reads the text and the attacher, not the other figures': runs of
  // figures are attached in parallel, and their results put back in text order.
  constexpr size_t kRun = 256;
  std::vector<Attachment> runs((clusters.size() + kRun - 1) / kRun);
  tbb::parallel_for(size_t{0}, runs.size(), [&](size_t r) {
    for (size_t i = r * kRun; i < std::min(clusters.size(), (r + 1) * kRun); ++i) {
      attacher.AttachFigure(clusters[i], runs[r]);
    }
  });
  for (auto& run : runs) {
    std::move(run.candidates.begin(), run.candidates.end(), std::back_inserter(out.candidates));
    std::move(run.unattached.begin(), run.unattached.end(), std::back_inserter(out.unattached));
  }
  AttachWhen(text, lang, attacher.sentences(), mentions, catalogue, out);
  WithdrawRivalFigures(text, attacher.sentences(), out);
  DoubtSelfContradictions(catalogue, out);
  return out;
}

}  // namespace crosscheck::extract
