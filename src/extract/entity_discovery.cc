#include "extract/entity_discovery.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "common/unicode.h"

namespace crosscheck::extract {
namespace {

// A word of the text: letters and digits, hyphens inside ("OST-217", "start-up"). Apostrophes
// split words, so "d'Ostralis" gives "d" and "Ostralis".
struct Word {
  size_t begin = 0;
  size_t end = 0;
  const std::string* key = nullptr;  // NameKey of the word, in the discoverer's table of keys
  bool capital = false;              // starts with an upper-case letter
  bool digit = false;                // has a digit
  bool letter = false;               // has a letter
  bool acronym = false;              // two or more letters, all capitals ("EMA", "ARP")
  bool sentence_start = false;       // first word of a sentence, a line or a quotation
  bool spaced = false;               // only white space between it and the word before
  bool comma_before = false;         // a comma between it and the word before
};

// ICU's character classes, with ASCII (most of any text) answered without the call.
bool IsAsciiUpper(UChar32 c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(UChar32 c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }
bool IsUpper(UChar32 c) { return c < 0x80 ? IsAsciiUpper(c) : u_isupper(c) != 0; }
bool IsDigit(UChar32 c) { return c < 0x80 ? IsAsciiDigit(c) : u_isdigit(c) != 0; }
bool IsAlpha(UChar32 c) {
  return c < 0x80 ? IsAsciiUpper(c) || IsAsciiLower(c) : u_isalpha(c) != 0;
}
bool IsWordCodePoint(UChar32 c) {
  return c < 0x80 ? IsAsciiUpper(c) || IsAsciiLower(c) || IsAsciiDigit(c) : u_isalnum(c) != 0;
}

// The NameKey of each word as written: a text uses a few thousand distinct words over and over,
// and each is folded once. The keys stay where they are (node-based), so words point to them.
using WordKeys = std::unordered_map<std::string_view, std::string>;

// Adds to `keys` the words not seen yet, and to `lower` the key of every word written in lower
// case (once per distinct word).
std::vector<Word> Words(std::string_view text, WordKeys* keys,
                        std::unordered_set<std::string>* lower) {
  std::vector<Word> out;
  out.reserve(text.size() / 5);  // about one word per 5 to 7 bytes of news text
  size_t i = 0;
  bool start = true, spaced = false, comma = false;
  while (i < text.size()) {
    size_t at = i;
    UChar32 c;
    U8_NEXT(text.data(), i, text.size(), c);
    if (!IsWordCodePoint(c)) {
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == 0x2026 || c == 0xAB ||
          c == '"' || c == 0x201C) {
        start = true;
      }
      if (c == ',') comma = true;
      if (!u_isWhitespace(c) && c != 0xA0 && c != 0x202F) spaced = false;
      continue;
    }
    Word w;
    w.begin = at;
    w.capital = IsUpper(c);
    w.digit = IsDigit(c);
    w.letter = IsAlpha(c);
    size_t letters = w.letter ? 1 : 0, capitals = w.capital ? 1 : 0;
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      UChar32 d;
      U8_NEXT(text.data(), next, text.size(), d);
      if (IsWordCodePoint(d)) {
        w.digit |= IsDigit(d);
        if (IsAlpha(d)) {
          w.letter = true;
          ++letters;
          capitals += IsUpper(d) ? 1 : 0;
        }
        end = next;
        continue;
      }
      // A hyphen joins two word characters.
      if ((d == '-' || d == 0x2011) && next < text.size()) {
        size_t after = next;
        UChar32 e;
        U8_NEXT(text.data(), after, text.size(), e);
        if (IsWordCodePoint(e)) {
          end = next;
          continue;
        }
      }
      break;
    }
    w.end = end;
    w.acronym = letters >= 2 && capitals == letters;
    std::string_view surface = text.substr(w.begin, w.end - w.begin);
    auto known = keys->find(surface);
    if (known == keys->end()) {
      known = keys->emplace(surface, NameKey(surface)).first;
      if (!w.capital) lower->insert(known->second);
    }
    w.key = &known->second;
    w.sentence_start = start;
    w.spaced = !start && spaced;
    w.comma_before = comma;
    out.push_back(w);
    i = end;
    start = false;
    spaced = true;
    comma = false;
  }
  return out;
}

// Closed-class words of French and English: capitalised, they open a sentence, not a name.
// (These word lists are only looked up, once or more per word of the text: hash sets.)
const std::unordered_set<std::string>& FunctionWords() {
  static const std::unordered_set<std::string> words{
      "le",    "la",     "les",  "l",     "un",     "une",   "des",      "du",    "de",    "d",
      "au",    "aux",    "et",   "ou",    "mais",   "donc",  "ni",       "car",   "en",    "dans",
      "sur",   "sous",   "par",  "pour",  "avec",   "sans",  "chez",     "vers",  "entre", "ce",
      "cet",   "cette",  "ces",  "son",   "sa",     "ses",   "leur",     "leurs", "il",    "elle",
      "ils",   "elles",  "on",   "nous",  "vous",   "je",    "qui",      "que",   "qu",    "dont",
      "où",    "y",      "à",    "c",     "s",      "n",     "j",        "m",     "selon", "après",
      "avant", "depuis", "the",  "a",     "an",     "and",   "or",       "but",   "of",    "in",
      "on",    "at",     "to",   "for",   "with",   "by",    "from",     "as",    "is",    "are",
      "was",   "were",   "this", "that",  "these",  "those", "it",       "its",   "he",    "she",
      "they",  "we",     "you",  "his",   "her",    "their", "our",      "who",   "which", "what",
      "when",  "where",  "if",   "after", "before", "since", "until",    "while", "also",  "not",
      "no",    "there",  "here", "then",  "so",     "i",     "according"};
  return words;
}

// Months, weekdays and seasons are capitalised in English and open sentences in French.
const std::unordered_set<std::string>& CalendarWords() {
  static const std::unordered_set<std::string> words{
      "janvier",  "février",   "mars",      "avril",    "mai",      "juin",      "juillet",
      "août",     "septembre", "octobre",   "novembre", "décembre", "lundi",     "mardi",
      "mercredi", "jeudi",     "vendredi",  "samedi",   "dimanche", "january",   "february",
      "march",    "april",     "may",       "june",     "july",     "august",    "september",
      "october",  "november",  "december",  "monday",   "tuesday",  "wednesday", "thursday",
      "friday",   "saturday",  "sunday",    "jan",      "feb",      "mar",       "apr",
      "jun",      "jul",       "aug",       "sep",      "sept",     "oct",       "nov",
      "dec",      "hier",      "yesterday", "today",    "aujourd"};
  return words;
}

// Context words that type a name (docs/extraction.md, "Entities").
const std::unordered_set<std::string> kTitles{"m",  "mme", "mlle", "me", "dr",
                                              "pr", "mr",  "mrs",  "ms"};
const std::unordered_set<std::string> kArticles{
    "le", "la",  "les", "l",   "un",  "une",   "the", "a",    "an",    "son",
    "sa", "ses", "its", "his", "her", "their", "sa",  "leur", "notre", "our"};
// Roles people hold in organisations: "le fondateur de DeepSeek", "DeepSeek's founder" name
// the organisation; "le fondateur Liang Wenfeng", "chief executive Bastien Rolland" the person.
const std::unordered_set<std::string> kRoleNouns{"fondateur",
                                                 "fondatrice",
                                                 "cofondateur",
                                                 "cofondatrice",
                                                 "co-fondateur",
                                                 "pdg",
                                                 "patron",
                                                 "patronne",
                                                 "directeur",
                                                 "directrice",
                                                 "président",
                                                 "présidente",
                                                 "dirigeant",
                                                 "dirigeante",
                                                 "actionnaire",
                                                 "salariés",
                                                 "employés",
                                                 "chercheurs",
                                                 "ingénieurs",
                                                 "porte-parole",
                                                 "founder",
                                                 "co-founder",
                                                 "cofounder",
                                                 "ceo",
                                                 "boss",
                                                 "head",
                                                 "director",
                                                 "chairman",
                                                 "chairwoman",
                                                 "chair",
                                                 "president",
                                                 "executive",
                                                 "shareholder",
                                                 "shareholders",
                                                 "employees",
                                                 "staff",
                                                 "researchers",
                                                 "engineers",
                                                 "spokesman",
                                                 "spokeswoman",
                                                 "spokesperson",
                                                 "cto",
                                                 "cfo",
                                                 "président-directeur",
                                                 "présidente-directrice"};
const std::unordered_set<std::string> kSpeechVerbs{
    "déclaré", "déclare", "explique",  "expliqué", "affirme",  "affirmé", "estime", "estimé",
    "raconte", "raconté", "confie",    "confié",   "ajoute",   "ajouté",  "said",   "says",
    "told",    "added",   "explained", "recalls",  "recalled", "notes",   "noted"};
// What only an organisation is: founded (the name after the verb, "She founded Kerlann Air",
// or after a fronted participle, «Fondée en 2011 à Brest, Kerlann Air»; before it only set off
// by a comma or in the passive, "Kerlann Air, founded in 2009", «X a été fondée»), and what it
// does to staff (the name before the verb: «Kerlann Air emploie», "X hires").
const std::unordered_set<std::string> kFoundingVerbs{
    "fondé", "fondée", "fondés",  "fondées",    "cofondé",   "cofondée",
    "créé",  "créée",  "founded", "co-founded", "cofounded", "established"};
const std::unordered_set<std::string> kStaffVerbs{"emploie", "employait", "recrute", "embauche",
                                                  "employs", "employed",  "hires",   "recruits"};
const std::unordered_set<std::string> kOrganisationNouns{
    "entreprise",  "société",      "groupe",   "start-up",   "startup",      "fabricant",
    "laboratoire", "constructeur", "club",     "fonds",      "banque",       "firme",
    "compagnie",   "opérateur",    "éditeur",  "assureur",   "enseigne",     "distributeur",
    "company",     "firm",         "group",    "maker",      "manufacturer", "fund",
    "bank",        "operator",     "lab",      "carrier",    "insurer",      "retailer",
    "chain",       "developer",    "producer", "producteur", "agence",       "agency",
    "association", "syndicat",     "union"};
// The last word of many organisations' names says what they are ("European Commission",
// "Garance Capital", "Harlow Peak Sports").
const std::unordered_set<std::string> kOrganisationHeads{
    "commission",  "agence",       "agency",     "capital",      "sports",    "bank",
    "banque",      "group",        "groupe",     "partners",     "holding",   "holdings",
    "university",  "université",   "institute",  "institut",     "council",   "conseil",
    "ministry",    "ministère",    "committee",  "comité",       "company",   "corporation",
    "association", "foundation",   "fondation",  "club",         "airlines",  "motors",
    "pharma",      "technologies", "systems",    "energy",       "énergie",   "industries",
    "ventures",    "fund",         "fonds",      "office",       "authority", "autorité",
    "parliament",  "parlement",    "government", "gouvernement", "court",     "cour",
    "tribunal"};
const std::unordered_set<std::string> kCompanyForms{
    "sa", "sas", "sarl", "inc", "ltd", "gmbh", "plc", "ag", "corp", "llc", "nv", "bv", "fc", "sc"};
// "à Lyon", "en Chine", "au Japon", "aux États-Unis", "in Toulouse" (months and weekdays are
// no names, so "en mai" never gets here).
const std::unordered_set<std::string> kPlacePrepositions{"à",  "en", "au",  "aux",
                                                         "in", "at", "near"};
// Settlements and regions: "la commune de Belvérieux", "the city of Lyon". Not sites ("l'usine
// d'Ostralis" names the owner, "l'usine de Belvérieux" the place: a site noun cannot tell).
const std::unordered_set<std::string> kPlaceNouns{
    "ville",  "commune", "village",  "région",   "département", "city", "town",
    "region", "county",  "province", "capitale", "métropole",   "île",  "island"};
const std::unordered_set<std::string> kProductNouns{
    "vaccin",   "modèle",   "fusée",    "lanceur",  "médicament", "produit",    "logiciel",
    "appareil", "véhicule", "voiture",  "avion",    "jeu",        "rocket",     "vaccine",
    "model",    "drug",     "product",  "launcher", "software",   "device",     "app",
    "vehicle",  "car",      "aircraft", "plane",    "game",       "smartphone", "moteur",
    "engine",   "puce",     "chip"};

enum Type { kPerson, kOrganization, kPlace, kProduct, kTypes };
constexpr std::array<std::string_view, kTypes> kTypeNames{"person", "organization", "place",
                                                          "product"};

// A candidate name across the articles, keyed by NameKey.
struct Found {
  std::map<std::string, size_t> surfaces;  // as written -> times
  std::array<size_t, kTypes> votes{};
  bool strong = false;  // some evidence other than a speech verb next to a one-word name
  std::vector<std::string> evidence;
  std::set<std::string> descriptions;  // head nouns seen with it ("fabricant", "start-up")
  // The same nouns with the adjective written right after them, when one is ("start-up
  // française", "fonds spéculatif"); the noun alone when none is.
  std::set<std::string> described_as;
  size_t mentions = 0;
  size_t words = 0;
  bool digit = false;
  bool mid_sentence = false;  // seen capitalised other than at a sentence start
};

class Discoverer {
 public:
  explicit Discoverer(const Catalogue& known) : known_(known) {}

