#pragma once

#include <string_view>

namespace crosscheck::parse {

// The language decides what "billion" and "1,234" mean.
enum class Language { kFrench, kEnglish };

Language LanguageFromCode(std::string_view code);  // "fr" (default) or "en"

}  // namespace crosscheck::parse
