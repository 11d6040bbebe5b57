#include "common/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace crosscheck {

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    // Eight ASCII bytes at a time: every file crosscheck reads is checked, and most are ASCII.
    uint64_t word;
    if (i + 8 <= length && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080u) == 0)) {
      i += 8;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

namespace {

UChar32 FoldCaseAndPunctuation(UChar32 c) {
  switch (c) {
    case 0x2019:  // ’
    case 0x2018:  // ‘
    case 0x02BC:  // ʼ
      return '\'';
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
    case 0x2212:  // minus sign
      return '-';
    default:
      return u_foldCase(c, U_FOLD_CASE_DEFAULT);
  }
}

}  // namespace

std::string FoldText(std::string_view text, Fold fold, std::vector<size_t>* offsets) {
  std::string out;
  out.reserve(text.size());
  if (offsets) {
    offsets->clear();
    offsets->reserve(text.size());
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool in_space = false;
  auto emit = [&](const uint8_t* bytes, int32_t n, int32_t start) {
    for (int32_t k = 0; k < n; ++k) {
      out += static_cast<char>(bytes[k]);
      if (offsets) offsets->push_back(static_cast<size_t>(start));
    }
  };
  while (i < length) {
    int32_t start = i;
    // ASCII without ICU: articles are mostly ASCII, and loading folds every one of them.
    if (s[i] < 0x80) {
      uint8_t b = s[i++];
      if (b == ' ' || (b >= '\t' && b <= '\r')) {  // ASCII's White_Space characters
        if (!in_space) emit(reinterpret_cast<const uint8_t*>(" "), 1, start);
        in_space = true;
        continue;
      }
      in_space = false;
      if (fold != Fold::kWhitespace && b >= 'A' && b <= 'Z') b = static_cast<uint8_t>(b + 32);
      emit(&b, 1, start);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isUWhiteSpace(c)) {
      if (!in_space) emit(reinterpret_cast<const uint8_t*>(" "), 1, start);
      in_space = true;
      continue;
    }
    in_space = false;
    if (c < 0 || fold == Fold::kWhitespace) {  // copied as they are (invalid bytes too)
      emit(s + start, i - start, start);
      continue;
    }
    uint8_t buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, FoldCaseAndPunctuation(c), error);
    if (!error) emit(buf, n, start);
  }
  return out;
}

namespace {

// NFKC case folding with typographic apostrophes and dashes made ASCII.
std::string NfkcCasefold(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString folded = U_SUCCESS(status) ? nfkc_cf->normalize(input, status) : input;
  if (U_FAILURE(status)) folded = input;
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), "'");
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2018)), "'");
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2010)), "-");
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2011)), "-");
  std::string utf8;
  folded.toUTF8String(utf8);
  return utf8;
}

}  // namespace

std::string NameKey(std::string_view text) {
  std::string utf8;
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    // ASCII, as most names and ids are: NFKC case folding only lowers A-Z, and the loader
    // looks up every subject of every claim.
    utf8.assign(text);
    for (char& c : utf8) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  } else {
    utf8 = NfkcCasefold(text);
  }
  std::string spaced = FoldWhitespace(utf8);
  size_t b = spaced.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  size_t e = spaced.find_last_not_of(' ');
  return spaced.substr(b, e - b + 1);
}

size_t CodePointCount(std::string_view text, size_t byte_count) {
  size_t n = 0;
  for (size_t i = 0; i < byte_count && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace crosscheck
