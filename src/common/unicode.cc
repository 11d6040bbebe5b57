#include "common/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Where FoldText writes the original offset of each folded byte: every one of them (Dense),
// or only where the folded and original texts diverge (Sparse, a FoldMap).
class DenseOffsets {
 public:
  explicit DenseOffsets(std::vector<size_t>* offsets, size_t size) : offsets_(offsets) {
    // One spare slot: callers often append the end of the text as the last offset.
    if (offsets_) offsets_->assign(size + 1, 0);
    at_ = offsets_ ? offsets_->data() : nullptr;
  }
  void Grow(size_t size) {
    if (!offsets_) return;
    offsets_->resize(size);
    at_ = offsets_->data();
  }
  static constexpr bool kEveryByte = true;
  void Byte(size_t o, size_t original) {
    if (at_) at_[o] = original;
  }
  void RunEnd(size_t /*last*/) {}
  void CodePoint(size_t o, size_t n, size_t start, size_t /*read*/) {
    for (size_t k = 0; at_ && k < n; ++k) at_[o + k] = start;
  }
  void Invalid(size_t o, size_t n, size_t start) { CodePoint(o, n, start, n); }
  void Finish(size_t o, size_t /*original_size*/) {
    if (offsets_) offsets_->resize(o);
  }

 private:
  std::vector<size_t>* offsets_;
  size_t* at_;
};

class SparseOffsets {
 public:
  explicit SparseOffsets(FoldMap* map) : map_(map) {}
  void Grow(size_t /*size*/) {}
  static constexpr bool kEveryByte = false;
  void Byte(size_t o, size_t original) { map_->Copied(o, original); }
  // The run of copied bytes went on to original byte `last`.
  void RunEnd(size_t last) { map_->CopiedThrough(last); }
  // `n` folded bytes for the code point of `read` bytes at `start`.
  void CodePoint(size_t o, size_t n, size_t start, size_t read) {
    if (n == read) {
      map_->CopiedCodePoint(o, start, n);
    } else if (n == 1) {
      map_->Copied(o, start);
    } else {
      map_->Point(o, start);
    }
  }
  void Invalid(size_t o, size_t /*n*/, size_t start) { map_->Point(o, start); }
  void Finish(size_t o, size_t original_size) { map_->Finish(o, original_size); }

 private:
  FoldMap* map_;
};

template <typename Offsets>
std::string FoldInto(std::string_view text, Fold fold, Offsets& offsets) {
  // Written through raw pointers: the extractor folds whole articles. No step writes more bytes
  // than it reads except a case fold that grows a code point, so the buffers only grow there.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  std::string out(text.size(), '\0');
  char* ob = out.data();
  size_t o = 0;
  int32_t i = 0;
  bool in_space = false;
  // Room for n bytes now and one per byte still to read.
  auto room = [&](size_t n) {
    size_t need = o + n + static_cast<size_t>(length - i);
    if (need <= out.size()) return;
    out.resize(need * 2);
    ob = out.data();
    offsets.Grow(need * 2);
  };
  const bool fold_case = fold != Fold::kWhitespace;
  while (i < length) {
    int32_t start = i;
    // ASCII without ICU, with the same answers as u_isUWhiteSpace and u_foldCase (white space
    // is 9-13 and 32 there, case is A-Z).
    // A run of ASCII in local variables, which the lambdas' captures would keep in memory.
    if (s[i] < 0x80) {
      char* w = ob + o;
      bool space = in_space;
      // Within the run, a byte follows on from the one written before it unless spaces were
      // dropped between them: only those bytes (and the first) need telling a sparse map.
      bool jumped = true;
      int32_t last = -1;
      while (i < length && s[i] < 0x80) {
#if defined(__SSE2__)
        // Sixteen bytes at a time while they hold nothing to drop: ASCII from ' ' on, no space
        // after a space. Most of an article's prose, with no offset to write for a sparse map.
        if constexpr (!Offsets::kEveryByte) {
          const __m128i below_space = _mm_set1_epi8(' ' - 1), blank = _mm_set1_epi8(' '),
                        before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1),
                        shift = _mm_set1_epi8(static_cast<char>(fold_case ? 32 : 0));
          while (i + 16 <= length) {
            __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            // Signed: bytes from 0x80 on are negative, so below ' ' too.
            if (_mm_movemask_epi8(_mm_cmpgt_epi8(v, below_space)) != 0xFFFF) break;
            auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, blank)));
            if ((spaces & (spaces << 1)) != 0 || (space && (spaces & 1) != 0)) break;
            if (jumped) {
              offsets.Byte(static_cast<size_t>(w - ob), static_cast<size_t>(i));
              jumped = false;
            }
            __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmpgt_epi8(after_z, v));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(w),
                             _mm_add_epi8(v, _mm_and_si128(upper, shift)));
            w += 16;
            i += 16;
            last = i - 1;
            space = (spaces >> 15) != 0;
          }
          if (i >= length || s[i] >= 0x80) break;
        }
