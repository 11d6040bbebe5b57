#include "extract/spotter.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace crosscheck::extract {

std::vector<EntityHit> SpotEntities(const PhraseFinder& text, const Catalogue& catalogue) {
  std::vector<EntityHit> all;
  for (const auto& e : catalogue.entities()) {
    for (const auto& span : text.FindAll(e.name)) all.push_back({span, &e});
    for (const auto& alias : e.aliases) {
      for (const auto& span : text.FindAll(alias)) all.push_back({span, &e});
    }
  }
  std::sort(all.begin(), all.end(), [](const EntityHit& a, const EntityHit& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  // Leftmost-longest: a hit inside or across an earlier, longer one is not a name of its own.
  std::vector<EntityHit> kept;
  for (const auto& h : all) {
    if (!kept.empty() && h.span.begin < kept.back().span.end) continue;
    kept.push_back(h);
  }
  return kept;
}

std::set<std::string> CueForms(const std::string& word, bool english) {
  std::set<std::string> forms{word};
  if (!english && word.ends_with("\u00e9")) {
    for (const char* ending : {"e", "s", "es"}) forms.insert(word + ending);
  }
  return forms;
}

std::vector<CueHit> SpotCues(const PhraseFinder& text, const CueLexicon& lexicon, bool english) {
  std::vector<CueHit> out;
  for (const auto& cue : lexicon.cues) {
    if (!cue.only_with.empty()) {
      bool used = false;
      for (const auto& word : cue.only_with) {
        for (const auto& form : CueForms(word, english)) used |= !text.FindAll(form).empty();
      }
      if (!used) continue;
    }
    std::set<std::string> forms;
    for (const auto& word : cue.Words(english)) forms.merge(CueForms(word, english));
    for (const auto& form : forms) {
      for (const auto& span : text.FindAll(form)) out.push_back({span, &cue});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const CueHit& a, const CueHit& b) { return a.span.begin < b.span.begin; });
  // A cue word inside a longer one that reads the same kinds of figure is part of it:
  // "approval" in "recommended approval" cues the recommendation's date, not the approval's as
  // well; "born" in "born in" (a birthplace, a category) still cues a birth date. (The same span
  // may still cue several properties: "lancé" an organisation's founding and a product's
  // release.)
  auto reads_all = [](const Cue& outer, const Cue& inner) {
    for (FigureKind k : inner.kinds) {
      if (!outer.Accepts(k)) return false;
    }
    return true;
  };
  // Cue phrases are short: a longer cue around a hit starts at most this many bytes before it.
  constexpr size_t kLongestCueBytes = 256;
  std::vector<CueHit> kept;
  for (size_t i = 0; i < out.size(); ++i) {
    const CueHit& h = out[i];
    size_t from = i;
    while (from > 0 && out[from - 1].span.begin + kLongestCueBytes >= h.span.begin) --from;
    bool inside = false;
    for (size_t j = from; j < out.size() && out[j].span.begin <= h.span.begin && !inside; ++j) {
      const CueHit& o = out[j];
      inside = h.span.end <= o.span.end && o.span.end - o.span.begin > h.span.end - h.span.begin &&
               reads_all(*o.cue, *h.cue);
    }
    if (!inside) kept.push_back(h);
  }
  return kept;
}

const Entity* MainSubject(const std::vector<EntityHit>& hits, const Cue* cue, bool dominant) {
  std::map<const Entity*, size_t> count;
  for (const auto& h : hits) {
    if (!cue || cue->AcceptsSubjectType(h.entity->type)) ++count[h.entity];
  }
  // Hits are in text order, so on a tie the first to reach the top count is the earliest named.
  const Entity* best = nullptr;
  size_t top = 0;
  for (const auto& h : hits) {
    auto it = count.find(h.entity);
    if (it != count.end() && it->second > top) {
      top = it->second;
      best = h.entity;
    }
  }
  if (dominant && best) {
    for (const auto& [e, n] : count) {
      if (e != best && 2 * n > top) return nullptr;
    }
    if (top < 2) return nullptr;
  }
  return best;
}

}  // namespace crosscheck::extract
