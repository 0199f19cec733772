#include "chronograph/actors/recognizer.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>

#include <unicode/dtfmtsym.h>
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/translit.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include "../text/phrases.hpp"
#include "arabic_latin.hpp"
#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

// What a single word (in matching form) is to the name patterns; one lookup per word and proclitic variant.
enum WordFlag : std::uint32_t {
  kGiven = 1,        // a given name: starts a person's name
  kStop = 2,         // a function word or reporting verb: ends a name
  kGeneric = 4,      // a generic noun, month or weekday: never a name
  kParticle = 8,     // عبد، أبو، بن …: the next word belongs to the name
  kOrgHead = 16,     // وزارة، حزب …: an organisation's name follows
  kGroupHead = 32,   // the organisation is an armed or political group
  kMediaHead = 64,   // صحيفة، قناة …: the words after it are the name on its own too
  kPlaceHead = 128,  // مدينة، محافظة …: a place's name follows
  kOrgSuffix = 256,  // Inc., Ministry, Party …: ends an English organisation name
  kGroupSuffix = 512,
  kNameFirst = 1024,  // some lexicon name starts with this word
  kTitleFirst = 2048,  // some title starts with this word
  kReport = 4096,      // قال، وأضاف …: a reporting verb, often followed by the speaker's name
  kCompound = 8192,    // الدين، الإسلام: the second word of a compound given name (كمال الدين)
  kInstitutionHead = 16384,  // وكالة، شركة، جامعة …: a media head whose name keeps it before a common noun
  kOneNounHead = 32768,      // وزارة، حزب، مجلس: one noun with the article after it names an organisation
  kPlaceContext = 65536,     // منطقة، قضاء: a place's name follows, but the word starts no place pattern
  kGivenTaMarbuta = 131072,  // a given name written with ة (نادية): in matching form ه, like a noun with the pronoun
  kNamedAfter = 262144,      // سجن، مسجد، شارع …: a person's name right after it names the building, not the person
  kDivine = 524288,          // السلام، الإله، القادر …: a name of God after عبد (عبد السلام): a given name of two words
  kDescribing = 1048576,     // الرسمية، المحلية …: after an organisation head and its noun, the phrase describes
  kIdiomFirst = 2097152,     // some idiom starts with this word (مسقط رأسه "his birthplace"): no name inside it
  kGivenBareAlef = 4194304,  // a given name written with ا and no أ إ آ (تامر): a word the text writes with one is not it
  kAnyNameAfter = 8388608    // شارع، مطار، دوري …: after it any given name or عبد … names the thing, title or none
};

// How a short Arabic word writes its alefs: two bits per letter (0 none, 1 bare ا, 2 with hamza or madda: أ إ آ),
// the marks the matching form drops skipped, the letter count in the top bits; 0 for a word of more than three letters. In the
// matching form أ and ا are one letter, so a short lexicon name would match a common word spelled with the other
// (وام the agency, وأم "and a mother"; أبل the company, وابل "a barrage").
static std::uint16_t short_alef_spelling(std::string_view word) {
  std::uint16_t bits = 0, letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = decode_utf8(word, i);
    if (is_arabic_mark(c)) continue;
    if (++letters > 3) return 0;
    const unsigned kind = c == 0x0627 ? 1 : (c == 0x0623 || c == 0x0625 || c == 0x0622) ? 2 : 0;
    bits = static_cast<std::uint16_t>(bits | (kind << (2 * (letters - 1))));
  }
  return static_cast<std::uint16_t>(bits | (letters << 8));
}

struct ActorRecognizer::Tables {
  struct Name {
    std::size_t entry;
    bool acronym;  // written in capitals: the text must be too
    bool latin;    // a Latin-script name: English case rules apply
    bool adjective = false;  // a nisba or demonym
    bool ta_marbuta = false;    // one Arabic word written with ة: the text's ه is another word (حديثه "his talk", not حديثة)
    bool context_only = false;  // a name that is also a common word: only right after a place head (منطقة عسير)
    bool article = false;       // the name's first word has the article (السيسي) — one without it (مبارك، مشهد)
                                // does not match a word with it (المبارك "the blessed", المشهد "the scene")
    std::uint16_t alefs = 0;    // a one-word Arabic name of three letters at most: short_alef_spelling, which the
                                // text's word must share
  };
  PhraseTable<Name> names;
  std::unordered_set<std::string> blocked;  // names (tokens joined by spaces) that are common words first: مالي
  PhraseTable<std::string> titles;              // title -> role (English)
  PhraseTable<bool> idioms;                      // common expressions that start with a name (مسقط رأسه)
  PhraseTable<bool> regnal;                      // الثاني، الثامن، الثانية …: a ruler's number after the name
  PhraseTable<ActorKind> org_prefixes;          // "Ministry of" …
  WordFlags<std::uint32_t> words{16};  // a Bloom filter of 8 KiB in front: most tokens are in no list
  void mark(std::string_view word, std::uint32_t flag) { words.mark(word, flag); }
  // ICU's Arabic-Latin romanisation, for the fallback English label of names the lexicons do not know.
  // Transliterators are not thread-safe; names to romanise are rare (once per new name), so a lock is enough.
  std::unique_ptr<ArabicLatin> romaniser;  // made on first use, under romaniser_lock
  const icu::Normalizer2* nfd = nullptr;
  mutable std::mutex romaniser_lock;
  mutable std::unordered_map<std::string, std::string> romanised;  // a cache: names recur across documents
  // The Latin form of each word: the words of new names (محمد، عبد) recur far more often than the names. ICU's
  // Arabic-Latin rules do not look across a space (checked on 200,000 three-word runs of SaudiNewsNet: a whole
  // run and its words one at a time gave the same output every time).
  mutable std::unordered_map<std::string, std::string> romanised_words;  // and of their words

  std::uint32_t flags(std::string_view word) const { return words.get(word); }
  std::uint32_t flags(std::string_view word, std::uint64_t hash) const { return words.get(word, hash); }
};

namespace {

std::string utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

bool is_acronym(const std::string& name) {
  int letters = 0;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool is_latin(std::string_view name) {
  for (char c : name)
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  return false;
}

bool is_arabic_word(std::string_view w) { return !w.empty() && (static_cast<unsigned char>(w[0]) & 0xF0) == 0xD0; }

// Arabic letters are two bytes in UTF-8 (matching form: no presentation forms).
bool starts_with(std::string_view w, std::string_view prefix) {
  return w.size() >= prefix.size() && same_bytes(w.substr(0, prefix.size()), prefix);  // inline: called for most words
}
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
// Words of names and heads the patterns compare directly (matching form).
constexpr std::string_view kAal = "\xD8\xA7\xD9\x84";                               // آل (as a word of its own)
constexpr std::string_view kBin = "\xD8\xA8\xD9\x86";                               // بن
constexpr std::string_view kIbn = "\xD8\xA7\xD8\xA8\xD9\x86";                       // ابن
constexpr std::string_view kAbd = "\xD8\xB9\xD8\xA8\xD8\xAF";                       // عبد
// A weak letter (ا و ي) as one letter of a word in matching form.
bool weak_letter(std::string_view l) { return l == "\xD8\xA7" || l == "\xD9\x88" || l == "\xD9\x8A"; }
constexpr std::string_view kUniversity = "\xD8\xAC\xD8\xA7\xD9\x85\xD8\xB9\xD9\x87";  // جامعه
// The case forms of أبو (father of) that begin a kunya: أبو سياف، أبي سياف، أبا سياف are one name.
constexpr std::string_view kKunya[] = {"\xD8\xA7\xD8\xA8\xD9\x88", "\xD8\xA7\xD8\xA8\xD9\x8A", "\xD8\xA7\xD8\xA8\xD8\xA7"};
bool is_kunya(std::string_view w) {
  // Asked of most words: the size first, then a fixed-size comparison the compiler does in place.
  if (w.size() != kKunya[0].size()) return false;
  for (std::string_view k : kKunya)
    if (std::memcmp(w.data(), k.data(), k.size()) == 0) return true;
  return false;
}

// The conjunction و or ف glued on a word (matching form).
bool starts_with_conjunction(std::string_view w) { return starts_with(w, "\xD9\x88") || starts_with(w, "\xD9\x81"); }

// A kunya with و or ف glued on (وأبو محمد المقدسي): the kunya without it, else an empty view.
std::string_view glued_kunya(std::string_view w) {
  if (w.size() != kKunya[0].size() + 2 || !starts_with_conjunction(w)) return {};
  return is_kunya(w.substr(2)) ? w.substr(2) : std::string_view();
}

// A verbal noun of the افتعال or انفعال form (ابتداء، انتهاء، انهيار): six letters, ا first and fifth, ت third or ن
// second.
bool ifti3al_noun(std::string_view w) {
  return w.size() == 12 && starts_with(w, "\xD8\xA7") && w.substr(8, 2) == "\xD8\xA7" &&
         (w.substr(4, 2) == "\xD8\xAA" || w.substr(2, 2) == "\xD9\x86");
}

// Whether a word is written with أ, إ or آ.
bool has_hamza_alef(std::string_view w) {
  return w.find("\xD8\xA3") != std::string_view::npos || w.find("\xD8\xA5") != std::string_view::npos ||
         w.find("\xD8\xA2") != std::string_view::npos;
}

bool has_article(std::string_view w) { return starts_with(w, kArticle) && w.size() >= 10; }

// An imperfect verb (يشرف، تعهدت، نعمل): a name does not go on through it.
bool verb_like(std::string_view w) {
  if (w.size() >= 6 && starts_with(w, "\xD9\x8A")) return true;                                    // ي
  if (w.size() >= 8 && starts_with(w, "\xD8\xAA") && !starts_with(w, "\xD8\xAA\xD8\xB4")) return true;  // ت, not تش
  return w.size() >= 8 && starts_with(w, "\xD8\xB3") &&
         (starts_with(w.substr(2), "\xD9\x8A") || starts_with(w.substr(2), "\xD8\xAA") || starts_with(w.substr(2), "\xD9\x86"));  // سي ست سن
}

// A word shaped like an imperfect verb (ت or ي first) that is a foreign surname when it follows a given name: ي, و
// or ا as its second letter (تيفيز، تايلور، توماس، يونكر), five letters or more, and not shaped like the verbs and
// verbal nouns such words also are — تفاعل (تواصل، توافق: ا third), تفعيل (توقيع: ي fourth of five) and the
// four-letter تفعّل/تفاعل (توفي، توصل، تابع).
bool foreign_surname_shape(std::string_view w) {
  if (w.size() < 10 || w.size() % 2 || !(starts_with(w, "\xD8\xAA") || starts_with(w, "\xD9\x8A"))) return false;  // ت ي
  const std::string_view second = w.substr(2, 2), third = w.substr(4, 2);
  if (second == "\xD9\x8A") return true;  // تي، يي
  if (second != "\xD9\x88" && second != "\xD8\xA7") return false;
  return third != "\xD8\xA7" && !(w.size() == 10 && w.substr(6, 2) == "\xD9\x8A");
}

// An indefinite adjective of number, size, age or reach (جديدة، أخرى، كبيرة، صغيرة، واحدة، مشترك، مستقل، عالمية، دولية):
// after an organisation head, or after a head and one noun ("شركة شاي صغيرة", a small tea company), it says which
// one; it names none.
bool which_one(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kWhichOne = {
      "\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x83", "\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x83\xD9\x87",  // مشترك مشتركه
      "\xD9\x85\xD8\xB3\xD8\xAA\xD9\x82\xD9\x84", "\xD9\x85\xD8\xB3\xD8\xAA\xD9\x82\xD9\x84\xD9\x87",  // مستقل مستقله
      "\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A", "\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x87",  // عالمي عالميه
      "\xD8\xAF\xD9\x88\xD9\x84\xD9\x8A", "\xD8\xAF\xD9\x88\xD9\x84\xD9\x8A\xD9\x87",                  // دولي دوليه
      "\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF", "\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF\xD9\x87",  // جديد جديده
      "\xD8\xA7\xD8\xAE\xD8\xB1\xD9\x8A", "\xD8\xA7\xD8\xAE\xD8\xB1",                      // اخري اخر
      "\xD9\x83\xD8\xA8\xD9\x8A\xD8\xB1", "\xD9\x83\xD8\xA8\xD9\x8A\xD8\xB1\xD9\x87",  // كبير كبيره
      "\xD8\xB5\xD8\xBA\xD9\x8A\xD8\xB1", "\xD8\xB5\xD8\xBA\xD9\x8A\xD8\xB1\xD9\x87",  // صغير صغيره
      "\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF", "\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF\xD9\x87"}; // واحد واحده
  return std::find(kWhichOne.begin(), kWhichOne.end(), w) != kWhichOne.end();
}

// Arabic nisba forms of a one-word country name: العراق -> عراقي، العراقي، العراقية، العراقيون، العراقيين …
std::vector<std::string> nisba_forms(const std::string& name) {
  std::u32string w;
  for (std::size_t i = 0; i < name.size();) w += decode_utf8(name, i);
  if (w.find(U' ') != std::u32string::npos || w.size() < 3) return {};
  if (w.size() > 2 && w[0] == U'\u0627' && w[1] == U'\u0644') w = w.substr(2);  // the article
  if (!w.empty() && w.back() == U'\u0627') w.pop_back();                         // سوريا -> سوري
  if (w.empty()) return {};
  std::u32string base = w;
  if (base.back() != U'\u064A') base += U'\u064A';
  std::vector<std::string> out;
  for (const std::u32string suffix : {U"", U"\u0629", U"\u0648\u0646", U"\u064A\u0646", U"\u0627\u062A"})
    for (const std::u32string article : {U"", U"\u0627\u0644"}) {
      std::string form;
      for (char32_t c : article + base + suffix) append_utf8(form, c);
      out.push_back(form);
    }
  return out;
}

ActorKind kind_of(const std::string& s) {
  auto k = actor_kind_from_string(s);
  if (!k) throw Error("unknown actor kind '" + s + "'");
  return *k;
}

// The first token of a phrase in matching form ("" for none).
std::string first_token(const std::string& phrase) {
  auto tokens = phrase_tokens(phrase);
  return tokens.empty() ? std::string() : tokens[0];
}

}  // namespace

ActorRecognizer::ActorRecognizer() : tables_(std::make_unique<Tables>()) {
  // Countries and territories, named by CLDR in English and Arabic; then the continents (UN M.49 regions).
  const icu::Locale en("en"), ar("ar");
  std::map<std::string, std::string> country_ids;  // ISO code -> id
  std::vector<Json> word_data;
  for (const char* lang : {"ar", "en"}) {
    word_data.push_back(Json::parse(embedded_file(std::string("actors/") + lang + ".json")));
    for (const auto& name : word_data.back().value("blocked_names", Json::array())) {
      std::string key;
      for (const auto& t : phrase_tokens(name.get<std::string>())) key += (key.empty() ? "" : " ") + t;
      tables_->blocked.insert(key);
    }
  }
  // CLDR's short names too ("Hong Kong", "فلسطين", "UK"), and names without their qualifier ("Congo - Kinshasa",
  // "ميانمار (بورما)").
  UDisplayContext short_names[] = {UDISPCTX_LENGTH_SHORT};
  std::unique_ptr<icu::LocaleDisplayNames> short_en(icu::LocaleDisplayNames::createInstance(en, short_names, 1));
  std::unique_ptr<icu::LocaleDisplayNames> short_ar(icu::LocaleDisplayNames::createInstance(ar, short_names, 1));
  auto add_region = [&](const char* code, ActorKind kind) {
    const icu::Locale region("", code);
    icu::UnicodeString name_en, name_ar, brief_en, brief_ar;
    region.getDisplayCountry(en, name_en);
    region.getDisplayCountry(ar, name_ar);
    short_en->regionDisplayName(code, brief_en);
    short_ar->regionDisplayName(code, brief_ar);
    ActorEntry e;
    e.labels["en"] = utf8(name_en);
    e.labels["ar"] = utf8(name_ar);
    e.id = actor_id_for_name(e.labels["en"]);
    e.kind = kind;
    if (e.id.empty() || e.labels["en"] == code || by_id_.count(e.id)) return;
    country_ids[code] = e.id;
    const std::size_t at = add_entry(e);
    for (const std::string& name : {e.labels["en"], e.labels["ar"], utf8(brief_en), utf8(brief_ar)}) {
      add_name(at, name);
      for (const char* qualifier : {" - ", " ("})
        if (auto cut = name.find(qualifier); cut != std::string::npos && cut > 0) add_name(at, name.substr(0, cut));
    }
    if (kind == ActorKind::country)
      for (const auto& form : nisba_forms(e.labels["ar"])) add_name(at, form, true);
  };
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) add_region(*code, ActorKind::country);
  for (const char* code : {"002", "019", "142", "150", "009", "005", "021", "013", "029", "145"})
    add_region(code, ActorKind::location);

