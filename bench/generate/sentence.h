// Sentence templates: "{S}" the subject as the sentence names it, "{V}" the value (or the words
// around it), "{W}" the time phrase, "{E}" the French feminine ending when the subject is a
// woman ("née", "diplômée"). Templates start in lower case; the corpus capitalises.
#pragma once

#include <string>
#include <string_view>

#include "lang.h"

namespace bench {

inline std::string Fill(std::string_view tmpl, std::string_view subject, std::string_view value,
                        std::string_view when = {}, bool feminine = false) {
  std::string out;
  out.reserve(tmpl.size() + subject.size() + value.size() + when.size());
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}') {
      char k = tmpl[i + 1];
      out += k == 'S' ? subject : k == 'V' ? value : k == 'W' ? when : feminine ? "e" : "";
      i += 2;
    } else {
      out += tmpl[i];
    }
  }
  return out;
}

inline std::string YearPhrase(int year, Lang lang) {
  return (lang == Lang::kFr ? "en " : "in ") + std::to_string(year);
}

}  // namespace bench
