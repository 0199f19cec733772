// ICU's Arabic-Latin transliteration built from ICU's rules (no registry) against ICU's own transliterator.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "../src/actors/arabic_latin.hpp"

using namespace chronograph;

TEST_CASE("Arabic-Latin from ICU's rules equals ICU's registered transliterator", "[actors][romanise]") {
  const ArabicLatin fast, registry(true);
  REQUIRE(fast.from_rules());  // Debian 12's ICU 72 has the shape read; a later ICU may not (then both are the registry's)
  REQUIRE_FALSE(registry.from_rules());
  std::vector<std::string> words = {"طارق", "الشمري", "عبد", "الله", "أعياد", "الطوفان", "ماثيو", "ماكفارلين", "محمد",
                                    "شياع", "السوداني", "يحيى", "رسول", "أبو", "مهدي", "المهندس", "قاسم", "سليماني",
                                    "إسماعيل", "مؤمن", "سُئل", "ﻣﺤﻤﺪ", "٢٠٢٤", "۱۴۰۲", "عبدالرحمن", "آل", "ثاني",
                                    "ة", "ـــ", "لـ", "ئ", "ؤ", "ى", "ٱلله", "ڤيينا", "گ", "پ", "چ", "ژ"};
  // Random words of Arabic letters, marks, digits and the Arabic punctuation the rules read.
  std::mt19937 rng(20261130);
  const std::u32string alphabet =
      U"ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٓٔٱپچژڤکگی٠١٢٣٤٥٦٧٨٩۰۱۲۳٤۵٦۷۸۹،؛؟٫٬";
  for (int n = 0; n < 3000; ++n) {
    std::u32string w;
    const int len = 1 + static_cast<int>(rng() % 9);
    for (int k = 0; k < len; ++k) w += alphabet[rng() % alphabet.size()];
    std::string utf8;
    icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(w.data()), static_cast<int32_t>(w.size())).toUTF8String(utf8);
    words.push_back(utf8);
  }
  for (const auto& word : words) {
    icu::UnicodeString a = icu::UnicodeString::fromUTF8(word), b = a;
    fast.transliterate(a);
    registry.transliterate(b);
    std::string x, y;
    a.toUTF8String(x);
    b.toUTF8String(y);
    INFO(word);
    REQUIRE(x == y);
  }
}