  void Read(std::string_view text) {
    std::vector<Word> words = Words(text, &keys_, &lower_);
    for (size_t i = 0; i < words.size();) {
      if (!words[i].capital) {
        ++i;
        continue;
      }
      // "l'ARP Claire Demarquay": an acronym followed by a capitalised word is another name.
      size_t j = i + 1;
      while (j < words.size() && words[j].capital && words[j].spaced &&
             !(words[j - 1].acronym && !words[j].acronym)) {
        ++j;
      }
      runs_.push_back({texts_.size(), i, j});
      i = j;
    }
    texts_.push_back({text, std::move(words)});
  }

  // The nouns seen with names the catalogue knows, by entity id (read with Read first).
  std::map<std::string, std::vector<std::string>> KnownDescriptions() {
    for (const auto& run : runs_) Take(run);
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& [id, nouns] : known_descriptions_) {
      out[id].assign(nouns.begin(), nouns.end());
    }
    return out;
  }

  std::vector<DiscoveredEntity> Finish() {
    for (const auto& run : runs_) Take(run);
    MergeSurnames();
    MergeVariants();
    std::vector<DiscoveredEntity> out;
    std::set<std::string> ids;
    for (auto& [key, f] : found_) {
      if (f.mentions == 0) continue;
      auto best = std::max_element(f.votes.begin(), f.votes.end());
      size_t type = static_cast<size_t>(best - f.votes.begin());
      size_t second = 0;
      for (size_t t = 0; t < kTypes; ++t) {
        if (t != type) second = std::max(second, f.votes[t]);
      }
      if (*best == 0 || *best <= second) continue;  // the context does not settle the type
      if (!f.strong && *best < 2) continue;         // "Brussels says": one weak hint
      if (*best * 20 < f.mentions) continue;  // typed once in 79 mentions ("l'IA"): a common noun
      // A single word only ever seen opening a sentence may be an ordinary word.
      if (f.words == 1 && !f.mid_sentence && !f.digit) continue;
      DiscoveredEntity d;
      d.entity.type = std::string(kTypeNames[type]);
      size_t top = 0;
      for (const auto& [surface, n] : f.surfaces) {
        if (n > top) {
          top = n;
          d.entity.name = surface;
        }
      }
      for (const auto& [surface, n] : f.surfaces) {
        if (surface != d.entity.name) d.entity.aliases.push_back(surface);
      }
      for (const auto& alias : aliases_[key]) d.entity.aliases.push_back(alias);
      d.entity.id = Slug(d.entity.name);
      d.entity.discovered = true;
      if (d.entity.id.empty() || known_.FindEntity(d.entity.id) ||
          !ids.insert(d.entity.id).second) {
        continue;
      }
      d.mentions = f.mentions;
      d.evidence = f.evidence;
      for (const auto& noun : f.descriptions) {
        if (FitsType(noun, d.entity.type)) d.entity.descriptions.push_back(noun);
      }
      out.push_back(std::move(d));
    }
    std::sort(out.begin(), out.end(), [](const DiscoveredEntity& a, const DiscoveredEntity& b) {
      return a.entity.id < b.entity.id;
    });
    return out;
  }