  for (std::size_t l = 0; l < word_data.size(); ++l) {
    const Json& data = word_data[l];
    const char* lang = l == 0 ? "ar" : "en";
    for (const char* key : {"country_aliases", "demonyms"})  // a name before an adjective spelled the same (السعودية)
      for (const auto& [name, id] : data.at(key).items()) {
        auto it = by_id_.find(id.get<std::string>());
        if (it == by_id_.end()) throw Error("actors/" + std::string(lang) + ".json: no country '" + id.get<std::string>() + "'");
        const bool demonym = std::string(key) == "demonyms";
        add_name(it->second, name, demonym);
        if (demonym && std::string(lang) == "ar")
          for (const auto& form : nisba_forms(name)) add_name(it->second, form, true);
      }
  }
  add_lexicon(Json::parse(embedded_file("actors/organizations.json")), "actors/organizations.json");
  add_lexicon(Json::parse(embedded_file("actors/places.json")), "actors/places.json");
  add_lexicon(Json::parse(embedded_file("actors/people.json")), "actors/people.json");
  add_exemplar_cities(country_ids);
  for (const auto& data : word_data) add_word_data(data);

  IcuError status("getting the NFD normaliser");
  tables_->nfd = icu::Normalizer2::getNFDInstance(status);
  status.assertSuccess();
  // The transliterator is made by the first romanisation: building ICU's transliterator registry is a fixed cost
  // (about a third of a Reuters file's instructions) that English text never needs.
}

ActorRecognizer::~ActorRecognizer() = default;

// Cities as CLDR names them in English and Arabic (the exemplar city of each time zone), with their country.
void ActorRecognizer::add_exemplar_cities(const std::map<std::string, std::string>& country_ids) {
  IcuError status("reading CLDR's exemplar cities");
  std::unique_ptr<icu::TimeZoneNames> names_en(icu::TimeZoneNames::createInstance(icu::Locale("en"), status));
  std::unique_ptr<icu::TimeZoneNames> names_ar(icu::TimeZoneNames::createInstance(icu::Locale("ar"), status));
  std::unique_ptr<icu::StringEnumeration> zones(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  status.assertSuccess();
  while (const icu::UnicodeString* zone = zones->snext(status)) {
    if (zone->startsWith(u"Antarctica/")) continue;  // research stations: Troll, Casey, Davis …
    icu::UnicodeString city_en, city_ar;
    names_en->getExemplarLocationName(*zone, city_en);
    names_ar->getExemplarLocationName(*zone, city_ar);
    if (city_en.isEmpty()) continue;
    ActorEntry e;
    e.labels["en"] = utf8(city_en);
    if (city_ar.countChar32() >= 4) e.labels["ar"] = utf8(city_ar);  // short ones are words first (ترك)
    e.id = actor_id_for_name(e.labels["en"]);
    e.kind = ActorKind::location;
    if (e.id.empty() || by_id_.count(e.id)) continue;
    char region[8] = {};
    UErrorCode region_status = U_ZERO_ERROR;
    icu::TimeZone::getRegion(*zone, region, sizeof region, region_status);
    if (U_SUCCESS(region_status))
      if (auto it = country_ids.find(region); it != country_ids.end()) e.attributes["affiliation"] = it->second;
    const std::size_t at = add_entry(std::move(e));
    for (const auto& [lang, label] : entries_[at].labels) add_name(at, label);
  }
}

std::size_t ActorRecognizer::add_entry(ActorEntry e) {
  by_id_[e.id] = entries_.size();
  entries_.push_back(std::move(e));
  return entries_.size() - 1;
}

// The words of src/actors/lang/<lang>.json the name patterns use.
void ActorRecognizer::add_word_data(const Json& data) {
  auto mark = [&](const std::string& word, std::uint32_t flag) {
    const std::string key = first_token(word);
    if (!key.empty()) tables_->mark(key, flag);
  };
  static const std::pair<const char*, std::uint32_t> kLists[] = {
      {"given_names", kGiven},          {"stopwords", kStop},           {"generic", kGeneric},
      {"name_particles", kParticle},    {"place_heads", kPlaceHead},    {"media_heads", kMediaHead},
      {"reporting_verbs", kReport},     {"compound_names", kCompound},  {"institution_heads", kInstitutionHead},
      {"one_noun_heads", kOneNounHead}, {"place_context", kPlaceContext},
      {"named_after_heads", kNamedAfter}, {"divine_names", kDivine}, {"describing_adjectives", kDescribing},
      {"named_after_any_name", kAnyNameAfter}};
  for (const auto& [key, flag] : kLists)
    if (data.contains(key))
      for (const auto& w : data.at(key)) mark(w.get<std::string>(), flag);
  // "ناديه" in the text is نادي + ه ("his club"), not نادية: given names written with ة are marked.
  if (data.contains("given_names"))
    for (const auto& w : data.at("given_names")) {
      const std::string& name = w.get_ref<const std::string&>();
      if (name.ends_with("\xD8\xA9")) mark(name, kGivenTaMarbuta);
      if (name.find("\xD8\xA7") != std::string::npos && !has_hamza_alef(name)) mark(name, kGivenBareAlef);
    }
  if (data.contains("idioms"))
    for (const auto& w : data.at("idioms")) {
      auto tokens = phrase_tokens(w.get<std::string>());
      if (tokens.empty()) continue;
      tables_->idioms.add(tokens, true);
      tables_->mark(tokens[0], kIdiomFirst);
    }
  if (data.contains("regnal_ordinals"))
    for (const auto& w : data.at("regnal_ordinals")) tables_->regnal.add(phrase_tokens(w.get<std::string>()), true);
  if (data.contains("titles"))
    for (const auto& [title, role] : data.at("titles").items()) {
      auto tokens = phrase_tokens(title);
      if (tokens.empty()) continue;
      tables_->titles.add(tokens, role.get<std::string>());
      tables_->mark(tokens[0], kTitleFirst);
    }
  if (data.contains("organization_heads"))
    for (const auto& [head, kind] : data.at("organization_heads").items())
      mark(head, kOrgHead | (kind == "group" ? std::uint32_t{kGroupHead} : 0u));
  if (data.contains("organization_suffixes"))
    for (const auto& [suffix, kind] : data.at("organization_suffixes").items())
      mark(suffix, kind == "group" ? std::uint32_t{kGroupSuffix} : std::uint32_t{kOrgSuffix});
  if (data.contains("organization_prefixes"))
    for (const auto& [prefix, kind] : data.at("organization_prefixes").items())
      tables_->org_prefixes.add(phrase_tokens(prefix), kind_of(kind.get<std::string>()));
  // Month and weekday names are never actors (ICU's names, in every form the temporal stage knows).
  for (const char* locale : {"en", "ar", "ar_IQ", "ar_SY", "ar_DZ", "ar_TN", "ar_MA"}) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(locale), status);
    if (U_FAILURE(status)) continue;
    int32_t n = 0;
    const icu::UnicodeString* months = symbols.getMonths(n);
    for (int32_t i = 0; i < n; ++i) mark(utf8(months[i]), kGeneric);
    const icu::UnicodeString* days = symbols.getWeekdays(n);
    for (int32_t i = 0; i < n; ++i) mark(utf8(days[i]), kGeneric);
  }
}

void ActorRecognizer::add_name(std::size_t entry, const std::string& name, bool adjective, bool context_only) {
  const auto tokens = phrase_tokens(name);
  if (tokens.empty()) return;
  if (!tables_->blocked.empty()) {
    std::string key;
    for (const auto& t : tokens) key += (key.empty() ? "" : " ") + t;
    if (tables_->blocked.count(key)) return;
  }
  entries_[entry].names.push_back(name);
  const bool ta_marbuta = tokens.size() == 1 && !adjective && name.ends_with("\xD8\xA9");
  const bool article = adjective || (tokens[0].size() >= 6 && tokens[0].compare(0, 4, kArticle) == 0);
  const std::uint16_t alefs = tokens.size() == 1 && !is_latin(name) && !adjective ? short_alef_spelling(name) : 0;
  tables_->names.add(tokens, Tables::Name{entry, is_acronym(name), is_latin(name), adjective, ta_marbuta, context_only, article, alefs});
  tables_->mark(tokens[0], kNameFirst);
  // عبد and the name of God after it are written apart and together alike: "عبد الفتاح السيسي", "عبدالفتاح السيسي".
  std::vector<std::string> joined;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k] == kAbd && k + 1 < tokens.size()) {
      joined.push_back(tokens[k] + tokens[k + 1]);
      ++k;
    } else {
      joined.push_back(tokens[k]);
    }
  }
  if (joined.size() < tokens.size()) {
    // The joined spelling starts with the article when the name does (الملك عبدالله …), unless عبد itself came first.
    const bool joined_article = adjective || (tokens[0] != kAbd && article);
    tables_->names.add(joined, Tables::Name{entry, false, false, adjective, false, context_only, joined_article});
    tables_->mark(joined[0], kNameFirst);
  }
}

void ActorRecognizer::add_lexicon(const Json& lexicon, const std::string& source) {
  try {
    for (const auto& a : lexicon.at("actors")) {
      const std::string id = a.at("id").get<std::string>();
      auto [it, inserted] = by_id_.emplace(id, entries_.size());
      if (inserted) {
        ActorEntry e;
        e.id = id;
        entries_.push_back(e);
      }
      ActorEntry& e = entries_[it->second];
      if (a.contains("kind")) e.kind = kind_of(a.at("kind").get<std::string>());
      for (const char* key : {"country", "affiliation"})
        if (a.contains(key)) e.attributes["affiliation"] = a.at(key).get<std::string>();
      if (a.contains("role")) e.attributes["role"] = a.at("role").get<std::string>();
      const Json labels = a.value("labels", Json::object()), names = a.value("names", Json::array());  // named: no dangling items()
      // "context_names": names that are common words too (الخبر "the news", دوما "always"): matched only right after
      // a place head; a label among them is matched the same way.
      std::set<std::string> in_context;
      for (const auto& n : a.value("context_names", Json::array())) in_context.insert(n.get<std::string>());
      for (const auto& [lang, label] : labels.items()) {
        entries_[it->second].labels[lang] = label.get<std::string>();
        add_name(it->second, label.get<std::string>(), false, in_context.count(label.get<std::string>()) > 0);
      }
      for (const auto& n : names) add_name(it->second, n.get<std::string>());
      for (const auto& n : in_context) add_name(it->second, n, false, true);
    }
  } catch (const Json::exception& e) {
    throw Error(std::string("bad lexicon: ") + e.what(), source);
  } catch (const Error& e) {
    throw Error(e.message(), source);
  }
}

void ActorRecognizer::add_lexicon_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error("cannot open lexicon", path);
  std::stringstream s;
  s << in.rdbuf();
  Json j;
  try {
    j = Json::parse(s.str());
  } catch (const Json::exception&) {
    throw Error("malformed JSON in lexicon", path);
  }
  add_lexicon(j, path);
}

