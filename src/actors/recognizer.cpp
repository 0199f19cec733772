#include "chronograph/actors/recognizer.hpp"

#include <fstream>
#include <sstream>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "../text/phrases.hpp"
#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

struct ActorRecognizer::Tables {
  struct Name {
    std::size_t entry;
    bool acronym;  // written in capitals: the text must be too
    bool latin;    // a Latin-script name: English case rules apply
  };
  PhraseTable<Name> names;
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

bool is_latin(const std::string& name) {
  for (char c : name)
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  return false;
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

}  // namespace

ActorRecognizer::ActorRecognizer() : tables_(std::make_unique<Tables>()) {
  // Countries and territories, named by CLDR in English and Arabic.
  const icu::Locale en("en"), ar("ar");
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    const icu::Locale country("", *code);
    icu::UnicodeString name_en, name_ar;
    country.getDisplayCountry(en, name_en);
    country.getDisplayCountry(ar, name_ar);
    ActorEntry e;
    e.labels["en"] = utf8(name_en);
    e.labels["ar"] = utf8(name_ar);
    e.id = actor_id_for_name(e.labels["en"]);
    e.kind = ActorKind::country;
    if (e.id.empty() || by_id_.count(e.id)) continue;
    by_id_[e.id] = entries_.size();
    entries_.push_back(e);
    add_name(entries_.size() - 1, e.labels["en"]);
    add_name(entries_.size() - 1, e.labels["ar"]);
    for (const auto& form : nisba_forms(e.labels["ar"])) add_name(entries_.size() - 1, form);
  }
  for (const char* lang : {"ar", "en"}) {
    const Json data = Json::parse(embedded_file(std::string("actors/") + lang + ".json"));
    for (const char* key : {"demonyms", "country_aliases"})
      for (const auto& [name, id] : data.at(key).items()) {
        auto it = by_id_.find(id.get<std::string>());
        if (it == by_id_.end()) throw Error("actors/" + std::string(lang) + ".json: no country '" + id.get<std::string>() + "'");
        add_name(it->second, name);
        if (std::string(key) == "demonyms" && std::string(lang) == "ar")
          for (const auto& form : nisba_forms(name)) add_name(it->second, form);
      }
  }
  add_lexicon(Json::parse(embedded_file("actors/organizations.json")), "actors/organizations.json");
}

ActorRecognizer::~ActorRecognizer() = default;

void ActorRecognizer::add_name(std::size_t entry, const std::string& name) {
  const auto tokens = phrase_tokens(name);
  if (tokens.empty()) return;
  entries_[entry].names.push_back(name);
  tables_->names.add(tokens, Tables::Name{entry, is_acronym(name), is_latin(name)});
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
      const Json labels = a.value("labels", Json::object()), names = a.value("names", Json::array());  // named: no dangling items()
      for (const auto& [lang, label] : labels.items()) {
        e.labels[lang] = label.get<std::string>();
        add_name(it->second, label.get<std::string>());
      }
      for (const auto& n : names) add_name(it->second, n.get<std::string>());
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

std::vector<Mention> ActorRecognizer::find(std::string_view text, const std::string& language) const {
  const Normalized norm = normalize_for_match(text);
  std::vector<PhraseToken> tokens = tokenize_for_phrases(norm.text, norm.to_original);
  mark_case(text, tokens);
  for (auto& t : tokens)
    if (t.kind == PhraseToken::Kind::word && t.text.size() >= 6 && (static_cast<unsigned char>(t.text[0]) & 0xF0) == 0xD0)
      t.variants = clitic_variants(t.text);
  std::vector<Mention> out;
  for (std::size_t i = 0; i < tokens.size();) {
    auto hit = tables_->names.match(tokens, i, true);
    if (hit && hit->value.latin && (!tokens[i].capitalized || (hit->value.acronym && !tokens[i].all_upper))) hit.reset();
    if (!hit) {
      ++i;
      continue;
    }
    const ActorEntry& e = entries_[hit->value.entry];
    Mention m;
    m.span = {tokens[i].begin + hit->stripped, tokens[i + hit->length - 1].end};
    m.text = std::string(substr_code_points(text, m.span.begin, m.span.end));
    m.actor = e.id;
    m.kind = e.kind;
    out.push_back(std::move(m));
    i += hit->length;
  }
  (void)language;  // names of every language are looked for: Arabic articles name actors in Latin script too
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
  }
  return a;
}

const ActorRecognizer& actor_recognizer() {
  static const ActorRecognizer recognizer;
  return recognizer;
}

}  // namespace chronograph