#endif
        // Printable bytes, nearly all of the run, in a tight loop: copied, A-Z lowered.
        if (s[i] > ' ') {
          if (jumped || Offsets::kEveryByte) {
            offsets.Byte(static_cast<size_t>(w - ob), static_cast<size_t>(i));
            jumped = false;
          }
          int32_t j = i;
          const uint8_t lower = fold_case ? 32 : 0;
          for (; j < length && s[j] > ' ' && s[j] < 0x80; ++j) {
            uint8_t b = s[j];
            b = static_cast<uint8_t>(b + (static_cast<uint8_t>(b - 'A') < 26 ? lower : 0));
            if (Offsets::kEveryByte && j > i)
              offsets.Byte(static_cast<size_t>(w - ob), static_cast<size_t>(j));
            *w++ = static_cast<char>(b);
          }
          last = j - 1;
          i = j;
          space = false;
          continue;
        }
        uint8_t b = s[i];
        if (b == ' ' || (b >= 9 && b <= 13)) {
          if (space) {
            jumped = true;
            ++i;
            continue;
          }
          b = ' ';
          space = true;
        } else {
          space = false;  // a control byte, kept
        }
        if (jumped || Offsets::kEveryByte) {
          offsets.Byte(static_cast<size_t>(w - ob), static_cast<size_t>(i));
          jumped = false;
        }
        last = i;
        *w++ = static_cast<char>(b);
        ++i;
      }
      if (last >= 0) offsets.RunEnd(static_cast<size_t>(last));
      in_space = space;
      o = static_cast<size_t>(w - ob);
      continue;
    }
    // U+00C0..U+00FF ("é", "à", "É"), most of what a French article has beyond ASCII, without
    // ICU: none is white space, and the capitals (but U+00D7 "×") fold to the letter 0x20 on.
    if (fold_case && s[i] == 0xC3 && i + 1 < length && (s[i + 1] & 0xC0) == 0x80) {
      uint8_t b = s[i + 1];
      if (b <= 0x9E && b != 0x97) b = static_cast<uint8_t>(b + 0x20);
      room(2);
      offsets.CodePoint(o, 2, static_cast<size_t>(start), 2);
      ob[o] = static_cast<char>(0xC3);
      ob[o + 1] = static_cast<char>(b);
      o += 2;
      i += 2;
      in_space = false;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isUWhiteSpace(c)) {
      if (!in_space) {
        room(1);
        offsets.CodePoint(o, 1, static_cast<size_t>(start), static_cast<size_t>(i - start));
        ob[o++] = ' ';
      }
      in_space = true;
      continue;
    }
    in_space = false;
    auto n = static_cast<size_t>(i - start);
    if (c < 0) {  // invalid bytes, copied as they are
      room(n);
      offsets.Invalid(o, n, static_cast<size_t>(start));
      for (size_t k = 0; k < n; ++k)
        ob[o + k] = static_cast<char>(s[start + static_cast<int32_t>(k)]);
      o += n;
      continue;
    }
    uint8_t buf[4];
    int32_t m = 0;
    UBool error = false;
    if (fold_case) {
      U8_APPEND(buf, m, 4, FoldCaseAndPunctuation(c), error);
      if (error) continue;
    } else {
      for (m = 0; m < i - start; ++m) buf[m] = s[start + m];
    }
    room(static_cast<size_t>(m));
    offsets.CodePoint(o, static_cast<size_t>(m), static_cast<size_t>(start), n);
    for (int32_t k = 0; k < m; ++k) ob[o + static_cast<size_t>(k)] = static_cast<char>(buf[k]);
    o += static_cast<size_t>(m);
  }
  out.resize(o);
  offsets.Finish(o, text.size());
  return out;
}

}  // namespace

std::string FoldText(std::string_view text, Fold fold, std::vector<size_t>* offsets) {
  DenseOffsets dense(offsets, text.size());
  return FoldInto(text, fold, dense);
}

std::string FoldText(std::string_view text, Fold fold, FoldMap* map) {
  SparseOffsets sparse(map);
  return FoldInto(text, fold, sparse);
}

std::string NameKey(std::string_view text) {
  // ASCII without white space, most words of most articles: NFKC leaves it as it is and case
  // folding lowers its letters, so ICU is not needed (the same key, many times faster).
  bool plain = !text.empty();
  for (char ch : text) plain &= static_cast<unsigned char>(ch) < 0x80 && ch > ' ';
  if (plain) {
    std::string out(text);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return out;
  }
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