// One document's pass: lexicon names, then the patterns, then the short forms of the people found.
class ActorPass {
 public:
  ActorPass(const ActorRecognizer& r, std::string_view text, const TokenizedText& tokenized, const std::vector<Timex>* timexes)
      : r_(r), t_(*r.tables_), text_(text), tokens_(tokenized.tokens), byte_of_(tokenized.byte_of) {
    if (timexes && !timexes->empty()) {  // the tokens inside a temporal expression, found from the expressions (few)
      in_timex_.assign(tokens_.size(), false);
      for (const Timex& t : *timexes) {
        auto k = std::lower_bound(tokens_.begin(), tokens_.end(), t.span.begin,
                                  [](const PhraseToken& tok, std::size_t at) { return tok.begin < at; });
        for (; k != tokens_.end() && k->end <= t.span.end; ++k) in_timex_[static_cast<std::size_t>(k - tokens_.begin())] = true;
      }
    }
    flags_.resize(tokens_.size(), 0);
    own_.resize(tokens_.size(), 0);
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const auto& tok = tokens_[i];
      own_[i] = t_.flags(tok.text, tok.hash);
      if (tok.kind != PhraseToken::Kind::word) continue;
      flags_[i] = own_[i];
      // The first variant is the word itself, looked up just above.
      for (std::size_t k = 1; k < tok.variants.size(); ++k) flags_[i] |= t_.flags(tok.variants[k].first, tok.variants.hash(k));
    }
  }

  ActorAnalysis run() {
    for (std::size_t i = 0; i < tokens_.size();) i = step(i);
    resolve_short_forms();
    ActorAnalysis out;
    std::sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.begin < b.begin; });
    for (const auto& f : found_) {
      const Local& a = actors_[f.actor];
      Mention m;
      m.span = {f.begin, f.end};
      m.text = std::string(slice(f.begin, f.end));
      m.actor = a.actor.id;
      m.kind = a.actor.kind;
      if (f.adjective) m.form = "adjective";
      out.mentions.push_back(std::move(m));
    }
    for (auto& a : actors_) {
      // A name only weak patterns found, fewer than three times, is a mention but not yet an actor for the graph.
      if (!a.strong && (a.mentions < 3 || a.single_word)) a.actor.attributes["confidence"] = "low";
      out.actors.push_back(std::move(a.actor));
    }
    std::sort(out.actors.begin(), out.actors.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
    return out;
  }

 private:
  struct Found {
    std::size_t begin, end;  // code points
    std::size_t actor;       // index in actors_
    bool adjective = false;
  };
  struct Local {
    Actor actor;
    bool strong = false;  // a lexicon entry, or a name pattern with good evidence
    int mentions = 0;
    bool single_word = false;  // a one-word name from a pattern: repetition does not make it an actor
  };

  const ActorRecognizer& r_;
  const ActorRecognizer::Tables& t_;
  std::string_view text_;
  const std::vector<PhraseToken>& tokens_;
  std::vector<std::uint32_t> flags_;  // the word's flags over its proclitic variants
  std::vector<std::uint32_t> own_;    // the word's own flags (see own())
  std::vector<bool> in_timex_;        // inside a temporal expression (empty: none given)
  std::vector<Found> found_;
  std::vector<Local> actors_;
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> by_id_;  // looked up, never walked
  PhraseTable<std::size_t> short_forms_;  // the names of this document's people, full and short
  std::unordered_set<std::string> one_word_forms_;  // its one-word entries as written (with or without the article)
  std::vector<bool> covered_;

  const std::vector<std::size_t>& byte_of_;  // code point -> byte offset in the text

  // The text's code points [begin, end).
  std::string_view slice(std::size_t begin, std::size_t end) const {
    return text_.substr(byte_of_[begin], byte_of_[end] - byte_of_[begin]);
  }

  // Token i as the text writes it (with the ى, hamzas and tanween its matching form drops).
  std::string_view as_written(std::size_t i) const { return slice(tokens_[i].begin, tokens_[i].end); }

  bool slice_has_alef_maqsura(std::size_t i) const {
    return as_written(i).find("\xD9\x89") != std::string_view::npos;  // ى
  }

  bool word(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == PhraseToken::Kind::word; }
  [[gnu::always_inline]] bool latin(std::size_t i) const { return word(i) && !is_arabic_word(tokens_[i].text); }
  bool is(std::size_t i, std::uint32_t flag) const { return i < tokens_.size() && (flags_[i] & flag); }
  // The word's own flags, without proclitic variants (for words inside a name).
  std::uint32_t own(std::size_t i) const { return own_[i]; }
  bool in_timex(std::size_t i) const { return i < in_timex_.size() && in_timex_[i]; }
  // The flags of ال + w (a title is listed with the article: المدرب), built in a buffer on the stack.
  std::uint32_t flags_with_article(std::string_view w) const {
    char buffer[64];
    if (w.size() + kArticle.size() > sizeof buffer) return 0;
    std::memcpy(buffer, kArticle.data(), kArticle.size());
    std::memcpy(buffer + kArticle.size(), w.data(), w.size());
    return t_.flags(std::string_view(buffer, kArticle.size() + w.size()));
  }
  bool punct(std::size_t i, std::string_view p) const {
    return i < tokens_.size() && tokens_[i].kind == PhraseToken::Kind::punct && tokens_[i].text == p;
  }

  std::optional<PhraseTable<ActorRecognizer::Tables::Name>::Hit> lexicon_at(std::size_t i) const {
    if (!is(i, kNameFirst)) return std::nullopt;
    auto hit = t_.names.match(tokens_, i, true);
    if (hit && hit->value.latin && (!tokens_[i].capitalized || (hit->value.acronym && !tokens_[i].all_upper))) hit.reset();
    if (hit && hit->value.ta_marbuta && written_with_heh(i)) hit.reset();
    if (hit && hit->value.alefs && hit->length == 1) {
      // (Only when the text's word has as many letters: ل + ال drops an alef in writing.)
      const std::uint16_t written = short_alef_spelling(slice(tokens_[i].begin + hit->stripped, tokens_[i].end));
      if ((written >> 8) == (hit->value.alefs >> 8) && written != hit->value.alefs) hit.reset();
    }
    // Nor after ك ("like"), which a name rarely takes and which starts many verbs: كسرت (broke) is no Sirte, كسبها
    // (earned it) no Sabha. And a short name that starts with ل is not read in a word that starts with لل, which is
    // ل and the article: للحج is "for the Hajj", not Lahij (لليبيا is "to Libya").
    if (hit && hit->length == 1 && hit->stripped > 0 && !hit->value.latin) {
      const std::string_view name = without_proclitics(i, hit->stripped);
      if (starts_with(tokens_[i].text, "\xD9\x83") ||
          (starts_with(tokens_[i].text, "\xD9\x84\xD9\x84") && !hit->value.article && starts_with(name, "\xD9\x84") && name.size() <= 6))
        hit.reset();
    }
    // (Countries and companies take the article in some spellings: النيبال، البوينغ.)
    if (hit && !hit->value.latin && !hit->value.article && r_.entries_[hit->value.entry].kind != ActorKind::country &&
        r_.entries_[hit->value.entry].kind != ActorKind::organization &&
        has_article(without_proclitics(i, hit->stripped)))
      hit.reset();
    if (hit && hit->value.context_only && !(i > 0 && is(i - 1, kPlaceHead | kPlaceContext))) hit.reset();
    if (hit && someone_elses_name(i, *hit)) hit.reset();
    // A word written with tanween is no name (باكرًا "early" is not ب + Accra); an organisation's one-word name right
    // after a place head or context word is the place's ("محافظة قنا" is Qena, not the Qatar News Agency; "منطقة
    // الفاو" is Al-Faw, not the FAO).
    // So is one in the adjective's form (…ي with the article) after a noun with the article that is no head: "المجتمع
    // الأهلي" is civil society, not Al Ahly ("النادي الأهلي" is).
    if (hit && hit->length == 1 && !hit->value.latin) {
      const bool organization = r_.entries_[hit->value.entry].kind == ActorKind::organization;
      const bool after_place = i > 0 && is(i - 1, kPlaceHead | kPlaceContext);
      const bool adjective_form =
          hit->stripped == 0 && adjective_after_definite(i) && !is(i - 1, kOrgHead | kMediaHead | kPlaceHead | kTitleFirst);
      if (written_with_tanween(i) || (organization && (after_place || adjective_form))) hit.reset();
    }
    // A nisba that is a given name too, before بن, starts a genealogy: "تركي بن فهد المشيقح" (not "Turkish").
    if (hit && hit->length == 1 && hit->value.adjective && is(i, kGiven) && is_bin(i + 1)) hit.reset();
    return hit;
  }

  std::size_t local_actor(const ActorEntry& e) {
    auto [it, inserted] = by_id_.try_emplace(e.id, actors_.size());
    if (inserted) {
      Local l;
      l.actor = r_.actor(e.id);
      l.strong = true;
      actors_.push_back(std::move(l));
    }
    return it->second;
  }

  std::size_t new_actor(const std::string& name, ActorKind kind) {
    Actor a;
    a.kind = kind;
    if (is_latin(name)) {
      a.labels["en"] = name;
    } else {
      a.labels["ar"] = name;
      a.labels["en"] = romanise(name);
      a.attributes["label_source.en"] = "transliteration";
    }
    a.id = actor_id_for_name(a.labels["en"]);
    if (a.id.empty()) a.id = actor_id_for_name(name);
    // A known actor under the same id (the lexicon names it in another script) is that actor.
    if (const ActorEntry* e = r_.entry(a.id)) return local_actor(*e);
    auto [it, inserted] = by_id_.try_emplace(a.id, actors_.size());
    if (inserted) actors_.push_back(Local{std::move(a)});
    return it->second;
  }

  std::string romanise(const std::string& name) { return r_.romanise(name); }

  void add(std::size_t tb, std::size_t te, std::size_t stripped, std::size_t actor) {
    found_.push_back({tokens_[tb].begin + stripped, tokens_[te - 1].end, actor});
    ++actors_[actor].mentions;
    if (covered_.empty()) covered_.assign(tokens_.size(), false);
    for (std::size_t k = tb; k < te; ++k) covered_[k] = true;
  }

  // People are remembered by their full name and their last name for the rest of the document.
  void remember_person(std::size_t tb, std::size_t te, std::size_t actor) {
    std::vector<std::string> full;
    for (std::size_t k = tb; k < te; ++k) full.emplace_back(tokens_[k].text);
    if (!tokens_[tb].variants.empty())  // the first word without its proclitic
      for (const auto& [variant, stripped] : tokens_[tb].variants)
        if (t_.flags(variant) & (kGiven | kNameFirst)) full[0] = variant;
    if (const std::string_view k = glued_kunya(full[0]); !k.empty()) full[0] = std::string(k);
    if (te - tb == 1 && (own(tb) & (kStop | kGeneric))) return;
    short_forms_.add(full, actor);
    if (full.size() == 1) one_word_forms_.insert(full[0]);
    if (is_kunya(full[0]))
      for (std::string_view form : kKunya) {
        full[0] = std::string(form);
        short_forms_.add(full, actor);
      }
    // The family name alone, unless it belongs to a compound (عبد الله، أبو بكر، نور الدين) or is a common word.
    // (Arabic: four letters at least, or the article — a three-letter word after a name is a verb as often as a
    // surname: "كارميلو أنطوني سجل" would make every later سجل "scored" a mention of him.)
    const std::string_view family = tokens_[te - 1].text;
    const bool family_ok = !is_arabic_word(family) || family.size() >= 8 || has_article(family);
    if (te - tb >= 2 && word(te - 1) && family.size() >= 3 && family_ok && !(own(te - 2) & kParticle) &&
        !(own(te - 1) & (kStop | kGeneric | kParticle | kCompound | kTitleFirst | kOrgHead | kPlaceHead | kMediaHead)))
      short_forms_.add({std::string(tokens_[te - 1].text)}, actor), one_word_forms_.insert(std::string(tokens_[te - 1].text));
    // The given name alone (ليوناردو after ليوناردو دافنشي), when it is an Arabic-script word of four letters or
    // more: shorter ones are often common words too (علي is على in matching form). Tuned on ANERcorp dev: 0.727 -> 0.730.
    if (te - tb >= 2 && is_arabic_word(full[0]) && full[0].size() >= 8 && !(own(tb) & (kStop | kGeneric | kParticle | kTitleFirst)))
      short_forms_.add({full[0]}, actor), one_word_forms_.insert(full[0]);
  }

  // The words of a person's name starting at i; returns the end (i when there is none).
  // `introduced`: a title, reporting verb or nisba comes before, so a given name that is also a common word
  // (علي/على in matching form) is a name.
  std::size_t take_name(std::size_t i, bool need_two, bool introduced = false) const {
    return latin(i) ? take_latin_name(i, need_two) : take_arabic_name(i, need_two, introduced);
  }

  // Arabic name words: given names, kunyas (أبو …), patronymics (بن …) and a family name, which ends the name
  // when it carries the article (السوداني، آل ثاني). A word that cannot be part of a name ends it: function
  // words, generic nouns, titles, organisation heads, verbs (يشرف، ستزور), words with a conjunction or
  // preposition glued on (وشوهدت، لزيادة، للثقافة), feminine nouns (الزراعة) and plurals (الاستثمارات).
  bool arabic_name_word(std::size_t j, bool first, bool introduced, bool place = false) const {
    const std::uint32_t f = first ? flags_[j] : own(j);
    const std::string_view w = tokens_[j].text;
    // على and علي are one word in the matching form: the original's alef maqsura (ى) says which.
    if ((f & kGiven) && (own(j) & kStop) && slice_has_alef_maqsura(j)) return false;
    // منى and مني ("from me") the other way round: the name is written with ى.
    if (w == "\xD9\x85\xD9\x86\xD9\x8A" && !slice_has_alef_maqsura(j)) return false;
    // A given name that opens a title of two words or more ends the name: "… بدران أمين عام المجلس".
    if (!first && (f & kGiven) && (f & kTitleFirst))
      if (auto title = t_.titles.match(tokens_, j, false); title && title->length >= 2) return false;
    // (One that is also a common word, صالح "valid", only before بن: "محمد صالح بن طاهر بنتن".)
    if (f & kGiven) return introduced || !(own(j) & (kStop | kGeneric)) || (!first && is_bin(j + 1));
    // A word of a temporal expression ("… غوديك مساء أول من أمس") or a reporting verb ("أحمد صرح") ends the name.
    if (!first && (in_timex(j) || (f & kReport))) return false;
    if (f & (kStop | kGeneric | kOrgHead | kPlaceHead | kMediaHead | kNamedAfter | kDescribing)) return false;
    // A generic noun listed without the article, written with it after a name: "عمر الطفل" (the child's age). Not
    // a title's word, which family names take (كامل الوزير).
    if (!first && has_article(w) && w.size() >= 8 && (t_.flags(w.substr(4)) & (kGeneric | kTitleFirst)) == kGeneric)
      return false;
    if ((f & kTitleFirst) && t_.titles.match(tokens_, j, false)) return false;
    // An indefinite title word heading a construct ("كريستيان بينتيكي مهاجم أستون فيلا", "فتحي مبروك مدرب الأهلي"):
    // the word with the article is a title, and a word follows.
    if (!first && !has_article(w) && w.size() >= 6 && word(j + 1) && !(f & kParticle) &&
        (flags_with_article(w) & kTitleFirst))
      return false;
    if (f & (kParticle | kCompound)) return true;
    // ب or ك glued on a function word or generic noun of three letters or more after a name (بذلك، بهذا; not كاي
    // in شيانغ كاي شيك, nor بيكون, whose rest is the verb يكون), and ب on a verbal noun of the تفعيل/تفاعل forms
    // (بتوزيع، بتأميم; five letters at least after ب, so not بتلر).
    if (w.size() >= 8 && (starts_with(w, "\xD8\xA8") || starts_with(w, "\xD9\x83"))) {  // ب ك
      const std::string_view rest = w.substr(2);
      if (!first && !starts_with(rest, "\xD9\x8A") && common_word_or_title(rest))
        return false;  // … or on a title word: "ألفونسو كمهاجم صريح" (as a striker)
      if (starts_with(w, "\xD8\xA8") && rest.size() >= 10 && starts_with(rest, "\xD8\xAA")) return false;
      // … or of the فعول form (بخروج، بدخول، بوصول: four letters, و the third) after a name.
      if (!first && starts_with(w, "\xD8\xA8") && rest.size() == 8 && rest.substr(4, 2) == "\xD9\x88") return false;
      // … or on a verbal noun of the إفعال, انفعال, افتعال and استفعال forms after a name: "عبد العزيز بإصدار",
      // "بانهيار", "باستعدادات".
      if (starts_with(w, "\xD8\xA8") && starts_with(rest, "\xD8\xA7") &&  // (first too: "المقدم الخييلي بإطلاع")
          ((rest.size() == 10 && rest.substr(6, 2) == "\xD8\xA7") || ifti3al_noun(rest) ||
           (rest.size() >= 12 && starts_with(rest, "\xD8\xA7\xD8\xB3\xD8\xAA"))))
        return false;
    }
    // (Place names often start with ت or ي: تكريت، يثرب. And foreign surnames after a given name: كارلوس تيفيز.)
    if (verb_like(w) && !place && !(!first && j > 0 && (own(j - 1) & kGiven) && foreign_surname_shape(w))) return false;
    // A perfect verb of the أفعل/افتعل forms of a weak root, written with a final ى, after a name: "… أمضى",
    // "… اشترى", "… أجرى".
    if (!first && !place && w.size() >= 8 && starts_with(w, "\xD8\xA7") && !starts_with(w, kArticle) && w.ends_with("\xD9\x8A") &&
        slice_has_alef_maqsura(j))
      return false;
    // A perfect verb of the افتعل form (اعتقد، انتقد، اعترف: five letters, ا then a radical then ت) or of the انفعل
    // form (انسحب، انطلق), its radicals strong (not استون، انطون), after a name: "السلطان عبد الحميد اعتقد أن …".
    // (With a dual or plural suffix too, after a name: "ميشال فاضل اختصرا".)
    const bool verb_suffix = !first && (w.size() == 12 || w.size() == 14) &&
                             (w.ends_with("\xD8\xA7") || (w.size() == 14 && w.ends_with("\xD9\x88\xD8\xA7")));  // …ا، …وا
    if (!place && (w.size() == 10 || verb_suffix) && starts_with(w, "\xD8\xA7") && !starts_with(w, kArticle) && !(f & kGiven)) {
      const std::string_view r1 = w.substr(4, 2), r2 = w.substr(6, 2), r3 = w.substr(8, 2);
      if (r1 == "\xD8\xAA" && !weak_letter(w.substr(2, 2)) && !weak_letter(r2) && !weak_letter(r3))
        return false;  // ا?ت?? (not استون)
      if (w.substr(2, 2) == "\xD9\x86" && !weak_letter(r1) && !weak_letter(r2) && !weak_letter(r3)) return false;  // ان???
    }
    // A perfect verb of the استفعل form after a name: "خالد استمر في …", "… استقبل".
    if (!first && !place && w.size() >= 10 && starts_with(w, "\xD8\xA7\xD8\xB3\xD8\xAA")) return false;  // است
    // A verbal noun of the تفعيل form with the article after a name: "وجدد عباس التأكيد على" (not التميمي).
    if (!first && !place && w.size() == 14 && starts_with(w, kArticle) && w.substr(4, 2) == "\xD8\xAA" &&
        w.substr(10, 2) == "\xD9\x8A")  // ال ت ? ? ي ?
      return false;
    // A participle of the تفعّل/تفاعل forms after a name: "محمد مفتاح متذمر", "… متفائل" (a family name of that
    // shape ends in ي: متولي).
    if (!first && !place && w.size() >= 10 && starts_with(w, "\xD9\x85\xD8\xAA") && !w.ends_with("\xD9\x8A")) return false;  // مت
    // A participle's plural in a construct (م…و: ممثلو، مديرو، منفذو) after a name: "كامب ديفيد ممثلو دول".
    if (!first && !place && (w.size() == 10 || w.size() == 12) && starts_with(w, "\xD9\x85") && w.ends_with("\xD9\x88")) {
      const std::string_view second = w.substr(2, 2);
      // (Not ماركو, nor a given name with و: محمدو.)
      if (second != "\xD8\xA7" && second != "\xD9\x88" && second != "\xD9\x8A" && !(t_.flags(w.substr(0, w.size() - 2)) & kGiven))
        return false;
    }
    // ب or ل on a place or organisation head or context word after a name ("آمنة بقضاء الخالدية", "… بوزارة"): no
    // name word.
    if (!first && (starts_with(w, "\xD8\xA8") || starts_with(w, "\xD9\x84")) && w.size() >= 8) {
      const std::string_view rest = w.substr(2);
      if (t_.flags(rest) & (kPlaceHead | kPlaceContext | kOrgHead)) return false;
    }
    // … or on a place's name: "سعد بعدن" (in Aden).
    if (!first && !place && (starts_with(w, "\xD8\xA8") || starts_with(w, "\xD9\x84")) && w.size() >= 8)
      if (auto hit = lexicon_at(j); hit && hit->stripped > 0 && (r_.entries_[hit->value.entry].kind == ActorKind::location ||
                                                                 r_.entries_[hit->value.entry].kind == ActorKind::country))
        return false;
    for (std::string_view glued : {"\xD9\x84\xD9\x84", "\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x88\xD8\xA7\xD9\x84",
                                   "\xD9\x81\xD8\xA7\xD9\x84"})  // لل بال وال فال (not كال: كالديرون)
      if (starts_with(w, glued)) return false;
    // و ف ل glued on: not a name word; but after a given name a word of four letters or more starting with ف is a
    // surname more often than "and so" (بيل فريست، محمد فرحات).
    if (!first && (starts_with(w, "\xD9\x88") || starts_with(w, "\xD9\x84"))) return false;  // و ل
    if (!first && starts_with(w, "\xD9\x81") && !(w.size() >= 8 && j > 0 && (own(j - 1) & kGiven) && !has_article(w.substr(2))))
      return false;  // ف
    const bool article = has_article(w);
    // A nisba followed by الأصل says where the person comes from: "ماركو روبيو الكوبي الأصل".
    if (!first && article && word(j + 1) && tokens_[j + 1].text == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB5\xD9\x84") return false;
    auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix; };
    // ة (matching form ه) or the pronoun ه: الزراعة، قصيدته; but after a genealogy a family name may end in ة:
    // "عادل بن أحمد باناعمة".
    if (ends("\xD9\x87") && !(!first && !article && j >= 2 && is_bin(j - 2) && (flags_[j - 1] & kGiven) && !written_with_heh(j)))
      return false;
    // كبير heading a construct is "chief, senior" (كبير مسؤولي، كبير المستشارين; "لاعب كبير بحجم …"), not the
    // family name it is before a pause (عبد الباقي كبير،).
    if (w == "\xD9\x83\xD8\xA8\xD9\x8A\xD8\xB1" && word(j + 1) && !tokens_[j + 1].line_before && !(own(j + 1) & kStop))
      return false;
    // An indefinite accusative written with its tanween (خطيبًا، قادمًا): names never carry one.
    if (!first && written_with_tanween(j)) return false;
    // مديرا، موضحا، حاليا: accusative adverbs, not names; but after a name a foreign surname of five letters or more
    // may end in ا (خوان فليبي هيريرا، كوستا) when it is not a participle (م…) or a relative adjective (…يا). The
    // common adverbs of that shape (سابقا، تقريبا، أحيانا) are stop words.
    if (w.size() >= 8 && ends("\xD8\xA7") && !article &&
        (first || w.size() < 10 || starts_with(w, "\xD9\x85") || ends("\xD9\x8A\xD8\xA7") || accusative_shape(w)))
      return false;
    if (w.size() < 4 || (article && w.size() < 8)) return false;      // one letter, or the article and one letter
    // An indefinite plural in يات after a name ("… بن عبد العزيز برقيات تهنئة"; a surname in ات, بركات، has no ي),
    // or of a verbal noun that starts with ا ("… بن عبد العزيز اتصالات هاتفية").
    if (!first && !article && w.size() >= 10 && (ends("\xD9\x8A\xD8\xA7\xD8\xAA") || (starts_with(w, "\xD8\xA7") && ends("\xD8\xA7\xD8\xAA"))))
      return false;
    // A verbal noun of the افتعال or انفعال form after a name: "محمد مساعد ابتداء من …".
    // (With the article too: "قرر الشاه عباس الانسحاب".) And the إفعال verbal noun, a word that is no given name:
    // "أكد منصور إلغاء القرار".
    // (Nor as the first word after a title, the verb's object: "تقترح الباحثة إطلاق مصطلح", "… اتخاذ قرار"; the
    // إفعال noun only as the text writes it, with إ: أفعال plurals are names too, أعياد الطوفان.)
    if ((!first || introduced) && ifti3al_noun(article ? w.substr(4) : w) && !(f & kGiven)) return false;
    // … and its nisba after a name: "باتريك جاك اختصاصي سوق الديون" (a specialist).
    if (!first && !article && w.size() == 14 && w.ends_with("\xD9\x8A") && ifti3al_noun(w.substr(0, 12))) return false;
    if (first && introduced && !(f & kGiven) && !article && w.size() == 10 && w.substr(6, 2) == "\xD8\xA7" &&
        (as_written(j).starts_with("\xD8\xA5") || as_written(j).starts_with("\xD8\xA7\xD8\xAA")))  // إ??ا?, or اتّ?ا? (اتخاذ، اتفاق)
      return false;
    if (!first && !(f & kGiven)) {
      const std::string_view stem = article ? w.substr(4) : w;
      // ا??ا?: إفعال verbal nouns and أفعال plurals (أطفال، أحداث); not with و or ي second, as foreign names have it
      // (أوزال، أيكان، إيلام).
      const std::string_view second = stem.substr(2, 2);
      if (stem.size() == 10 && starts_with(stem, "\xD8\xA7") && stem.substr(6, 2) == "\xD8\xA7" && second != "\xD9\x88" &&
          second != "\xD9\x8A")
        return false;
      // (إلغاء، إلقاء: إل is no article when the text writes إ.)
      if (article && w.size() == 10 && w.substr(6, 2) == "\xD8\xA7" && as_written(j).starts_with("\xD8\xA5"))
        return false;
    }
    // ات ون ين: plurals; but not the family names of the فعيل shape (الحسين، الحصين: four letters, ي the third).
    const bool fa3il = w.size() == 12 && w.substr(8, 2) == "\xD9\x8A";
    if (article && (ends("\xD8\xA7\xD8\xAA") || ends("\xD9\x88\xD9\x86") || (ends("\xD9\x8A\xD9\x86") && !fa3il))) return false;
    return true;
  }

  // Shapes of accusative words that end in ا and are not foreign surnames: a pronoun suffix (نواياها، حياتها), the
  // participle فائل (قائلا), the verbal noun افتعال (اعتبارا، ارتعاشا), a title or common word with ا added
  // (رئيسا، زعيما).
  bool accusative_shape(std::string_view w) const {
    auto letter = [&](std::size_t k) { return w.substr(2 * k, 2); };
    const std::size_t n = w.size() / 2;
    const std::string_view alef = "\xD8\xA7";
    if (w.ends_with("\xD9\x87\xD8\xA7") || w.ends_with("\xD9\x88\xD8\xA7")) return true;                 // ها، وا (سقطوا)
    if (n >= 5 && letter(1) == alef && letter(2) == "\xD8\xA6") return true;                                 // ?ائ?ا
    // The adjective فاعل + ا (باردا، كاملا، واضحا); not a nasal before a stop, which foreign names have and these
    // adjectives do not (سامبا، باندا، كانتا).
    if (n == 5 && letter(1) == alef) {
      const std::string_view c2 = letter(2), c3 = letter(3);
      const bool nasal_stop = (c2 == "\xD9\x85" && c3 == "\xD8\xA8") ||                                     // مب
                              (c2 == "\xD9\x86" && (c3 == "\xD8\xAF" || c3 == "\xD8\xAA" || c3 == "\xD8\xBA"));  // ند نت نغ
      if (!nasal_stop) return true;
    }
    // The verbal noun فعول and the adjective فعيل + ا, between two consonants: "هجوما عنيفا"، "عروضا" (not غويرا،
    // ارينا, which foreign surnames are).
    if (n == 5 && (letter(2) == "\xD9\x88" || letter(2) == "\xD9\x8A") && !weak_letter(letter(0)) && !weak_letter(letter(1))) return true;
    if (n == 7 && letter(0) == alef && letter(2) == "\xD8\xAA" && letter(4) == alef) return true;             // ا?ت?ا?ا
    return common_word_or_title(w.substr(0, w.size() - 2));
  }

  // A function word, a generic noun or a title's first word, listed as it is or with the article (المدرب).
  bool common_word_or_title(std::string_view w) const {
    return (t_.flags(w) & (kStop | kGeneric | kTitleFirst)) || (flags_with_article(w) & kTitleFirst);
  }

  // Whether tokens [i, e) spell a blocked name (blocked_names in src/actors/lang/ar.json), the first word with or
  // without its proclitics.
  // A name that starts with one ("حسن الظن ببذل …") is blocked too.
  bool blocked_phrase(std::size_t i, std::size_t e) const {
    if (t_.blocked.empty() || e <= i) return false;
    std::string rest;
    for (std::size_t k = i + 1; k <= e; ++k) {
      if (t_.blocked.count(std::string(tokens_[i].text) + rest)) return true;
      for (const auto& [variant, stripped] : tokens_[i].variants)
        if (t_.blocked.count(std::string(variant) + rest)) return true;
      if (k < e) rest += " " + std::string(tokens_[k].text);
    }
    return false;
  }

  // An article word shaped like a family name rather than a participle: not مـ after the article (المولود، المتهم),
  // no ا as its second letter (الحائز، القائد), three to five letters after the article (السياب، الحسين، القباع).
  // After a genealogy (بن + a given name) family names of the participle's فاعل shape are common (عبد الله بن محمد
  // الزامل، عبدالعزيز بن سعد العامر), and so are diminutives in م (خالد بن عبد المحسن المحيسن): `after_genealogy` lets
  // those through, but not the other م shapes, which participles have as often as family names (المرشح، المشرف).
  static bool family_name_shape(std::string_view w, bool after_genealogy = false) {
    const std::string_view stem = w.substr(4);  // after ال (two 2-byte letters)
    const std::size_t letters = stem.size() / 2;
    if (letters < 3 || letters > 5) return false;
    if (stem.substr(0, 2) == "\xD9\x85" && !(after_genealogy && letters == 5 && stem.substr(4, 2) == "\xD9\x8A"))
      return false;  // م (not the diminutive مفيعل)
    if (stem.size() >= 4 && stem.substr(2, 2) == "\xD8\xA7" && !after_genealogy) return false;  // ا second
    if (stem.ends_with("\xD9\x87") || stem.ends_with("\xD8\xA7\xD8\xAA")) return false;  // ة (ه), ات
    if (letters == 5 && stem.substr(0, 2) == "\xD8\xA7" && stem.substr(6, 2) == "\xD8\xA7") return false;  // أفعال plurals: الأطفال، الأهداف
    return true;
  }

  // Whether token k is بن or ابن ("son of").
  bool is_bin(std::size_t k) const { return word(k) && (tokens_[k].text == kBin || tokens_[k].text == kIbn); }

  // Whether the word before j ends a genealogy: بن + a given name (بن محمد) or بن عبد + a name of God (بن عبد العزيز).
  bool after_genealogy(std::size_t i, std::size_t j) const {
    if (j < i + 2 || !(flags_[j - 1] & (kGiven | kCompound | kDivine))) return false;
    return is_bin(j - 2) || (j >= i + 3 && (own(j - 2) & kParticle) && is_bin(j - 3));
  }

  std::size_t take_arabic_name(std::size_t i, bool need_two, bool introduced) const {
    std::size_t j = i, n = 0;
    bool after_particle = false;
    while (word(j) && n < 6 && !latin(j) && (j == i || !tokens_[j].line_before)) {
      // A ruler's number ends the name and belongs to it: هنري الثامن، عبد الله الثاني، إليزابيث الثانية.
      if (n == 1 && !after_particle)
        if (auto r = t_.regnal.match(tokens_, j, false)) {
          j += r->length;
          ++n;
          break;
        }
      if (after_particle && (own(j) & kStop) && !(own(j) & kGiven)) break;  // "عبد العزيز ولد في الكويت": ولد is "was born" there
      // Nor a title with a conjunction or preposition glued on: "بين آبي والرئيس الصيني" (آبي read as the kunya أبي).
      if (after_particle && (flags_[j] & kTitleFirst) && !(own(j) & kGiven))
        if (auto title = t_.titles.match(tokens_, j, true); title && title->stripped > 0) break;
      // Nor an accusative after a kunya (آبي "Abe" read as أبي before "مخاطبًا الحشد"; after دا، دي a final ا is a
      // surname's: دا سيلفا، دي ميستورا).
      if (after_particle && is_kunya(tokens_[j - 1].text) && tokens_[j].text.size() >= 8 && std::string_view(tokens_[j].text).ends_with("\xD8\xA7") &&
          !has_article(tokens_[j].text) && !(own(j) & kGiven))
        break;
      if (!after_particle) {
        // علي/على: a given name that is also a function word only right after a title or reporting verb.
        if (!arabic_name_word(j, j == i, (introduced && j == i) || (j > i && (own(j - 1) & kParticle)))) break;
        // After a given name and a surname, an article word is a family name only in the nisba form (الهاشمي), not
        // a participle or noun (الحائز، المولود).
        // Nor, when not a nisba, after a word that is neither a given name nor part of a compound one: "إيفان
        // راكيتيتش الهدف" (the goal), "ستيفن سبيلبرغ إمساك العصا" — but "بدر شاكر السياب", "عبد المحسن القباع".
        if (n >= 2 && has_article(tokens_[j].text) && !(own(j) & kCompound) && !std::string_view(tokens_[j].text).ends_with("\xD9\x8A") &&
            ((!(own(j - 1) & kParticle) &&
              !family_name_shape(tokens_[j].text, after_genealogy(i, j))) ||
             (!(flags_[j - 1] & (kGiven | kCompound | kParticle | kDivine)) && !(j >= i + 2 && (own(j - 2) & kParticle)))))
          break;
        // A third name word (or later) without the article that heads a construct — an article word follows that is
        // no family name — is a common noun: "نيمار دا سيلفا مهرجان الأهداف", "مولود جاوش أوغلو بدء الضربات".
        // Not in a name that starts with an Arabic given name, whose third word is often followed by a title or a
        // family name with the article ("سالم سعيد كبيش النائب العام", "محمد عتيق حمادي الفقيه").
        if (n >= 2 && !(own(i) & kGiven) && !has_article(tokens_[j].text) && !(own(j) & (kGiven | kCompound | kParticle)) && word(j + 1) &&
            !tokens_[j + 1].line_before && has_article(tokens_[j + 1].text) && !(own(j + 1) & (kCompound | kParticle | kTitleFirst)) &&
            !std::string_view(tokens_[j + 1].text).ends_with("\xD9\x8A") && !family_name_shape(tokens_[j + 1].text))
          break;
        if (n > 0 && (own(j) & kNameFirst)) {
          auto hit = t_.names.match(tokens_, j, false);
          if (hit && r_.entries_[hit->value.entry].kind != ActorKind::person &&
              !(hit->value.adjective && hit->length == 1 && has_article(tokens_[j].text)) && (n >= 2 || hit->length > 1))
            break;
          // A place's own one-word name is not a family name (those are nisbas: البغدادي): "نيل رضا طهران" (Tehran's
          // approval), "جمال سالزبورغ" (Salzburg's beauty).
          // (Cities with the article are family names too: خليل الخليل.)
          if (hit && n == 1 && hit->length == 1 && !hit->value.adjective &&
              (r_.entries_[hit->value.entry].kind == ActorKind::country ||
               (r_.entries_[hit->value.entry].kind == ActorKind::location && !has_article(tokens_[j].text))))
            break;
        }
      }
      // (The first word may carry the conjunction و or ف: "وعبد السلام"; not ب, whose بدا is not دا.)
      const bool particle = (own(j) & kParticle) || (j == i && starts_with_conjunction(tokens_[j].text) &&
                                                     (t_.flags(std::string_view(tokens_[j].text).substr(2)) & kParticle));
      // A given name whose أل… reads as the article in the matching form (ألكسندر، ألبرت) does not end the name.
      const bool article = has_article(tokens_[j].text) && !(own(j) & kGiven);
      if (!particle) ++n;
      ++j;
      if (particle) {
        after_particle = true;
        continue;
      }
      // "كمال الدين", "سيف الإسلام": the second word of a compound given name has the article but goes on.
      const bool compound = article && n >= 1 && (own(j - 1) & kCompound) && j - 1 > i;
      const bool ended_by_article = article && !after_particle && !compound && !(word(j) && (own(j) & kParticle));
      after_particle = false;
      if (ended_by_article) {
        // "محمد العبد الله": the family name العبد الله (not "… الله يرحمه" after another family name).
        if (word(j) && !tokens_[j].line_before && tokens_[j].text == "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87" &&  // الله
            tokens_[j - 1].text == "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA8\xD8\xAF")                         // العبد
          ++j;
        break;  // a family name with the article ends the name (but "الحسين بن طلال" goes on)
      }
    }
    while (j > i && (own(j - 1) & kParticle)) --j;
    if (n == 0 || (need_two && n < 2)) return i;
    if (blocked_phrase(i, j)) return i;  // "حسن الحظ" is good luck, not a Hassan
    if (n == 1 && (own(i) & kStop)) return i;  // علي alone is على
    // One word with the article is a name only as a family name after a given name, not after a title
    // ("مدير المتحف", "الرئيس التنفيذي").
    if (n == 1 && has_article(tokens_[i].text)) return i;
    return j;
  }

  std::size_t take_latin_name(std::size_t i, bool need_two) const {
    std::size_t j = i, n = 0;
    while (j < tokens_.size() && n < 5) {
      const auto& tok = tokens_[j];
      if (tok.kind == PhraseToken::Kind::word && tok.capitalized && !is_arabic_word(tok.text)) {
        if (n > 0 && in_timex(j)) break;  // "Smith Tuesday"
        const std::uint32_t f = own(j);
        if ((f & (kStop | kGeneric)) && !(f & kGiven)) break;
        if (n > 0 && (f & kNameFirst)) {
          auto hit = t_.names.match(tokens_, j, false);
          if (hit && r_.entries_[hit->value.entry].kind != ActorKind::person && (n >= 2 || hit->length > 1 ||
                                                                               r_.entries_[hit->value.entry].kind != ActorKind::country))
            break;
        }
        if (f & (kOrgSuffix | kGroupSuffix)) break;
        ++n;
        ++j;
        continue;
      }
      // An initial ("J."), a hyphen inside a name ("al-Sudani"), a lower-case particle ("bin", "al", "de").
      if (n > 0 && punct(j, ".") && !tok.space_before && tokens_[j - 1].text.size() == 1) {
        ++j;
        continue;
      }
      if (n > 0 && punct(j, "-") && !tok.space_before && word(j + 1) && !tokens_[j + 1].space_before) {
        ++j;
        continue;
      }
      if (tok.kind == PhraseToken::Kind::word && !tok.capitalized && (n > 0 || j + 1 < tokens_.size()) &&
          (tok.text == "al" || tok.text == "el" || tok.text == "bin" || tok.text == "ibn" || tok.text == "abu" ||
           tok.text == "de" || tok.text == "van" || tok.text == "von" || tok.text == "da" || tok.text == "del") &&
          j + 1 < tokens_.size() && (tokens_[j + 1].capitalized || punct(j + 1, "-"))) {
        ++j;
        continue;
      }
      break;
    }
    while (j > i && tokens_[j - 1].kind != PhraseToken::Kind::word) --j;
    if (n == 0 || (need_two && n < 2)) return i;
    return j;
  }

  // Words of a name, not counting particles (بن، أبو …).
  std::size_t name_words(std::size_t b, std::size_t e) const {
    std::size_t n = 0;
    for (std::size_t k = b; k < e; ++k) n += word(k) && !(own(k) & kParticle);
    return n;
  }

  // A given name the matching reached by taking the article off (الرضا "satisfaction", الرائد): a noun, not a name.
  bool given_without_article(std::size_t i) const {
    const std::string_view base = given_base(i);
    return has_article(base) && !(t_.flags(base) & kGiven);
  }

  // A given name read as the common noun it also is: عمر after بلغ "to reach" or before a number is "age" ("ويبلغ عمر
  // هولمز 27 عاما": Holmes is 27), not the given name Omar; any given name after ذات/ذو is a noun.
  bool noun_not_name(std::size_t i) const {
    if (i == 0) return false;
    // A given name that is also a noun, after ذات/ذو/ذي/ذا (possessing): "ذات جمال ساحر" (of enchanting beauty).
    for (std::string_view owner : {"\xD8\xB0\xD8\xA7\xD8\xAA", "\xD8\xB0\xD9\x88", "\xD8\xB0\xD9\x8A", "\xD8\xB0\xD8\xA7"})
      if (tokens_[i - 1].text == owner) return true;
    if (tokens_[i].text != "\xD8\xB9\xD9\x85\xD8\xB1") return false;  // عمر
    if (i + 1 < tokens_.size() && tokens_[i + 1].kind == PhraseToken::Kind::number) return true;  // "عمر 15 عاما": an age
    std::string_view before = tokens_[i - 1].text;
    if (starts_with(before, "\xD9\x88")) before.remove_prefix(2);  // و
    for (std::string_view verb : {"\xD9\x8A\xD8\xA8\xD9\x84\xD8\xBA", "\xD8\xAA\xD8\xA8\xD9\x84\xD8\xBA",  // يبلغ تبلغ
                                  "\xD8\xA8\xD9\x84\xD8\xBA", "\xD8\xA8\xD9\x84\xD8\xBA\xD8\xAA"})       // بلغ بلغت
      if (before == verb) return true;
    return false;
  }

  // A given name written with ة (نادية) that the text writes with ه: a noun with the pronoun (ناديه "his club").
  bool pronoun_not_name(std::size_t i) const {
    return (t_.flags(given_base(i)) & kGivenTaMarbuta) && written_with_heh(i);
  }

  // A given name written with a bare alef (تامر) that the text writes with a hamza or madda: another word (تأمر "she
  // orders"). Writers drop hamzas; they do not add them.
  bool hamza_not_name(std::size_t i) const {
    return (t_.flags(given_base(i)) & kGivenBareAlef) &&
           has_hamza_alef(as_written(i));
  }

  // Token i, a given name, without the proclitics before it (وسعيد -> سعيد).
  std::string_view given_base(std::size_t i) const { return without_proclitics(i, clitics_before(i, kGiven)); }
  // Token i in matching form without the first `stripped` code points (its proclitics: Arabic letters, two bytes).
  std::string_view without_proclitics(std::size_t i, std::size_t stripped) const {
    const std::string_view w = tokens_[i].text;
    return w.substr(std::min(w.size(), 2 * stripped));
  }
  // Whether the text writes token i with tanween (ً), which the matching form drops: an indefinite accusative.
  bool written_with_tanween(std::size_t i) const {
    return as_written(i).find("\xD9\x8B") != std::string_view::npos;
  }
  // Whether the text writes token i with a final ه (the matching form writes ة as ه too).
  bool written_with_heh(std::size_t i) const { return slice(tokens_[i].end - 1, tokens_[i].end) == "\xD9\x87"; }

  std::string original(std::size_t tb, std::size_t te, std::size_t stripped) const {
    return std::string(slice(tokens_[tb].begin + stripped, tokens_[te - 1].end));
  }

  // A person's name at [i, end): the lexicon's person if it knows the name, else a new person.
  std::size_t person(std::size_t i, std::size_t end, std::size_t stripped, bool strong = true) {
    std::size_t actor;
    auto hit = lexicon_at(i);
    auto known = short_forms_.empty() ? std::nullopt : short_forms_.match(tokens_, i, true);
    if (hit && hit->length == end - i && r_.entries_[hit->value.entry].kind == ActorKind::person)
      actor = local_actor(r_.entries_[hit->value.entry]);
    else if (const ActorEntry* e = known_by_first_and_last(i, end))
      actor = local_actor(*e);  // "عادل بن أحمد الجبير", "خالد محفوظ بحاح": the lexicon's "عادل الجبير", "خالد بحاح"
    else if (known && known->length == end - i && (known->length > 1 || latin(i) || plausible_short_form(i, *known)))
      // "وذكر أوستن": a person this document has named in full
      actor = known->value;
    else if (const std::string_view first = without_proclitics(i, stripped);
             end - i >= 2 && is_kunya(first) && first != kKunya[0])
      actor = new_actor("\xD8\xA3\xD8\xA8\xD9\x88 " + original(i + 1, end, 0), ActorKind::person);  // أبي سياف -> أبو سياف
    else
      actor = new_actor(original(i, end, stripped), ActorKind::person);
    add(i, end, stripped, actor);
    actors_[actor].strong = actors_[actor].strong || strong;
    if (name_words(i, end) == 1 && !actors_[actor].strong) actors_[actor].single_word = true;
    remember_person(i, end, actor);
    return actor;
  }

  // The known person an Arabic name of three words or more names when its first and last words are a two-word name
  // the lexicon has for that person (the middle words a father's name or a genealogy).
  const ActorEntry* known_by_first_and_last(std::size_t i, std::size_t end) const {
    if (end - i < 3 || latin(i) || !is(i, kNameFirst)) return nullptr;
    // (Not a compound's first word: "عبد الله الناصر" is no "عبد الناصر".)
    const std::string_view first = tokens_[i].text;
    if (first == kAbd || is_kunya(first) || (own(i) & kParticle)) return nullptr;
    const std::vector<PhraseToken> pair = {tokens_[i], tokens_[end - 1]};
    const auto hit = t_.names.match(pair, 0, true);
    if (!hit || hit->length != 2) return nullptr;
    const ActorEntry& e = r_.entries_[hit->value.entry];
    return e.kind == ActorKind::person ? &e : nullptr;
  }

  // A known person's genealogy goes on after the lexicon's name: "محمد بن سلمان بن عبدالعزيز آل سعود" (the rest had
  // been a person of its own, "عبدالعزيز آل سعود"). The hit, longer by those words.
  PhraseTable<ActorRecognizer::Tables::Name>::Hit with_genealogy(std::size_t i, PhraseTable<ActorRecognizer::Tables::Name>::Hit hit) const {
    if (r_.entries_[hit.value.entry].kind != ActorKind::person || latin(i)) return hit;
    std::size_t end = i + hit.length;
    while (word(end) && word(end + 1) && !tokens_[end].line_before && !tokens_[end + 1].line_before && !latin(end + 1) &&
           (tokens_[end].text == kAal ||  // آل الشيخ; but not "ابن الملك" (the king's son)
            ((tokens_[end].text == kBin || tokens_[end].text == kIbn) && !has_article(tokens_[end + 1].text) &&
             !(own(end + 1) & (kStop | kGeneric | kTitleFirst))))) {
      end += 2;
      if ((own(end - 1) & kParticle) && word(end) && !tokens_[end].line_before) ++end;  // بن عبد العزيز
    }
    hit.length = end - i;
    return hit;
  }

  // An adjective in ية with the article on the same line: "الإسلامية", "البريطانية" (one more word of a name).
  bool feminine_nisba_at(std::size_t j) const {
    return word(j) && !tokens_[j].line_before && has_article(tokens_[j].text) &&
           std::string_view(tokens_[j].text).ends_with("\xD9\x8A\xD9\x87");  // …يه in the matching form
  }

  // A country's nisba adjective (one word): "فرنسي", "الأمريكية".
  bool nisba_at(std::size_t j) const {
    if (!word(j)) return false;
    const auto hit = lexicon_at(j);
    return hit && hit->length == 1 && hit->value.adjective && r_.entries_[hit->value.entry].kind == ActorKind::country;
  }

  // The end of a title at i, or i when none starts there.
  std::size_t title_end(std::size_t i) const {
    if (is(i, kTitleFirst))
      if (auto title = t_.titles.match(tokens_, i, true)) return i + title->length;
    return i;
  }

  // A one-word alias of a known person names someone else when his father follows ("الدكتور مبارك بن حسن ظافر" is
  // not Hosni Mubarak), or a family name of the form العبد + ال… ("المهندس عبدالناصر العبداللطيف" is not Nasser),
  // and it names a place right after a place head ("مدينة فيرغسون" is the town, not Alex Ferguson). (Any
  // other word with the article after the name is as often the object of the verb before it: "ورسم كاميرون الإطار".)
  bool someone_elses_name(std::size_t i, const PhraseTable<ActorRecognizer::Tables::Name>::Hit& hit) const {
    if (r_.entries_[hit.value.entry].kind != ActorKind::person) return false;
    if (hit.length == 1) return names_someone_else(i);
    // A known person's alias that is a compound given name, عبد + a word (عبد الناصر for Nasser), followed by an
    // article word of four or five letters after ال (not الأمر) that is no feminine or plural noun and no listed
    // word: the given name of someone else ("الخبير العسكري السوري عبد الناصر العايد").
    if (hit.length != 2 || without_proclitics(i, hit.stripped) != kAbd || !word(i + 2) ||
        tokens_[i + 2].line_before)
      return false;
    const std::string_view next = tokens_[i + 2].text;
    const std::size_t letters = next.size() / 2;
    return has_article(next) && letters >= 6 && letters <= 7 && !next.ends_with("\xD9\x87") && !next.ends_with("\xD8\xA7\xD8\xAA") &&
           !next.ends_with("\xD9\x88\xD9\x86") && !next.ends_with("\xD9\x8A\xD9\x86") &&
           !(own(i + 2) & (kStop | kGeneric | kTitleFirst | kNameFirst | kOrgHead | kPlaceHead | kMediaHead | kReport));
  }
  bool names_someone_else(std::size_t i) const {
    if (latin(i)) return false;
    if (i > 0 && is(i - 1, kPlaceHead)) return true;
    if (!word(i + 1)) return false;
    const std::string_view next = tokens_[i + 1].text;
    if (word(i + 2) && is_bin(i + 1) && !has_article(tokens_[i + 2].text)) return true;
    // … and before عبد, which starts the father's name: "محفوظ عبد الرحمن" is not Naguib Mahfouz.
    if (word(i + 2) && next == kAbd && !tokens_[i + 1].line_before) return true;
    // العبد + ال…: العبدالله، العبداللطيف (not the nisba العبدلي)
    static constexpr std::string_view kAlAbdAl = "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA8\xD8\xAF\xD8\xA7\xD9\x84";
    return next.size() > kAlAbdAl.size() + 2 && starts_with(next, kAlAbdAl);
  }

  std::size_t lexicon(std::size_t i, const PhraseTable<ActorRecognizer::Tables::Name>::Hit& hit) {
    const ActorEntry& e = r_.entries_[hit.value.entry];
    const std::size_t actor = local_actor(e);
    // A title the lexicon spells with a person's name ("الملك سلمان بن عبدالعزيز") is a role, as before any other
    // name: the mention and the short forms are the name after it.
    std::size_t from = e.kind == ActorKind::person ? title_end(i) : i;
    if (from >= i + hit.length) from = i;  // (the lexicon's name is the title alone)
    // A head before a name the lexicon also knows alone ("حركة حماس", "دولة قطر", "النادي الأهلي") is outside the
    // mention, as after any organisation or media head: the name is the words after it. Not so after وزارة، حزب،
    // مجلس, which name the body with the noun after them (وزارة الخارجية الأمريكية).
    if (e.kind != ActorKind::person && hit.length >= 2 && !latin(i) && !is(i, kOneNounHead) &&
        (is(i, kOrgHead | kMediaHead | kPlaceHead) || without_proclitics(i, hit.stripped) == "\xD8\xAF\xD9\x88\xD9\x84\xD9\x87"))  // دوله
      if (auto rest = t_.names.match(tokens_, i + 1, false); rest && rest->value.entry == hit.value.entry && rest->length == hit.length - 1)
        from = i + 1;
    add(from, i + hit.length, from == i ? hit.stripped : 0, actor);
    found_.back().adjective = hit.value.adjective;
    if (e.kind == ActorKind::person) remember_person(from, i + hit.length, actor);
    return actor;
  }

  // Right after a building or street word (`named_after_heads`) a person's name with a title or kunya is its name,
  // not a mention of the person: "مطار الملك عبد العزيز"، "سجن أبو غريب"، "مسجد أبي بكر الصديق" (asked before the
  // lexicon: "شارع خالد بن الوليد", "متنزه الشيخ زايد" name a street and a park; the name may be quoted: معبد «أبو
  // سمبل»). After a street, square, airport or university any person's name is its name ("شارع عبد الخالق ثروت",
  // "ميدان طلعت حرب"); after the others (قصر، سجن، مستشفى …) only one with a title or kunya: "قصر محمد" may be his
  // palace. A university named after a person is an organisation of that name: "جامعة الإمام محمد بن سعود الإسلامية".
  // The end of what it took, or i when it took nothing. `head_at`: named_after_head's.
  std::size_t named_after(std::size_t i, std::size_t head_at) {
    if (latin(i)) return i;
    const std::size_t stripped = clitics_before(head_at, kNamedAfter);
    const std::string_view head = without_proclitics(head_at, stripped);
    if (starts_with(head, kArticle)) return i;  // not المسجد
    const std::size_t from = title_end(i);
    const bool any_name = t_.flags(head) & kAnyNameAfter;  // شارع، ميدان، مطار، جامعة، دوري، كأس، جائزة
    // (Any name with a genealogy too: "مسجد عمرو بن العاص".)
    if (!(from > i || is_kunya(tokens_[i].text) || ((any_name || is_bin(i + 1)) && (own(i) & (kGiven | kParticle))))) return i;
    const std::size_t end = take_name(from, false, true);
    if (end <= from) return i;
    if (head != kUniversity) return end;
    const std::size_t stop = feminine_nisba_at(end) ? end + 1 : end;  // الإسلامية
    const std::size_t actor = new_actor(original(head_at, stop, stripped), ActorKind::organization);
    actors_[actor].strong = true;
    add(head_at, stop, stripped, actor);
    return stop;
  }

  // Where the building or street word before token i is (named_after), or SIZE_MAX: the word before, or the one
  // before an opening quotation mark. Asked at every word, so its flag test comes first and it stays small.
  std::size_t named_after_head(std::size_t i) const {
    if (i == 0) return SIZE_MAX;
    if (is(i - 1, kNamedAfter)) return i - 1;
    if (i > 1 && tokens_[i - 1].kind == PhraseToken::Kind::punct && is(i - 2, kNamedAfter)) {
      using namespace std::string_view_literals;
      const std::string_view before = tokens_[i - 1].text;
      if (before == "\""sv || before == "\xC2\xAB"sv) return i - 2;
    }
    return SIZE_MAX;
  }

  std::size_t step(std::size_t i) {
    if (!word(i)) return i + 1;
    if (is(i, kIdiomFirst))
      if (auto idiom = t_.idioms.match(tokens_, i, true)) return i + idiom->length;
    if (const std::size_t head_at = named_after_head(i); head_at != SIZE_MAX)
      if (const std::size_t end = named_after(i, head_at); end > i) return end;
    if (auto hit = lexicon_at(i)) {
      // A known company before organisation words is named by all of them ("Chrysler Group LLC", "General Motors
      // Corp."); before other capitalised words that end in one, the whole run is another company, often a
      // subsidiary ("Chrysler Financial Corp", "Honda Motor Co Ltd").
      // So is a known place's name at the start of a company's: "Ohio Edison Co", "Japan Air Lines Co".
      if (latin(i) && r_.entries_[hit->value.entry].kind != ActorKind::person)
        if (const std::size_t after = i + hit->length, end = with_org_suffix(after); end > after) {
          bool only_suffixes = true;
          for (std::size_t k = after; k < end; ++k) only_suffixes = only_suffixes && (!word(k) || (own(k) & kOrgSuffix));
          if (only_suffixes && r_.entries_[hit->value.entry].kind == ActorKind::organization) hit->length = end - i;
          else if (const std::size_t whole = latin_organization(i); whole > i) return whole;
        }
      // "آل كاسترو", "آل سعود": a family, not the person a one-word alias names.
      if (hit->length == 1 && r_.entries_[hit->value.entry].kind == ActorKind::person && i > 0 &&
          tokens_[i - 1].text == kAal)
        return i + 1;
      // A one-word alias of a known person ("المالكي") that is also the short form of a person this document has
      // named ("فايز المالكي" before it) is that person.
      if (hit->length == 1 && r_.entries_[hit->value.entry].kind == ActorKind::person && !short_forms_.empty())
        if (auto known = short_forms_.match(tokens_, i, true); known && known->length == 1) {
          add(i, i + 1, known->stripped, known->value);
          return i + 1;
        }
      const auto whole = with_genealogy(i, *hit);
      lexicon(i, whole);
      return i + whole.length;
    }
    if (!short_forms_.empty())  // a person this document has already named, in full ("أبا سياف" after "أبو سياف")
      if (auto known = short_forms_.match(tokens_, i, true); known && known->length >= 2 && (!latin(i) || tokens_[i].capitalized)) {
        add(i, i + known->length, known->stripped, known->value);
        return i + known->length;
      }
    if (latin(i) && tokens_[i].capitalized)
      if (std::size_t end = latin_organization(i); end > i) return end;  // "General Motors Corp." before the title "General"
    if (is(i, kTitleFirst) && !adjective_not_title(i))
      if (auto title = t_.titles.match(tokens_, i, true)) return after_title(i, *title);
    if (latin(i)) return latin_patterns(i);
    return arabic_patterns(i);
  }

  // A title of the nisba form (الصحافي، الصحفي) right after a noun with the article is that noun's adjective:
  // "المؤتمر الصحافي الخاص بـ…" (the press conference), not a journalist.
  bool adjective_not_title(std::size_t i) const { return adjective_after_definite(i) && !(own(i - 1) & kTitleFirst); }
  // Token i has the nisba's form with the article (…ي: الصحافي، الأهلي) right after an Arabic word with the article:
  // it may be that noun's adjective.
  bool adjective_after_definite(std::size_t i) const {
    const std::string_view w = tokens_[i].text;
    return i > 0 && has_article(w) && w.ends_with("\xD9\x8A") && word(i - 1) && !latin(i - 1) && has_article(tokens_[i - 1].text);
  }

  // Title [affiliation] [title] name: "رئيس الوزراء العراقي محمد شياع السوداني", "قائد التحالف الدولي الجنرال …",
  // "Defense Secretary Lloyd Austin".
  std::size_t after_title(std::size_t i, const PhraseTable<std::string>::Hit& title) {
    std::string role = title.value, affiliation;
    std::size_t j = i + title.length;
    bool complemented = false, construct_complement = false;
    // An indefinite title is the first term of a construct ("وزير حقوق الإنسان", "بطل ركوب الأمواج", "رئيس أركان
    // الجيش"): the noun after it is its complement, not a name ("الوزير محمد", with the article, names him). Not so
    // for titles written before names as they are: د., آية الله، حجة الإسلام.
    const std::size_t last = i + title.length - 1;
    const std::string_view first = without_proclitics(i, title.stripped);
    const bool construct = !latin(i) && !starts_with(first, kArticle) && !starts_with(tokens_[i].text, "\xD9\x84\xD9\x84") &&
                           !starts_with(tokens_[last].text, kArticle) && role != "Dr." && role != "Ayatollah" &&
                           role != "Hojatoleslam";
    for (int rounds = 0; rounds < 6 && word(j); ++rounds) {
      if (auto more = t_.titles.match(tokens_, j, false); more && (is(j, kTitleFirst))) {
        if (role == "Mr." || role == "Ms." || role == "Dr.") role = more->value;
        j += more->length;
        continue;
      }
      auto hit = lexicon_at(j);
      // Right after a royal title a city's name is the person's: "الملكة صوفيا", "الأمير عمان" is no city; so is a
      // nisba that is a given name too: "الأمير تركي محمد العبد الله" (not "Turkish").
      // (After any title, a nisba without the article that is a given name is the name when a name word follows:
      // "الدكتور تركي منور المخلفي".)
      if (hit && j == i + title.length && !latin(j) && !has_article(tokens_[j].text)) {
        const bool royal =
            role == "King" || role == "Queen" || role == "Prince" || role == "Princess" || role == "Sheikh" || role == "Sultan";
        const bool given_nisba = hit->length == 1 && hit->value.adjective && (own(j) & kGiven);
        if ((royal && (given_nisba || r_.entries_[hit->value.entry].kind == ActorKind::location)) ||
            (given_nisba && take_name(j, true, true) > j + 1))
          break;
      }
      if (hit && r_.entries_[hit->value.entry].kind != ActorKind::person) {
        const std::size_t a = lexicon(j, *hit);
        if (affiliation.empty()) affiliation = actors_[a].actor.id;
        j += hit->length;
        continue;
      }
      if (latin(j) && (tokens_[j].text == "of" || tokens_[j].text == "the") && hit.has_value() == false && word(j + 1)) {
        ++j;  // "Speaker of the …", "Minister of …"
        continue;
      }
      // The title's complement: "رئيس النادي …", "وزير الدولة للشؤون الخارجية …", "المدرب الجديد …".
      const std::string_view w = tokens_[j].text;
      if (construct && j == last + 1 && !latin(j) && !hit && !has_article(w) &&
          !(own(j) & (kStop | kGiven | kTitleFirst | kOrgHead | kPlaceHead | kMediaHead))) {
        ++j;
        complemented = construct_complement = true;
        continue;
      }
      if (!latin(j) && !hit && (has_article(w) || starts_with(w, "\xD9\x84\xD9\x84")) && !(own(j) & (kStop | kGiven))) {
        ++j;
        complemented = true;
        continue;
      }
      break;
    }
    if (!word(j)) return j;
    if (complemented && has_article(tokens_[j].text)) return j;  // after a complement, a name starts without the article
    // "الرئيس وشعب …", "اللاعب لحين …": a conjunction or preposition glued on ends the title's reach.
    // (A given name reached by taking the article off is a noun: "الشاعر والفارس العربي".)
    if (!latin(j) && (!is(j, kGiven) || given_without_article(j)) &&
        (starts_with_conjunction(tokens_[j].text) || starts_with(tokens_[j].text, "\xD9\x84")))
      return j;
    if (latin(j) && !tokens_[j].capitalized) return j;
    // After a construct's complement ("مدير برنامج منع انتشار …", "رئيس أفريقي سابق") only a given name or a kunya
    // starts a name: the nouns of a longer construct chain are not one.
    if (construct_complement && !latin(j) && !is(j, kGiven) && !is_kunya(tokens_[j].text) && !lexicon_at(j) &&
        !(word(j + 1) && (own(j + 1) & kCompound)))  // عز الدين، نور الدين: a compound given name
      return j;
    std::size_t end = take_name(j, false, true), actor = 0;
    if (auto hit = lexicon_at(j); hit && r_.entries_[hit->value.entry].kind == ActorKind::person) {
      const auto whole = with_genealogy(j, *hit);
      actor = lexicon(j, whole);
      end = j + whole.length;
    } else if (end == j) {
      return j;
    } else {
      actor = person(j, end, is(j, kGiven) ? clitics_before(j, kGiven) : 0,
                     name_words(j, end) >= 2);  // "الرئيس X": one word after a title is weak evidence
    }
    auto& attrs = actors_[actor].actor.attributes;
    if (!attrs.count("role")) attrs["role"] = role;
    if (!affiliation.empty() && !attrs.count("affiliation")) attrs["affiliation"] = affiliation;
    return end;
  }

  // The word after a name that a speaker's name is followed by: إن/أن, a colon, a comma, a quotation mark.
  bool speech_follows(std::size_t j) const {
    if (j >= tokens_.size()) return false;
    const auto& t = tokens_[j];
    if (t.kind == PhraseToken::Kind::punct)
      return t.text == ":" || t.text == "\xD8\x8C" || t.text == "," || t.text == "\"" || t.text == "(";
    return t.text == "\xD8\xA7\xD9\x86" || t.text == "\xD8\xA7\xD9\x86\xD9\x87";  // ان انه (إن أن after normalisation)
  }

  // "وقال طارق الشمري إن …": a reporting verb, a name, then إن/أن, a colon or a quotation.
  std::size_t after_reporting_verb(std::size_t i) {
    const std::size_t j = i + 1;
    if (!word(j) || latin(j) || lexicon_at(j) || (own(j) & kTitleFirst) || (flags_with_article(tokens_[j].text) & kTitleFirst))
      return i + 1;  // (nor an indefinite title heading a construct: "أوضح مدرب الهلال أنه")
    const std::size_t end = take_name(j, false, true);
    if (end == j || !speech_follows(end)) return i + 1;
    person(j, end, is(j, kGiven) ? clitics_before(j, kGiven) : 0, name_words(j, end) >= 2 && (is(j, kGiven) || is_kunya(tokens_[j].text)));
    return end;
  }

  // Code points of proclitics before the word that has `flag` (وزارة in "ووزارة", محمد in "ومحمد"), and whether a
  // head carries the article.
  std::size_t clitics_before(std::size_t i, std::uint32_t flag) const {
    const VariantList& variants = tokens_[i].variants;
    for (std::size_t k = 0; k < variants.size(); ++k)
      if (t_.flags(variants[k].first, variants.hash(k)) & flag) return variants[k].second;
    return 0;
  }
  bool definite_head(std::size_t i, std::uint32_t flag) const {
    const std::string_view head = without_proclitics(i, clitics_before(i, flag));
    return starts_with(head, kArticle) || starts_with(tokens_[i].text, "\xD9\x84\xD9\x84");
  }

  std::size_t arabic_patterns(std::size_t i) {
    if (own(i) & kReport) return after_reporting_verb(i);
    // A kunya: أبو مهدي المهندس، أبي سياف.
    const std::string_view text = tokens_[i].text;
    // (glued_kunya tests the length too; testing it here first keeps the call off the path of every word.)
    if ((is_kunya(text) || (text.size() == kKunya[0].size() + 2 && !glued_kunya(text).empty())) && word(i + 1) && !latin(i + 1)) {
      const std::size_t end = take_name(i, false, true);
      if (end > i + 1) {
        person(i, end, is_kunya(text) ? 0 : 1);
        return end;
      }
    }
    // A given name (with or without a proclitic) and at least one more name. A given name that is also a common
    // word (صالح "valid") only before بن/ابن: "صالح بن عبدالعزيز آل الشيخ".
    const bool before_bin = is_bin(i + 1);
    if (is(i, kGiven) && (!is(i, kStop | kGeneric) || before_bin) && !pronoun_not_name(i) && !hamza_not_name(i) && !given_without_article(i) &&
        !noun_not_name(i)) {
      const std::size_t stripped = clitics_before(i, kGiven);
      const std::size_t end = take_name(i, true, before_bin);
      if (end > i) {
        person(i, end, stripped);
        return end;
      }
    }
    // عبد and a name of God (عبد الله، عبد الرحمن) is a given name of two words; with at least one more name word
    // after it, a person ("والعريف عبد الله أحمد عبد الله عسيري"), but not alone ("عبد الله" in a prayer).
    if (is(i, kParticle) && word(i + 1) &&
        (own(i + 1) & (kCompound | kDivine) || tokens_[i + 1].text == "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87")) {  // الله
      const std::size_t stripped = clitics_before(i, kParticle);
      if (without_proclitics(i, stripped) == kAbd) {
        const std::size_t end = take_name(i, true, true);
        if (end > i + 2) {
          person(i, end, stripped);
          return end;
        }
      }
    }
    // وزارة الخارجية الأمريكية، اتحاد صناعة السيارات، حزب الدعوة: a head and up to three words.
    if (is(i, kOrgHead) && word(i + 1)) {
      std::size_t j = i + 1;
      std::string affiliation;
      // A bank keeps its head ("بنك باركليز", "بنك إنجلترا المركزي"), and one named after a country or city keeps the
      // country too: "مصرف لبنان المركزي", "بنك اليابان المركزي" (not Lebanon or Japan).
      const std::size_t stripped = clitics_before(i, kOrgHead);
      const std::string_view head = without_proclitics(i, stripped);
      const bool bank = head == "\xD8\xA8\xD9\x86\xD9\x83" || head == "\xD9\x85\xD8\xB5\xD8\xB1\xD9\x81";  // بنك، مصرف
      // "وكالة أنباء فارس": "news agency" is the head, and the agency keeps it (the name alone, فارس, is a given name
      // too); "وكالة أنباء" with no name after it describes an agency named elsewhere.
      const bool news_agency = head == "\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD9\x87" &&  // وكاله
                               tokens_[i + 1].text == "\xD8\xA7\xD9\x86\xD8\xA8\xD8\xA7\xD8\xA1";    // انباء
      if (news_agency) {
        // (Nor with an adjective: "وكالة أنباء رسمية".)
        if (!word(i + 2) || latin(i + 2) || tokens_[i + 2].line_before ||
            (own(i + 2) & (kStop | kGeneric | kTitleFirst | kOrgHead | kDescribing)) || verb_like(tokens_[i + 2].text) ||
            (!has_article(tokens_[i + 2].text) && tokens_[i + 2].text.ends_with("\xD9\x8A\xD9\x87")))  // …يه
          return i + 2;
        j = i + 2;
      }
      const bool university = head == kUniversity;
      if ((bank || news_agency || university) && !latin(j))  // "مصرف لبنان المركزي", "وكالة أنباء آسيا", "جامعة كوبنهاغن"
        if (auto hit = lexicon_at(j); hit && (r_.entries_[hit->value.entry].kind == ActorKind::country ||
                                              r_.entries_[hit->value.entry].kind == ActorKind::location)) {
          j += hit->length;
          // A university named by its city takes one adjective more at most ("جامعة أكسفورد البريطانية"), not what
          // follows ("جامعة جازان الترتيبات الخاصة").
          if (university) {
            if (feminine_nisba_at(j) && !lexicon_at(j)) ++j;
            const std::size_t actor = new_actor(original(i, j, stripped), ActorKind::organization);
            actors_[actor].strong = true;
            add(i, j, stripped, actor);
            return j;
          }
        }
      // An outlet's name that is a common noun with the article is one word ("نادي النصر", "قناة الجزيرة"): what
      // follows describes it ("نادي النصر الراغبة في …"), except its country.
      const std::size_t name_start = news_agency ? i + 2 : i + 1;  // the first word of the name
      const bool outlet_noun = is(i, kMediaHead) && !is(i, kInstitutionHead) && has_article(tokens_[i + 1].text);
      bool joined_conjunct = false;
      while (word(j) && j < name_start + 3 && !latin(j) && !tokens_[j].line_before) {
        const std::uint32_t f = own(j);
        if (f & (kStop | kGeneric | kTitleFirst | kOrgHead)) break;
        const std::string_view w = tokens_[j].text;
        if (outlet_noun && j > name_start) {
          if (auto hit = lexicon_at(j); hit && hit->length == 1 && r_.entries_[hit->value.entry].kind == ActorKind::country) {
            affiliation = r_.entries_[hit->value.entry].id;
            ++j;
          }
          break;
        }
        // "حزب الحرية والعدالة", "وزارة الثقافة والإعلام": one و + article word right after an article word joins
        // the name when the word itself could (not a function word, generic noun, title or head).
        if (j > name_start && starts_with(w, "\xD9\x88\xD8\xA7\xD9\x84") && w.size() >= 12 && has_article(tokens_[j - 1].text) &&
            !joined_conjunct) {
          const std::uint32_t g = t_.flags(w.substr(2)) | t_.flags(w.substr(6));  // with and without the article
          // (A medium after a medium is one more: "هيئة الإذاعة والتلفزيون".)
          const bool media_pair = (g & kMediaHead) && (t_.flags(std::string_view(tokens_[j - 1].text).substr(4)) & kMediaHead);
          const std::uint32_t heads = media_pair ? 0u : std::uint32_t{kOrgHead | kMediaHead};
          if (!(g & (kStop | kGeneric | kTitleFirst | kPlaceHead | kDescribing | heads)) && !lexicon_at(j)) {
            joined_conjunct = true;
            ++j;
            continue;
          }
        }
        if (verb_like(w) || starts_with_conjunction(w)) break;  // a verb, و or ف: the name is over
        if (starts_with(w, "\xD8\xA8\xD8\xA7\xD9\x84")) break;  // بال…: "مجلة بالألوان" (in colour)
        // "وكالة الأنباء الرسمية", "وكالة المخابرات المحلية": an adjective that says whose or what kind it is — the
        // phrase describes an organisation named elsewhere; no actor.
        if (j > name_start && (f & kDescribing)) return i + 1;
        // A plural nisba ("مجلس الشيوخ الديمقراطيين": the Democratic senators) is about members: the name ends before.
        // So is a participle's plural ("مجلس النواب المؤيدين للاتفاق": the members who support it).
        if (j > name_start && has_article(w) &&
            (w.ends_with("\xD9\x8A\xD9\x8A\xD9\x86") || w.ends_with("\xD9\x8A\xD9\x88\xD9\x86") ||
             (starts_with(w, "\xD8\xA7\xD9\x84\xD9\x85") && w.size() >= 14 &&
              (w.ends_with("\xD9\x8A\xD9\x86") || w.ends_with("\xD9\x88\xD9\x86")))))  // الم…ين، الم…ون
          break;
        if (j > name_start && !has_article(w) && !starts_with(w, "\xD9\x84")) break;  // after the first word only ال… or ل… words
        // "جبهة جديدة للقتال", "حركة أخرى": an indefinite adjective of number or age says which one, it names none.
        if (j == name_start && !has_article(w) && which_one(w)) return i + 1;
        // An adjective with its own complement (a preposition with a pronoun) describes: "مجلس النواب المعترف به".
        if (j > name_start && has_article(w) && word(j + 1)) {
          const std::string_view next = tokens_[j + 1].text;
          static const std::array<std::string_view, 10> kPronounPrepositions = {
              "\xD8\xA8\xD9\x87", "\xD8\xA8\xD9\x87\xD8\xA7", "\xD9\x84\xD9\x87", "\xD9\x84\xD9\x87\xD8\xA7",  // به بها له لها
              "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87", "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87\xD8\xA7",               // عليه عليها
              "\xD9\x85\xD9\x86\xD9\x87", "\xD9\x85\xD9\x86\xD9\x87\xD8\xA7",                                   // منه منها
              "\xD9\x81\xD9\x8A\xD9\x87", "\xD9\x81\xD9\x8A\xD9\x87\xD8\xA7"};                                  // فيه فيها
          if (std::find(kPronounPrepositions.begin(), kPronounPrepositions.end(), next) != kPronounPrepositions.end()) break;
        }
        // A ل… word ("للدراسات") only as the first after the head's complement and when the name ends there.
        if (starts_with(w, "\xD9\x84") && (j == name_start || (word(j + 1) && !(own(j + 1) & (kStop | kGeneric))))) break;
        // … nor a verbal noun before its preposition: "وكالة الشؤون الفنية للحصول على الدعم".
        if (starts_with(w, "\xD9\x84") && word(j + 1) &&
            (tokens_[j + 1].text == "\xD8\xB9\xD9\x84\xD9\x8A" || tokens_[j + 1].text == "\xD8\xA7\xD9\x84\xD9\x8A" ||  // علي الي
             tokens_[j + 1].text == "\xD8\xB9\xD9\x86"))                                                             // عن
          break;
        // ... and with the article (للدراسات), not ل on an indefinite noun ("حزب العمال لمنطقة ليستر": "for the area of").
        if (starts_with(w, "\xD9\x84") && !starts_with(w, "\xD9\x84\xD9\x84")) break;
        if (auto hit = lexicon_at(j)) {
          const ActorEntry& e = r_.entries_[hit->value.entry];
          if (e.kind == ActorKind::country && hit->length == 1 && j > name_start) {  // the nisba: the organisation's country
            affiliation = e.id;
            ++j;
          }
          break;
        }
        ++j;
      }
      // "المجلس الاقتصادي", "المجموعة السادسة": a head with the article mostly refers back to something named
      // before; only a head without it introduces a name.
      const bool definite = definite_head(i, kOrgHead);
      // جبهة before a place is a battlefront: "جبهة مدينة الزبداني", "جبهة حلب".
      if (head == "\xD8\xAC\xD8\xA8\xD9\x87\xD9\x87" && word(i + 1)) {  // جبهه
        if (own(i + 1) & kPlaceHead) return i + 1;
        if (auto hit = lexicon_at(i + 1); hit && (r_.entries_[hit->value.entry].kind == ActorKind::location ||
                                                  r_.entries_[hit->value.entry].kind == ActorKind::country))
          return i + 1;
      }
      // "وكالة أنباء «الأناضول»", "شركة طيران «يوتي اير»": one word without the article before a quotation mark says
      // what the outlet is; its name is the quoted one.
      const bool descriptor = (is(i, kMediaHead) && j == i + 2 && !has_article(tokens_[i + 1].text) &&
                               (punct(j, "\"") || punct(j, "\xC2\xAB"))) ||  // " or «
                              // … and one indefinite adjective says what kind it is: "جماعة إرهابية"; one indefinite
                              // plural what it carries: "قناة مشتريات" (a procurement channel).
                              (j == i + 2 && !has_article(tokens_[i + 1].text) &&
                               (tokens_[i + 1].text.ends_with("\xD9\x8A\xD9\x87") || tokens_[i + 1].text.ends_with("\xD8\xA7\xD8\xAA"))) ||
                              // … or a country's nisba: "مصرف فرنسي" (a French bank); or a noun and an adjective of
                              // size or age: "شركة شاي صغيرة".
                              (!has_article(tokens_[i + 1].text) && nisba_at(i + 1)) ||
                              (j == i + 2 && !has_article(tokens_[i + 1].text) && word(j) && which_one(tokens_[j].text));
      if (j > name_start && !definite && !descriptor && !(own(i + 1) & (kStop | kGeneric))) {
        const ActorKind kind = is(i, kGroupHead) ? ActorKind::group : ActorKind::organization;
        // After a media or company head (صحيفة، قناة، شركة، جامعة …) the name is the words after it: مجلة نيوزويك;
        // but an institution named by a common noun keeps its head: وكالة الطاقة الدولية، جامعة الملك سعود.
        // A university always keeps it: جامعة أكسفورد is not the city.
        const bool keeps_head = bank || news_agency || (is(i, kInstitutionHead) &&
                                         (has_article(tokens_[i + 1].text) || university));
        const std::size_t from = is(i, kMediaHead) && !keeps_head ? i + 1 : i;
        const std::size_t actor = new_actor(original(from, j, from == i ? stripped : 0), kind);
        if (!affiliation.empty()) actors_[actor].actor.attributes.emplace("affiliation", affiliation);
        // "حزب الحرية", "مؤسسة بدرخان للثقافة" name an organisation; "مركز احتجاز", "صندوق أسود" describe one.
        // After a media head, one word names the outlet only when it is not an adjective or generic noun with the
        // article or the feminine ending ("صحيفة حريصة", "شركة الطيران"). A head and one noun with the article is
        // good evidence only after the heads that mostly name that way (وزارة الصحة، حزب العمال، مجلس الشيوخ);
        // after the others it mostly describes ("مركز الاحتجاز"، "حركة الدخول"، "هيئة التدريس"), and it takes three
        // mentions in the document.
        const std::string_view first = tokens_[i + 1].text;
        const bool plain_name = !has_article(first) && !(first.size() >= 2 && first.substr(first.size() - 2) == "\xD9\x87");
        actors_[actor].strong = actors_[actor].strong || j - i >= 3 || !affiliation.empty() ||
                                (keeps_head && has_article(first) ? false : is(i, kMediaHead) ? plain_name : has_article(first) && is(i, kOneNounHead));
        add(from, j, from == i ? stripped : 0, actor);
        return j;
      }
      return i + 1;
    }
    // مدينة الموصل، محافظة الأنبار: the word after a place head is a place.
    if (is(i, kPlaceHead) && word(i + 1) && !latin(i + 1) && !(own(i + 1) & (kStop | kGeneric | kTitleFirst)) &&
        !definite_head(i, kPlaceHead) &&
        !starts_with(tokens_[i + 1].text, "\xD9\x88") && arabic_name_word(i + 1, false, false, true)) {
      if (lexicon_at(i + 1)) return i + 1;
      std::size_t end = i + 2;
      if (own(i + 1) & kParticle && word(end)) ++end;
      const std::size_t actor = new_actor(original(i + 1, end, 0), ActorKind::location);
      add(i + 1, end, 0, actor);
      return end;
    }
    return i + 1;
  }

  // A capitalised run from j whose last word has one of `suffixes` (Corp., Inc., Group, Party …): its end (with the
  // abbreviation's full stop: "Corp.") and its last word; {j, j} when there is none.
  std::pair<std::size_t, std::size_t> suffix_run(std::size_t j, std::uint32_t suffixes) const {
    const std::size_t run = capitalised_run(j);
    if (run <= j) return {j, j};
    std::size_t last = run - 1;
    while (last > j && tokens_[last].kind != PhraseToken::Kind::word) --last;
    if (!(own(last) & suffixes)) return {j, j};
    const bool stop = punct(run, ".") && !tokens_[run].space_before && (own(last) & kOrgSuffix) && tokens_[last].text.size() <= 4;
    return {stop ? run + 1 : run, last};
  }
  // The end of a capitalised run from j that ends in an organisation word ("Group LLC", "Corp."), or j.
  std::size_t with_org_suffix(std::size_t j) const { return suffix_run(j, kOrgSuffix).first; }

  // An English organisation name at i ("Ministry of Defense", "General Motors Corp.", "Baath Party"); its end, or i.
  std::size_t latin_organization(std::size_t i) {
    // "Ministry of Defense", "Bank of Japan".
    if (auto prefix = t_.org_prefixes.match(tokens_, i, false)) {
      std::size_t j = i + prefix->length;
      if (word(j) && tokens_[j].text == "the") ++j;
      const std::size_t end = capitalised_run(j);
      if (end > j) {
        const std::size_t actor = new_actor(original(i, end, 0), prefix->value);
        actors_[actor].strong = true;  // "Ministry of …": a capitalised name with an organisation word
        add(i, end, 0, actor);
        return end;
      }
    }
    // "General Motors Corp.", "Baath Party": a capitalised run ending in an organisation word.
    if (const auto [end, last] = suffix_run(i, kOrgSuffix | kGroupSuffix); end > i && last > i) {
      const ActorKind kind = (own(last) & kGroupSuffix) ? ActorKind::group : ActorKind::organization;
      const std::size_t actor = new_actor(original(i, end, 0), kind);
      actors_[actor].strong = true;
      add(i, end, 0, actor);
      return end;
    }
    return i;
  }

  std::size_t latin_patterns(std::size_t i) {
    if (!tokens_[i].capitalized) return i + 1;
    // A given name and a surname ("Rick Wagoner"), or a two- or three-word name next to "said".
    const std::size_t end = take_name(i, true);
    if (end > i) {
      const bool given = is(i, kGiven);
      const bool said = (word(end) && (tokens_[end].text == "said" || tokens_[end].text == "says" || tokens_[end].text == "told")) ||
                        (i > 0 && word(i - 1) && (tokens_[i - 1].text == "said" || tokens_[i - 1].text == "says"));
      if (given || (said && end - i <= 4)) {
        person(i, end, 0, given);
        return end;
      }
    }
    return i + 1;
  }

  // Capitalised words with "of", "for", "the", "&" between them: "Organization of the Petroleum Exporting Countries".
  std::size_t capitalised_run(std::size_t i) const {
    std::size_t j = i, end = i;
    while (j < tokens_.size() && j < i + 8) {
      const auto& tok = tokens_[j];
      if (tok.kind == PhraseToken::Kind::word && tok.capitalized && !is_arabic_word(tok.text) && !(own(j) & kGeneric)) {
        end = ++j;
        continue;
      }
      if (end > i && ((word(j) && (tok.text == "of" || tok.text == "for" || tok.text == "the")) || punct(j, "&")) &&
          word(j + 1) && tokens_[j + 1].capitalized)
        ++j;
      else if (end > i && punct(j, ".") && !tok.space_before && tokens_[j - 1].text.size() <= 4 && (own(j - 1) & kOrgSuffix))
        end = ++j;
      else
        break;
    }
    return end;
  }

  // Whether one Arabic word that spells a short form refers to the person: not when the match took the article
  // off (الحسين is not the حسين of حسين حبري), nor when the word agrees with the definite noun before it as its
  // adjective ("العام الماضي" after محمد الماضي, "البرنامج النووي") — unless that noun ends a title ("رئيس الوزراء
  // السوداني").
  bool plausible_short_form(std::size_t i, const PhraseTable<std::size_t>::Hit& hit) const {
    const std::string_view base = without_proclitics(i, hit.stripped);
    if (starts_with(base, kArticle) && !one_word_forms_.count(std::string(base))) return false;  // matched without its article
    if (!has_article(base) || i == 0 || !word(i - 1) || latin(i - 1)) return true;
    // After another given name it is that person's family name ("فايز الشهري" after "طلال الشهري"): the full name
    // would have matched as a whole.
    if (flags_[i - 1] & kGiven) return false;
    // After a noun in the construct state (ة: "دورية العلوم", "رعاية الأطفال") the word is that noun's complement.
    if (std::string_view(tokens_[i - 1].text).ends_with("\xD9\x87")) return false;
    if (!has_article(tokens_[i - 1].text)) return true;
    for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k)
      if (is(k, kTitleFirst))
        if (auto title = t_.titles.match(tokens_, k, true); title && k + title->length == i) return true;
    return false;
  }

  // Later mentions of this document's people by a short form: "وشدد الشمري", "Austin said".
  void resolve_short_forms() {
    if (short_forms_.empty()) return;
    for (std::size_t i = 0; i < tokens_.size();) {
      if (!word(i) || (!covered_.empty() && covered_[i])) {
        ++i;
        continue;
      }
      auto hit = short_forms_.match(tokens_, i, true);
      if (hit && latin(i) && !tokens_[i].capitalized) hit.reset();
      if (hit && hit->length == 1 && !latin(i) && (!plausible_short_form(i, *hit) || names_someone_else(i))) hit.reset();
      bool free = hit.has_value();
      for (std::size_t k = i; hit && k < i + hit->length && free; ++k) free = covered_.empty() || !covered_[k];
      if (!free) {
        ++i;
        continue;
      }
      found_.push_back({tokens_[i].begin + hit->stripped, tokens_[i + hit->length - 1].end, hit->value});
      ++actors_[hit->value].mentions;
      i += hit->length;
    }
  }
};