 private:
  // Nouns of the entity's own type only: "le fabricant de vaccins" is no description of the
  // vaccine.
  static bool FitsType(const std::string& noun, std::string_view type) {
    return (type == kTypeNames[kOrganization] && kOrganisationNouns.count(noun)) ||
           (type == kTypeNames[kProduct] && kProductNouns.count(noun));
  }

  // A run of capitalised words: the article's index in texts_ and the words [begin, end).
  struct Run {
    size_t article, begin, end;
  };
  struct ArticleWords {
    std::string_view text;
    std::vector<Word> words;
  };

  // Trims a run to its name and records it with the evidence of its context.
  void Take(const Run& run) {
    const auto& words = texts_[run.article].words;
    std::string_view text = texts_[run.article].text;
    size_t b = run.begin, e = run.end;
    // A capitalised function word opens a name only mid-sentence ("à La Rochelle"); at a
    // sentence start it is the sentence's ("Le club ...").
    auto ordinary = [&](const Word& w) {
      return (FunctionWords().count(*w.key) && w.sentence_start) || CalendarWords().count(*w.key) ||
             (w.sentence_start && !w.digit && lower_.count(*w.key));
    };
    while (b < e && ordinary(words[b])) ++b;
    while (e > b && CalendarWords().count(*words[e - 1].key)) --e;
    if (b == e) return;
    std::string_view name = text.substr(words[b].begin, words[e - 1].end - words[b].begin);
    // "French start-up", "a European company": an English adjective of nationality, not a name.
    if (e - b == 1 && e < words.size() && words[e].spaced && !words[e].capital) {
      for (std::string_view suffix : {"an", "ese", "ish", "ch", "ic", "i"}) {
        if (words[b].key->ends_with(suffix) && !words[b].acronym) return;
      }
    }
    // Names recur (a 9 MB article names the same few hundred thousands of times): each distinct
    // one is folded once (NameKey goes through ICU for any name with a space or an accent).
    auto cached = keys_.find(name);
    if (cached == keys_.end()) cached = keys_.emplace(name, NameKey(name)).first;
    const std::string& key = cached->second;
    const Entity* known = known_.FindEntity(key);
    if (!known) known = known_.FindEntity(name);
    if (known) {
      // A name the catalogue knows: only the nouns the text gives it ("son fonds de couverture
      // quantitatif High-Flyer"), for "le fonds" to refer to it.
      Found scratch;
      Vote(scratch, words, b, e);
      // As written, with the adjective: the catalogue's entity is known by name only, and a
      // noun alone ("la start-up") may be about another entity of the article.
      for (const auto& phrase : scratch.described_as) {
        if (FitsType(phrase.substr(0, phrase.find(' ')), known->type)) {
          known_descriptions_[known->id].insert(phrase);
        }
      }
      return;
    }
    Found& f = found_[key];
    ++f.surfaces[std::string(name)];
    ++f.mentions;
    f.words = e - b;
    for (size_t i = b; i < e; ++i) f.digit |= words[i].digit;
    f.mid_sentence |= !words[b].sentence_start;
    Vote(f, words, b, e);
  }

