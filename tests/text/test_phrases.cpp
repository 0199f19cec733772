#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "../src/text/phrases.hpp"
#include "chronograph/text/utf8.hpp"

using namespace chronograph;

namespace {

// StringHash as first written: the tail read with a variable-size memcpy. The word tables' layouts depend on the
// hash, so the faster tail must give the same numbers.
std::size_t reference_hash(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  std::uint64_t w = 0;
  if (i < s.size()) std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0x94D049BB133111EBull;
  return static_cast<std::size_t>(h ^ (h >> 29));
}

}  // namespace

TEST_CASE("StringHash reads the tail of every length as the byte-wise definition does", "[text]") {
  std::uint32_t seed = 7;
  std::string bytes;
  for (int k = 0; k < 64; ++k) bytes += static_cast<char>((seed = seed * 1103515245u + 12345u) >> 16);
  for (std::size_t offset = 0; offset < 8; ++offset)
    for (std::size_t length = 0; offset + length <= bytes.size(); ++length) {
      const std::string_view s(bytes.data() + offset, length);
      INFO("offset " << offset << " length " << length);
      CHECK(StringHash{}(s) == reference_hash(s));
    }
  CHECK(StringHash{}(std::string_view()) == reference_hash(std::string_view()));
  CHECK(StringHash{}("العراق") == reference_hash("العراق"));
}

TEST_CASE("same_bytes agrees with string equality for every length and every differing byte", "[text]") {
  // Lengths 0..24 (the inline paths end at 16), equal strings at different addresses, and each byte changed in turn:
  // the overlapping loads must see every position, and never a byte past either end.
  for (std::size_t length = 0; length <= 24; ++length) {
    std::string a, b;
    for (std::size_t k = 0; k < length; ++k) a += static_cast<char>('a' + k % 26);
    b = a;
    INFO("length " << length);
    CHECK(same_bytes(a, b));
    CHECK(same_bytes(std::string_view(a), std::string_view(b.data(), b.size())));
    for (std::size_t k = 0; k < length; ++k) {
      std::string c = a;
      c[k] = static_cast<char>(c[k] ^ 0x40);
      INFO("changed byte " << k);
      CHECK_FALSE(same_bytes(a, c));
      CHECK_FALSE(same_bytes(c, a));
    }
    if (length > 0) {
      CHECK_FALSE(same_bytes(a, std::string_view(a).substr(0, length - 1)));
      const std::string_view tail = std::string_view(a).substr(1), head = std::string_view(a).substr(0, length - 1);
      CHECK(same_bytes(tail, head) == (tail == head));
    }
  }
  CHECK(same_bytes("العراق", "العراق"));
  CHECK_FALSE(same_bytes("العراق", "العراقي"));
  CHECK_FALSE(same_bytes("بغداد", "بغدان"));
}

TEST_CASE("HashBloom never rules out a word it was given, and rules out most others", "[text]") {
  HashBloom bloom(16);
  std::vector<std::string> in, out;
  for (int k = 0; k < 6000; ++k) in.push_back("word" + std::to_string(k));
  for (int k = 0; k < 6000; ++k) out.push_back("other" + std::to_string(k));
  for (const auto& w : in) bloom.add(StringHash{}(w));
  for (const auto& w : in) CHECK(bloom.may_contain(StringHash{}(w)));
  int passed = 0;
  for (const auto& w : out) passed += bloom.may_contain(StringHash{}(w));
  CHECK(passed < 1200);  // one hash in 65,536 bits holding 6,000 words: about 9 % pass
}

TEST_CASE("tokenize_text's code point offsets are code_point_offsets of the text", "[text]") {
  // Written during normalisation now: the same numbers through marks that are dropped, ligatures that expand,
  // four-byte characters and ASCII.
  for (const char* text : {"", "a", "وبالعراق في ٢٧ كانون الثاني/يناير", "مُحَمَّد \xEF\xBB\xB7 x",
                           "emoji \xF0\x9F\x98\x80 «داعش» “ISIS”", "line\nnext\r\n"}) {
    INFO(text);
    const TokenizedText t = tokenize_text(text);
    CHECK(t.byte_of == code_point_offsets(text));
  }
}