ActorAnalysis ActorRecognizer::analyse(std::string_view text, const std::string& language) const {
  return analyse(tokenize_text(text), text, language);
}

ActorAnalysis ActorRecognizer::analyse(const TokenizedText& tokens, std::string_view text, const std::string& language,
                                       const std::vector<Timex>* timexes) const {
  (void)language;  // names of every language are looked for: Arabic articles name actors in Latin script too
  return ActorPass(*this, text, tokens, timexes).run();
}

// ICU's Arabic-Latin romanisation ("ṭārq ālšmry"), folded to ASCII by dropping the marks NFD separates and the
// letters without an ASCII base (ʿ ʾ), then written as a name: "Tarq al-Shmry".
std::string ActorRecognizer::romanise(const std::string& arabic) const {
  std::lock_guard<std::mutex> lock(tables_->romaniser_lock);
  if (auto it = tables_->romanised.find(arabic); it != tables_->romanised.end()) return it->second;
  if (!tables_->romaniser) tables_->romaniser = std::make_unique<ArabicLatin>();
  // Word by word (the transliterator's output of one word never reaches into the next), each word's Latin form
  // kept: names are new far more often than their words.
  std::string out;
  for (std::size_t from = 0;;) {
    const std::size_t space = arabic.find(' ', from);
    const std::string word = arabic.substr(from, space == std::string::npos ? std::string::npos : space - from);
    auto it = tables_->romanised_words.find(word);
    if (it == tables_->romanised_words.end()) {
      if (tables_->romanised_words.size() >= 200000) tables_->romanised_words.clear();
      it = tables_->romanised_words.emplace(word, romanise_word(word)).first;
    }
    if (!it->second.empty()) {
      if (!out.empty()) out += ' ';
      out += it->second;
    }
    if (space == std::string::npos) break;
    from = space + 1;
  }
  if (tables_->romanised.size() < 200000) tables_->romanised.emplace(arabic, out);
  return out;
}