  void Vote(Found& f, const std::vector<Word>& words, size_t b, size_t e) {
    auto vote = [&](Type t, std::string why, bool strong = true) {
      ++f.votes[t];
      f.strong |= strong;
      if (f.evidence.size() < 4) f.evidence.push_back(std::move(why));
    };
    auto key_at = [&](size_t i) -> const std::string& { return *words[i].key; };
    auto is_de = [&](size_t i) {
      const std::string& k = key_at(i);
      return k == "de" || k == "d" || k == "des" || k == "du" || k == "of";
    };
    // Records the noun at `i`, and with it the adjective that follows it before `limit`:
    // "la start-up française Mistral" describes Mistral as a French start-up, which "la
    // start-up chinoise" is not.
    auto describe = [&](size_t i, size_t limit) {
      f.descriptions.insert(key_at(i));
      const Word* next = i + 1 < limit ? &words[i + 1] : nullptr;
      bool adjective = next && next->spaced && !next->capital && next->letter && !next->digit &&
                       next->key->size() >= 4 && !FunctionWords().count(*next->key);
      f.described_as.insert(adjective ? key_at(i) + " " + *next->key : key_at(i));
    };
    bool letter = false, digit = false;
    for (size_t i = b; i < e; ++i) {
      letter |= words[i].letter;
      digit |= words[i].digit;
    }
    if (letter && digit) vote(kProduct, "a code with a number");
    if (e - b >= 2 && kOrganisationHeads.count(key_at(e - 1))) {
      vote(kOrganization, fmt::format("'{}' ends it", key_at(e - 1)));
    }
    if (b > 0 && kTitles.count(key_at(b - 1))) vote(kPerson, "a title before it");
    // "Claire Demarquay, 54 ans", "Bastien Rolland, 42,": not a dateline's "LYON, 3 juin".
    if (e < words.size() && words[e].comma_before && words[e].digit && !words[e].letter &&
        words[e].end - words[e].begin >= 2 && words[e].end - words[e].begin <= 3 &&
        (e + 1 >= words.size() || !CalendarWords().count(key_at(e + 1)))) {
      vote(kPerson, "an age after it");
    }
    if (e < words.size() && kCompanyForms.count(key_at(e))) vote(kOrganization, "a company form");
    // Founded, and employing: an organisation (strong only for a name of two words or more, as
    // for speech verbs: "Brussels hires" may be a metonymy).
    bool several = e - b >= 2;
    for (size_t i = b >= 2 ? b - 2 : 0; i < b; ++i) {
      // Not the founder: "founded by Bastien Rolland", «fondée par», "with".
      bool same_sentence = true, agent = false;
      for (size_t j = i + 1; j <= b; ++j) same_sentence &= !words[j].sentence_start;
      for (size_t j = i + 1; j < b; ++j) {
        const std::string& k = key_at(j);
        agent |= k == "by" || k == "par" || k == "with" || k == "avec";
      }
      if (same_sentence && !agent && kFoundingVerbs.count(key_at(i))) {
        vote(kOrganization, fmt::format("'{}' before it", key_at(i)), several);
      }
    }
    if (b > 0 && !words[b].sentence_start) {
      // «Fondée en 2011 à Brest, Kerlann Air»: a participle opening the sentence, the name
      // right after the comma that closes it.
      size_t open = b;
      while (open > 0 && !words[open].sentence_start) --open;
      if (words[b].comma_before && b - open <= 8 && kFoundingVerbs.count(key_at(open))) {
        vote(kOrganization, fmt::format("'{}' opening its sentence", key_at(open)), several);
      }
    }
    for (size_t i = e; i < std::min(words.size(), e + 3); ++i) {
      if (words[i].sentence_start) break;
      const std::string& k = key_at(i);
      bool set_off = i == e && words[e].comma_before;
      bool passive = i >= e + 1 && (key_at(i - 1) == "été" || key_at(i - 1) == "was");
      if (kFoundingVerbs.count(k) && (set_off || passive)) {
        vote(kOrganization, fmt::format("'{}' after it", k), several);
      }
      if (kStaffVerbs.count(k)) vote(kOrganization, fmt::format("'{}' after it", k), several);
    }
    if (b > 0 && key_at(b - 1) == "chez") vote(kOrganization, "'chez' before it");
    // Roles: "le fondateur de DeepSeek" / "DeepSeek's founder" name an organisation; "le
    // fondateur Liang Wenfeng", "son fondateur, Liang Wenfeng" a person.
    if (b >= 2 && is_de(b - 1) && kRoleNouns.count(key_at(b - 2))) {
      vote(kOrganization, fmt::format("'{} {}' before it", key_at(b - 2), key_at(b - 1)));
    } else if (b >= 1 && kRoleNouns.count(key_at(b - 1)) && !words[b].sentence_start) {
      vote(kPerson, fmt::format("'{}' before it", key_at(b - 1)));
    }
    if (e + 1 < words.size() && key_at(e) == "s" && kRoleNouns.count(key_at(e + 1))) {
      vote(kOrganization, fmt::format("'s {}' after it", key_at(e + 1)));
    }
    // "à Lyon", "in Toulouse"; not "a déclaré à Reuters", where "à" follows a speech verb.
    bool dative = false;
    for (size_t i = b >= 4 ? b - 4 : 0; i + 1 < b; ++i) dative |= kSpeechVerbs.count(key_at(i)) > 0;
    // Not "en IA", "en R&D": a field, not a country.
    bool field = b > 0 && words[b].acronym && (key_at(b - 1) == "en" || key_at(b - 1) == "in");
    if (b > 0 && kPlacePrepositions.count(key_at(b - 1)) && !dative && !field) {
      vote(kPlace, "'à' / 'in' before it");
    }
    // The head noun a few words before it, within its sentence: the nearest noun of a kind that
    // is not itself the complement of another ("le fabricant lyonnais de vaccins Ostralis": the
    // head is "fabricant"; "vaccins" follows "de"). A place noun heads the name directly or
    // through "de" / "of" ("l'usine de Belvérieux", "the city of Lyon").
    // A name that is itself a complement ("un modèle d'IA", "la société de Liang") is not
    // what the head noun names; only a settlement noun names its complement ("la ville de Lyon").
    bool is_complement = b > 0 && is_de(b - 1);
    size_t from = b >= 5 ? b - 5 : 0;
    for (size_t i = b; i-- > from;) {
      if (words[i + 1].sentence_start) break;
      const std::string& k = key_at(i);
      if (kSpeechVerbs.count(k)) vote(kPerson, fmt::format("'{}' before it", k), e - b >= 2);
      if (FunctionWords().count(k) && !is_de(i) && !kArticles.count(k)) break;  // "from", "à"
      bool complement = i > 0 && is_de(i - 1) && i + 1 < b;
      if (kPlaceNouns.count(k) && (i + 1 == b || (i + 2 == b && is_de(i + 1)))) {
        vote(kPlace, fmt::format("'{}' before it", k));
        break;
      }
      if (complement || is_complement) continue;
      if (kOrganisationNouns.count(k)) {
        vote(kOrganization, fmt::format("'{}' before it", k));
        describe(i, b);
        break;
      }
      if (kProductNouns.count(k)) {
        vote(kProduct, fmt::format("'{}' before it", k));
        describe(i, b);
        break;
      }
    }
    // "Loïc Marzin, président de l'association": a role after the comma makes it a person, and
    // the organisation noun that follows is the role's, not the name's.
    bool role_apposition = false;
    if (e < words.size() && words[e].comma_before) {
      for (size_t i = e; i < std::min(words.size(), e + 2); ++i) {
        if (kRoleNouns.count(key_at(i))) role_apposition = true;
      }
      if (role_apposition) vote(kPerson, "a role after the comma");
    }
    for (size_t i = e; i < std::min(words.size(), e + 4) && !role_apposition; ++i) {
      if (words[i].sentence_start) break;
      const std::string& k = key_at(i);
      if (kSpeechVerbs.count(k)) vote(kPerson, fmt::format("'{}' after it", k), e - b >= 2);
      if (words[e].comma_before && kOrganisationNouns.count(k)) {
        vote(kOrganization, fmt::format("', ... {}' after it", k));
        describe(i, words.size());
      }
    }
  }

