#include "common/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace crosscheck {

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
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
  // Written through raw pointers: the extractor folds whole articles. No step writes more bytes
  // than it reads except a case fold that grows a code point, so the buffers only grow there.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  std::string out(text.size(), '\0');
  // One spare slot: callers often append the end of the text as the last offset.
  if (offsets) offsets->assign(text.size() + 1, 0);
  char* ob = out.data();
  size_t* om = offsets ? offsets->data() : nullptr;
  size_t o = 0;
  int32_t i = 0;
  bool in_space = false;
  // Room for n bytes now and one per byte still to read.
  auto room = [&](size_t n) {
    size_t need = o + n + static_cast<size_t>(length - i);
    if (need <= out.size()) return;
    out.resize(need * 2);
    ob = out.data();
    if (offsets) {
      offsets->resize(need * 2);
      om = offsets->data();
    }
  };
  auto emit = [&](const uint8_t* bytes, int32_t n, int32_t start) {
    room(static_cast<size_t>(n));
    for (int32_t k = 0; k < n; ++k) {
      ob[o] = static_cast<char>(bytes[k]);
      if (om) om[o] = static_cast<size_t>(start);
      ++o;
    }
  };
  const bool fold_case = fold != Fold::kWhitespace;
  while (i < length) {
    int32_t start = i;
    // ASCII without ICU, with the same answers as u_isUWhiteSpace and u_foldCase (white space
    // is 9-13 and 32 there, case is A-Z).
    // A run of ASCII in local variables, which the lambdas' captures would keep in memory.
    if (s[i] < 0x80) {
      char* w = ob + o;
      size_t* m = om ? om + o : nullptr;
      bool space = in_space;
      for (; i < length && s[i] < 0x80; ++i) {
        uint8_t b = s[i];
        if (b == ' ' || (b >= 9 && b <= 13)) {
          if (space) continue;
          b = ' ';
          space = true;
        } else {
          space = false;
          if (fold_case && b >= 'A' && b <= 'Z') b = static_cast<uint8_t>(b + 32);
        }
        *w++ = static_cast<char>(b);
        if (m) *m++ = static_cast<size_t>(i);
      }
      in_space = space;
      o = static_cast<size_t>(w - ob);
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
    if (c < 0 || !fold_case) {  // copied as they are (invalid bytes too)
      emit(s + start, i - start, start);
      continue;
    }
    uint8_t buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, FoldCaseAndPunctuation(c), error);
    if (!error) emit(buf, n, start);
  }
  out.resize(o);
  if (offsets) offsets->resize(o);
  return out;
}

std::string NameKey(std::string_view text) {
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