// One Arabic word in Latin letters: ICU's transliteration, its marks taken off (ḥ -> h, ʿ opening a word -> a), the
// article written al- and each word capitalised ("Allah" whole). Called under romaniser_lock.
std::string ActorRecognizer::romanise_word(const std::string& arabic_word) const {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(arabic_word);
  tables_->romaniser->transliterate(u);
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    if (word == "allh") word = "allah";
    if (word.size() > 3 && word.compare(0, 2, "al") == 0 && word != "allah") {
      word[2] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[2])));
      out += "al-" + word.substr(2);
    } else {
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      out += word;
    }
    word.clear();
  };
  for (int32_t k = 0; k < u.length();) {
    const UChar32 c = u.char32At(k);
    k += U16_LENGTH(c);
    UChar32 base = c;
    if (c >= 0x80) {
      icu::UnicodeString d;
      if (tables_->nfd->getDecomposition(c, d) && d.length() > 0) base = d.char32At(0);
    }
    if (base == 0x1E96 || base == 0x1E2B) base = 'h';  // ẖ in "sẖ", "kẖ"
    if (base == 0x02BF && word.empty()) base = 'a';    // ʿ (ain) opening a word: ʿbd -> abd
    if ((base | 0x20) >= 'a' && (base | 0x20) <= 'z')
      word += static_cast<char>(base | 0x20);
    else if (base == ' ' || base == '-')
      flush();
  }
  flush();
  return out;
}

const ActorEntry* ActorRecognizer::entry(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

Actor ActorRecognizer::actor(const std::string& id) const {
  Actor a;
  a.id = id;
  if (const ActorEntry* e = entry(id)) {
    a.labels = e->labels;
    a.kind = e->kind;
    a.attributes = e->attributes;
  }
  return a;
}

const ActorRecognizer& actor_recognizer() {
  static const ActorRecognizer recognizer;
  return recognizer;
}

}  // namespace chronograph