  // A one-word name that is the first or last word of exactly one person's two- or three-word
  // name ("Demarquay", "Liang") is that person; its mentions and votes go to the full name.
  void MergeSurnames() {
    // Family names come last ("Claire Demarquay") or first ("Liang Wenfeng").
    std::map<std::string, std::vector<std::string>> by_last;
    for (const auto& [key, f] : found_) {
      if (f.words < 2 || f.digit) continue;
      size_t last = key.rfind(' '), first = key.find(' ');
      if (last == std::string::npos) continue;
      by_last[key.substr(last + 1)].push_back(key);
      if (first == last) by_last[key.substr(0, first)].push_back(key);
    }
    for (auto& [last, fulls] : by_last) {
      if (fulls.size() != 1) continue;
      auto single = found_.find(last);
      if (single == found_.end()) continue;
      Found& full = found_[fulls.front()];
      if (full.votes[kPerson] == 0 && single->second.votes[kPerson] == 0) continue;
      for (size_t t = 0; t < kTypes; ++t) full.votes[t] += single->second.votes[t];
      full.descriptions.merge(single->second.descriptions);
      full.strong |= single->second.strong;
      full.votes[kPerson] += 1;  // a name used by its last word alone is a person's
      full.mentions += single->second.mentions;
      for (const auto& [surface, n] : single->second.surfaces) {
        aliases_[fulls.front()].push_back(surface);
      }
      single->second.mentions = 0;
    }
  }

