// The actor recogniser, construction by construction: text -> (mention text, actor id).
#include <catch2/catch.hpp>

#include <random>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/text/utf8.hpp"

using namespace chronograph;

namespace {

std::string found(const std::string& text, const std::string& lang = "ar") {
  std::string out;
  for (const auto& m : actor_recognizer().find(text, lang)) out += "[" + m.text + "=" + m.actor + "]";
  return out;
}

}  // namespace

TEST_CASE("countries from CLDR in Arabic and English, with clitics", "[actors]") {
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"وصل إلى العراق أمس", "[العراق=iraq]"},
      {"مع الولايات المتحدة والعراق", "[الولايات المتحدة=united-states][العراق=iraq]"},
      {"تواصل العراق وإيران", "[العراق=iraq][إيران=iran]"},
      {"قدمت للعراق معدات", "[لعراق=iraq]"},
      {"في سوريا والأردن", "[سوريا=syria][الأردن=jordan]"},
      {"Talks between the United States and Iraq", "[United States=united-states][Iraq=iraq]"},
      {"from Iran, Syria and Jordan", "[Iran=iran][Syria=syria][Jordan=jordan]"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(found(row.text) == row.expected);
  }
}

TEST_CASE("Arabic nisba adjectives and demonyms point to their country", "[actors]") {
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"رئيس الوزراء العراقي", "[العراقي=iraq]"},
      {"القوات العراقية", "[العراقية=iraq]"},
      {"خبراء عراقيون", "[عراقيون=iraq]"},
      {"للجنود العراقيين", "[العراقيين=iraq]"},
      {"المسؤولين العسكريين الأميركيين", "[الأميركيين=united-states]"},
      {"القوات الأمريكية", "[الأمريكية=united-states]"},
      {"الحرس الإيراني", "[الإيراني=iran]"},
      {"Iraqi forces and American officials", "[Iraqi=iraq][American=united-states]"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(found(row.text) == row.expected);
  }
}

TEST_CASE("organisations and groups from the lexicon, in any of their names", "[actors]") {
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"لإلحاق الهزيمة بداعش", "[داعش=isis]"},
      {"تنظيم الدولة الإسلامية", "[تنظيم الدولة الإسلامية=isis]"},
      {"The Islamic State and Daesh", "[Islamic State=isis][Daesh=isis]"},
      {"مستقبل التحالف الدولي", "[التحالف الدولي=global-coalition-against-daesh]"},
      {"عملية العزم الصلب", "[عملية العزم الصلب=global-coalition-against-daesh]"},
      {"أبرزها كتائب حزب الله", "[كتائب حزب الله=kataib-hezbollah]"},
      {"حزب الله اللبناني", "[حزب الله اللبناني=hezbollah]"},
      {"Reuters and AFP reported", "[Reuters=reuters][AFP=afp]"},
      {"رئيس الوزراء محمد شياع السوداني", "[محمد شياع السوداني=mohammed-shia-al-sudani]"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(found(row.text) == row.expected);
  }
}

TEST_CASE("English case rules keep common words out", "[actors]") {
  CHECK(found("He told us about the jordan river and iraq.", "en") == "");
  CHECK(found("The US and the EU agreed.", "en") == "[US=united-states][EU=european-union]");
  CHECK(found("Ap and Afp are not acronyms here.", "en") == "");
}

TEST_CASE("a --lexicon adds actors and names", "[actors]") {
  ActorRecognizer r;
  r.add_lexicon(Json::parse(R"({"actors": [{"id": "tariq-al-shammari", "kind": "person",
      "labels": {"en": "Tariq al-Shammari", "ar": "طارق الشمري"}, "names": ["الشمري"]},
      {"id": "iraq", "names": ["بلاد الرافدين"]}]})"), "test.json");
  std::string got;
  for (const auto& m : r.find("قال المحلل السياسي طارق الشمري إن بلاد الرافدين", "ar")) got += "[" + m.text + "=" + m.actor + "]";
  CHECK(got == "[طارق الشمري=tariq-al-shammari][بلاد الرافدين=iraq]");
  CHECK(r.actor("tariq-al-shammari").kind == ActorKind::person);
  CHECK(r.actor("iraq").labels.at("ar") == "العراق");
  CHECK_THROWS_WITH(r.add_lexicon(Json::parse(R"({"actors": [{"id": "x", "kind": "alien"}]})"), "bad.json"),
                    "bad.json: unknown actor kind 'alien'");
}

TEST_CASE("mention spans lie inside the text on code-point boundaries", "[actors][fuzz]") {
  std::mt19937 rng(5);
  const std::u32string alphabet = U" وبالعراق الولايات المتحدة داعش Iraq US the Islamic State العراقيين ،.";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 50);
    for (int k = 0; k < len; ++k) append_utf8(text, rng() % 6 == 0 ? static_cast<char32_t>(0x20 + rng() % 0x600) : alphabet[rng() % alphabet.size()]);
    if (find_invalid_utf8(text)) continue;
    const std::size_t n = count_code_points(text);
    std::size_t previous = 0;
    for (const auto& m : actor_recognizer().find(text, "ar")) {
      REQUIRE(m.span.begin < m.span.end);
      REQUIRE(m.span.end <= n);
      REQUIRE(m.span.begin >= previous);
      previous = m.span.end;
      CHECK(m.text == std::string(substr_code_points(text, m.span.begin, m.span.end)));
    }
  }
}