  // Moves `from`'s mentions, votes, descriptions and surfaces into `into`.
  void Merge(const std::string& from, const std::string& into) {
    Found& a = found_[from];
    Found& b = found_[into];
    for (size_t t = 0; t < kTypes; ++t) b.votes[t] += a.votes[t];
    b.strong |= a.strong;
    b.mentions += a.mentions;
    b.descriptions.merge(a.descriptions);
    for (const auto& [surface, n] : a.surfaces) aliases_[into].push_back(surface);
    for (const auto& alias : aliases_[from]) aliases_[into].push_back(alias);
    for (auto& e : a.evidence) {
      if (b.evidence.size() < 4) b.evidence.push_back(e);
    }
    a.mentions = 0;
  }

  // One organisation written two ways: with and without the words that say what it is
  // ("High-Flyer" and "High-Flyer Capital", "Rochelle Atlantique" and "Rochelle Atlantique FC"),
  // or with and without a leading article ("La Rochelle Atlantique" at a sentence start loses
  // its "La"). The variant with fewer mentions becomes an alias of the other.
  void MergeVariants() {
    auto tail_says_what = [](std::string_view tail) {
      size_t at = 0;
      while (at < tail.size()) {
        size_t space = tail.find(' ', at);
        std::string word(tail.substr(at, space == std::string_view::npos ? tail.npos : space - at));
        if (!kOrganisationHeads.count(word) && !kCompanyForms.count(word)) return false;
        if (space == std::string_view::npos) break;
        at = space + 1;
      }
      return true;
    };
    std::vector<std::string> keys;
    for (const auto& [key, f] : found_) {
      if (f.mentions > 0) keys.push_back(key);
    }
    for (const auto& shorter : keys) {
      for (const auto& longer : keys) {
        if (longer.size() <= shorter.size() + 1 || found_[shorter].mentions == 0 ||
            found_[longer].mentions == 0) {
          continue;
        }
        bool prefix = longer.starts_with(shorter) && longer[shorter.size()] == ' ' &&
                      tail_says_what(std::string_view(longer).substr(shorter.size() + 1));
        size_t space = longer.find(' ');
        bool article = space != std::string::npos && longer.substr(space + 1) == shorter &&
                       FunctionWords().count(longer.substr(0, space));
        if (!prefix && !article) continue;
        if (found_[shorter].mentions >= found_[longer].mentions) {
          Merge(longer, shorter);
        } else {
          Merge(shorter, longer);
        }
      }
    }
  }

  // The id of a name: its NameKey without accents, words joined by '-'.
  static std::string Slug(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    std::string folded = NameKey(name);
    if (U_SUCCESS(status)) {
      icu::UnicodeString s = nfd->normalize(icu::UnicodeString::fromUTF8(folded), status);
      if (U_SUCCESS(status)) {
        folded.clear();
        s.toUTF8String(folded);
      }
    }
    std::string id;
    for (char c : folded) {
      bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (alnum) {
        id += c;
      } else if ((c == ' ' || c == '-' || c == '\'' || c == '.') && !id.empty() &&
                 id.back() != '-') {
        id += '-';
      }
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
  }

  const Catalogue& known_;
  WordKeys keys_;                          // the words' keys, which the words of texts_ point to
  std::unordered_set<std::string> lower_;  // words seen in lower case anywhere (only looked up)
  std::vector<Run> runs_;
  std::vector<ArticleWords> texts_;
  std::map<std::string, Found> found_;
  std::map<std::string, std::set<std::string>> known_descriptions_;  // entity id -> nouns
  std::map<std::string, std::vector<std::string>> aliases_;
};

}  // namespace

std::vector<DiscoveredEntity> DiscoverEntities(const std::vector<std::string_view>& articles,
                                               const Catalogue& known) {
  Discoverer d(known);
  for (std::string_view text : articles) d.Read(text);
  return d.Finish();
}

std::map<std::string, std::vector<std::string>> LearnDescriptions(
    const std::vector<std::string_view>& articles, const Catalogue& known) {
  Discoverer d(known);
  for (std::string_view text : articles) d.Read(text);
  return d.KnownDescriptions();
}

}  // namespace crosscheck::extract
