// Entity timelines (include/chronograph/chronology/entity_timeline.hpp, docs/EVENTS.md).
#include "chronograph/chronology/entity_timeline.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/temporal/calendar.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "chronograph/text/utf8.hpp"
#include "../text/phrases.hpp"

namespace chronograph {

// ---- the task's format ----

std::optional<TimelineEvent> parse_timeline_event(std::string_view s) {
  // docid-sentence-word: the sentence is the first all-digit part between two dashes after the first character
  // (document ids may hold dashes: "en-talks-open.html-2-opened"; words too: "1173-12-out-sold").
  for (std::size_t first = s.find('-', 1); first != std::string_view::npos; first = s.find('-', first + 1)) {
    const auto second = s.find('-', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    const std::string_view number = s.substr(first + 1, second - first - 1);
    TimelineEvent e;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), e.sentence);
    if (number.empty() || ec != std::errc() || end != number.data() + number.size() || second + 1 >= s.size()) continue;
    e.doc = std::string(s.substr(0, first));
    e.word = std::string(s.substr(second + 1));
    return e;
  }
  return std::nullopt;
}

std::string to_string(const TimelineEvent& e) { return e.doc + "-" + std::to_string(e.sentence) + "-" + e.word; }

namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2003-XX-XX" -> "2003", "2008-03-XX" -> "2008-03"; "XXXX…" -> "XXXX-XX-XX"; nullopt when malformed.
std::optional<std::string> normalise_date(std::string_view d) {
  std::vector<std::string_view> parts;
  for (std::size_t b = 0;;) {
    const auto dash = d.find('-', b);
    parts.push_back(d.substr(b, dash == std::string_view::npos ? std::string_view::npos : dash - b));
    if (dash == std::string_view::npos) break;
    b = dash + 1;
  }
  if (parts.size() > 3) return std::nullopt;
  if (d.find_first_not_of("X-") == std::string_view::npos && !parts[0].empty()) return std::string("XXXX-XX-XX");  // "XXX-XX-XX" too
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view p = parts[i];
    const std::size_t width = i == 0 ? 4 : 2;
    if (p.size() != width) return std::nullopt;
    if (p.find_first_not_of('X') == std::string_view::npos) break;
    if (!digits(p)) return std::nullopt;
    out += (i ? "-" : "") + std::string(p);
  }
  if (out.empty()) return std::string("XXXX-XX-XX");
  return out;
}

}  // namespace

EntityTimeline read_entity_timeline(std::string_view text, const std::string& source) {
  EntityTimeline t;
  std::size_t line_no = 0;
  bool named = false;
  for (std::size_t b = 0; b < text.size();) {
    auto nl = text.find('\n', b);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(b, nl - b);
    b = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (!named) {
      t.entity = std::string(line);
      named = true;
      continue;
    }
    std::vector<std::string_view> fields;
    for (std::size_t f = 0;;) {
      const auto tab = line.find('\t', f);
      fields.push_back(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    if (fields.size() < 3) throw Error("a timeline line needs an order, a date and an event", source, line_no);
    TimelineLine l;
    if (!digits(fields[0])) throw Error("the order is not a number: " + std::string(fields[0]), source, line_no);
    std::from_chars(fields[0].data(), fields[0].data() + fields[0].size(), l.order);
    const auto date = normalise_date(fields[1]);
    if (!date) throw Error("the date is not YYYY, YYYY-MM, YYYY-MM-DD or XXXX-XX-XX: " + std::string(fields[1]), source, line_no);
    l.date = *date;
    for (std::size_t i = 2; i < fields.size(); ++i) {
      if (fields[i].empty()) continue;
      const auto e = parse_timeline_event(fields[i]);
      if (!e) throw Error("an event is written docid-sentence-word: " + std::string(fields[i]), source, line_no);
      l.events.push_back(*e);
    }
    if (!l.events.empty()) t.lines.push_back(std::move(l));
  }
  if (!named) throw Error("empty timeline (the first line names the entity)", source);
  return t;
}

std::string write_entity_timeline(const EntityTimeline& timeline) {
  std::string out = timeline.entity + "\n";
  for (const auto& l : timeline.lines) {
    out += std::to_string(l.order) + "\t" + l.date;
    for (const auto& e : l.events) out += "\t" + to_string(e);
    out += "\n";
  }
  return out;
}

// ---- event words ----

namespace {

enum Form : unsigned char { kBase, kThird, kPast, kIng, kNoun };

struct Lexicon {
  std::unordered_map<std::string, Form> forms;
  std::unordered_set<std::string> lemmas, not_events, future_markers, auxiliaries;
};

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::vector<std::string> words_of(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> w;
  for (std::string x; in >> x;) w.push_back(x);
  return w;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

const Lexicon& english() {
  static const Lexicon lex = [] {
    Lexicon l;
    const char* data = embedded_file("chronology/en.json");
    if (!data) throw Error("embedded chronology/en.json is missing");
    const Json j = Json::parse(data);
    std::unordered_set<std::string> doubled;
    for (const auto& d : j.at("doubled")) doubled.insert(d.get<std::string>());
    auto add = [&](const std::string& form, Form f) { l.forms.try_emplace(form, f); };
    for (const auto& v : j.at("verbs")) {
      const auto w = words_of(v.get<std::string>());
      const std::string& lemma = w.at(0);
      l.lemmas.insert(lemma);
      const char last = lemma.back();
      const bool y = last == 'y' && lemma.size() > 1 && !vowel(lemma[lemma.size() - 2]);
      const std::string stem = doubled.count(lemma) ? lemma + last : lemma;
      add(lemma, kBase);
      if (y) add(lemma.substr(0, lemma.size() - 1) + "ies", kThird);
      else if (last == 's' || last == 'x' || last == 'z' || lemma.ends_with("sh") || lemma.ends_with("ch") || lemma.ends_with("o"))
        add(lemma + "es", kThird);
      else add(lemma + "s", kThird);
      if (w.size() >= 3) {
        add(w[1], kPast);
        add(w[2], kPast);
      } else if (y) {
        add(lemma.substr(0, lemma.size() - 1) + "ied", kPast);
      } else if (last == 'e') {
        add(lemma + "d", kPast);
      } else {
        add(stem + "ed", kPast);
      }
      if (last == 'e' && !lemma.ends_with("ee")) add(lemma.substr(0, lemma.size() - 1) + "ing", kIng);
      else if (lemma.ends_with("ie")) add(lemma.substr(0, lemma.size() - 2) + "ying", kIng);
      else add(stem + "ing", kIng);
    }
    for (const auto& n : j.at("nouns")) {
      const auto w = words_of(n.get<std::string>());
      const std::string& noun = w.at(0);
      add(noun, kNoun);
      if (w.size() >= 2) add(w[1], kNoun);
      else if (noun.back() == 'y' && !vowel(noun[noun.size() - 2])) add(noun.substr(0, noun.size() - 1) + "ies", kNoun);
      else if (noun.back() == 's' || noun.ends_with("sh") || noun.ends_with("ch")) add(noun + "es", kNoun);
      else add(noun + "s", kNoun);
    }
    for (const auto& s : j.at("not_events")) l.not_events.insert(s.get<std::string>());
    for (const auto& s : j.at("future_markers")) l.future_markers.insert(s.get<std::string>());
    for (const auto& s : j.at("auxiliaries")) l.auxiliaries.insert(s.get<std::string>());
    return l;
  }();
  return lex;
}

bool alphabetic(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; });
}

std::optional<Form> event_form(const Lexicon& lex, const std::string& lower) {
  if (lex.not_events.count(lower)) return std::nullopt;
  if (auto it = lex.forms.find(lower); it != lex.forms.end()) return it->second;
  if (lower.size() >= 5 && lower.ends_with("ed") && alphabetic(lower)) return kPast;  // a regular past we do not list
  return std::nullopt;
}

// A TIMEX3 value in the task's date format: YYYY, YYYY-MM or YYYY-MM-DD (times cut to their day); PRESENT_REF is
// the DCT; other values (durations, sets, seasons, weeks) give nothing.
std::optional<std::string> task_date(const Timex& t, std::optional<Day> dct) {
  if (t.type == TimexType::duration || t.type == TimexType::set) return std::nullopt;
  const std::string& v = t.date.value;
  if (v == "PRESENT_REF") return dct ? std::optional<std::string>(format_day(*dct)) : std::nullopt;
  if (v.size() >= 10 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5, 2)) && v[7] == '-' && digits(v.substr(8, 2)))
    return v.substr(0, 10);
  if (v.size() == 7 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5, 2))) return v;
  if (v.size() == 4 && digits(v)) return v;
  return std::nullopt;
}

// A white-space token with its punctuation split off: opening quotes and brackets before, closing ones, commas,
// colons, the full stop of the sentence's last word (inside a sentence "Inc." and "Corp." keep theirs) and a
// possessive "'s" after. Text
// that is already tokenised (the task's TimeML) comes back unchanged.
std::vector<std::string_view> split_punctuation(std::string_view w, bool last) {
  static const std::string_view kOpen[] = {"\"", "'", "(", "[", "{", "\u00AB", "\u201C", "\u2018"};
  static const std::string_view kClose[] = {"\"", "'", ")", "]", "}", "\u00BB", "\u201D", "\u2019", ",", ";", ":", "!", "?", "\u060C", "\u061B", "\u061F"};
  std::vector<std::string_view> before, after;
  // Clitics a tokeniser already split off ("'s", "'re", "n't") stay whole.
  if ((w.starts_with("'") || w.starts_with("\u2019")) && w.size() <= 4 && std::isalpha(static_cast<unsigned char>(w.back())))
    return {w};
  // So does punctuation alone ("''", "--").
  if (std::none_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }))
    return {w};
  for (bool again = true; again && w.size() > 1;) {
    again = false;
    for (auto p : kOpen)
      if (w.size() > p.size() && w.starts_with(p)) {
        before.push_back(w.substr(0, p.size()));
        w.remove_prefix(p.size());
        again = true;
        break;
      }
  }
  for (bool again = true; again && w.size() > 1;) {
    again = false;
    for (auto p : kClose)
      if (w.size() > p.size() && w.ends_with(p)) {
        after.push_back(w.substr(w.size() - p.size()));
        w.remove_suffix(p.size());
        again = true;
        break;
      }
    if (!again && last && w.size() > 1 && w.back() == '.' && w.substr(0, w.size() - 1).find('.') == std::string_view::npos) {
      after.push_back(w.substr(w.size() - 1));
      w.remove_suffix(1);
      again = true;
    }
    for (auto p : {std::string_view("'s"), std::string_view("\u2019s")})
      if (!again && w.size() > p.size() + 1 && w.ends_with(p)) {
        after.push_back(w.substr(w.size() - p.size()));
        w.remove_suffix(p.size());
        again = true;
      }
  }
  std::vector<std::string_view> out(before.begin(), before.end());
  out.push_back(w);
  out.insert(out.end(), after.rbegin(), after.rend());
  return out;
}

// Arabic event words: the event stage's single-word triggers (src/events/lang/ar.json), behind any proclitic; a
// future prefix (سيزور، ستبحث) or "سوف" before makes the word future; a negation before (لم، لن، لا، عدم) drops it.
struct ArabicWords {
  std::unordered_set<std::string> events, negations;
};

const ArabicWords& arabic_words() {
  static const ArabicWords words = [] {
    ArabicWords w;
    const char* data = embedded_file("events/ar.json");
    if (!data) throw Error("embedded events/ar.json is missing");
    const Json j = Json::parse(data);
    for (const auto& [trigger, type] : j.at("triggers").items())
      if (const auto t = phrase_tokens(trigger); t.size() == 1) w.events.insert(t[0]);
    for (const auto& n : j.value("negations", Json::array()))
      if (const auto t = phrase_tokens(n.get<std::string>()); t.size() == 1) w.negations.insert(t[0]);
    return w;
  }();
  return words;
}

// The matching form of a token's first word, and its proclitic variants.
CliticVariants arabic_variants(const std::string& token) {
  const auto words = phrase_tokens(token);
  if (words.empty()) return {};
  return may_carry_clitic(words[0]) ? clitic_variants(words[0]) : CliticVariants{{words[0], 0}};
}

void find_arabic_words(TimelineDocument& doc) {
  const ArabicWords& w = arabic_words();
  static const std::string kSa = "\xD8\xB3", kSawfa = "\xD8\xB3\xD9\x88\xD9\x81";  // س، سوف
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& tokens = doc.sentences[s];
    std::vector<CliticVariants> variants;
    for (const auto& t : tokens) variants.push_back(arabic_variants(t.text));
    auto any_of_set = [&](std::size_t k, const std::unordered_set<std::string>& set) {
      return std::any_of(variants[k].begin(), variants[k].end(), [&](const auto& v) { return set.count(v.first) > 0; });
    };
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      bool event = any_of_set(k, w.events), future = false;
      for (const auto& [v, stripped] : variants[k])
        if (!event && v.size() >= 8 && v.compare(0, 2, kSa) == 0 && w.events.count(v.substr(2))) event = future = true;
      if (!event) continue;
      if ((k >= 1 && any_of_set(k - 1, w.negations)) || (k >= 2 && any_of_set(k - 2, w.negations))) continue;
      if (k >= 1 && std::any_of(variants[k - 1].begin(), variants[k - 1].end(), [](const auto& v) { return v.first == kSawfa; }))
        future = true;
      doc.words.push_back({s, k, future});
    }
  }
}

}  // namespace

TimelineDocument prepare_timeline_document(std::string id, const std::vector<std::string>& sentences, std::optional<Day> dct,
                                           const std::string& language) {
  TimelineDocument doc;
  doc.id = std::move(id);
  doc.dct = dct;
  std::string text;
  std::vector<std::size_t> line_start;  // code points
  std::size_t cp = 0;
  for (const auto& raw : sentences) {
    // One line per sentence in the text the tagger reads: line breaks inside a sentence become spaces.
    std::string s = raw;
    for (char& c : s)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    line_start.push_back(cp);
    auto& tokens = doc.sentences.emplace_back();
    std::size_t offset = 0;  // code points into the sentence
    for (std::size_t i = 0; i < s.size();) {
      if (s[i] == ' ') {
        ++i;
        ++offset;
        continue;
      }
      std::size_t j = i;
      while (j < s.size() && s[j] != ' ') ++j;
      const bool last = s.find_first_not_of(' ', j) == std::string::npos;
      for (const std::string_view piece : split_punctuation(std::string_view(s.data() + i, j - i), last)) {
        tokens.push_back({std::string(piece), offset});
        offset += count_code_points(piece);
      }
      i = j;
    }
    text += s;
    text += '\n';
    cp += count_code_points(s) + 1;
  }
  auto token_at = [&](std::size_t sentence, std::size_t offset) {
    const auto& tokens = doc.sentences[sentence];
    std::size_t t = 0;
    while (t + 1 < tokens.size() && tokens[t + 1].begin <= offset) ++t;
    return t;
  };
  doc.language = language;
  doc.texts = sentences;
  auto sentence_of = [&](std::size_t at) {
    return static_cast<std::size_t>(std::upper_bound(line_start.begin(), line_start.end(), at) - line_start.begin()) - 1;
  };
  for (const Mention& m : actor_recognizer().find(text, language)) {
    if (m.span.end <= m.span.begin || m.form != "name") continue;
    const std::size_t s = sentence_of(m.span.begin);
    if (doc.sentences[s].empty() || sentence_of(m.span.end - 1) != s) continue;
    doc.named.push_back({s, token_at(s, m.span.begin - line_start[s]), token_at(s, m.span.end - 1 - line_start[s]) + 1, m.actor});
  }
  for (const Timex& t : temporal_tagger().tag(text, language, dct)) {
    auto date = task_date(t, dct);
    if (!date) continue;
    const std::size_t s = sentence_of(t.span.begin);
    if (doc.sentences[s].empty()) continue;
    doc.times.push_back({s, token_at(s, t.span.begin - line_start[s]), *date});
  }
  if (language == "ar") {
    find_arabic_words(doc);
    return doc;
  }
  if (language != "en") return doc;
  const Lexicon& lex = english();
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& tokens = doc.sentences[s];
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const std::string& raw = tokens[k].text;
      // Names are not events: a capital letter is only allowed where every word has one, at the sentence's start.
      if (std::isupper(static_cast<unsigned char>(raw[0])) && k > 0) continue;
      const std::string lower = lower_ascii(raw);
      const auto form = event_form(lex, lower);
      if (!form) continue;
      TimelineDocument::Word w{s, k, false};
      if (*form == kIng) {
        // An -ing form counts only after a form of "be" or at a clause's start ("Citing …"); elsewhere it is mostly an
        // adjective or a noun modifier.
        const std::string before = k ? lower_ascii(tokens[k - 1].text) : std::string(",");
        if (!(before == "is" || before == "are" || before == "was" || before == "were" || before == "be" || before == "been" ||
              before == "," || k == 0))
          continue;
      }
      // Future or modal: a marker ("will", "to", "may", …) before the word, with only auxiliaries between.
      for (std::size_t b = k; b-- > 0 && k - b <= 3;) {
        const std::string prev = lower_ascii(tokens[b].text);
        if (lex.future_markers.count(prev)) {
          w.future = *form != kNoun;
          break;
        }
        if (!lex.auxiliaries.count(prev)) break;
      }
      doc.words.push_back(w);
    }
  }
  return doc;
}

TimelineDocument prepare_timeline_text(std::string id, const std::string& text, std::optional<Day> dct,
                                       const std::string& language) {
  std::vector<std::string> sentences;
  const auto offsets = code_point_offsets(text);
  for (const Span& s : event_extractor().sentences(text, language)) {
    std::string_view piece(text.data() + offsets[s.begin], offsets[s.end] - offsets[s.begin]);
    const auto first = piece.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) continue;
    piece = piece.substr(first, piece.find_last_not_of(" \t\r\n") - first + 1);
    sentences.emplace_back(piece);
  }
  return prepare_timeline_document(std::move(id), sentences, dct, language);
}

// ---- the timeline ----

namespace {

struct Alias {
  std::vector<std::string> tokens;  // lower-case
  bool capital = true;              // the first token starts with a capital letter
  std::size_t target = 0;
};

enum class TargetKind { person, product, organisation };

bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}
bool inner_capital(std::string_view w) {
  return w.size() > 1 && std::islower(static_cast<unsigned char>(w[0])) &&
         std::any_of(w.begin() + 1, w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

TargetKind kind_of(const std::string& name) {
  const auto words = words_of(name);
  if (words.empty()) return TargetKind::organisation;
  if (inner_capital(words[0]) || std::any_of(words.begin() + 1, words.end(), [](const std::string& w) { return has_digit(w); }))
    return TargetKind::product;
  const auto mentions = actor_recognizer().find(name, "en");
  if (mentions.size() == 1 && mentions[0].kind == ActorKind::person && mentions[0].span.end == count_code_points(name))
    return TargetKind::person;
  return TargetKind::organisation;
}

// The names a target is mentioned by: its full name; for a product, its model ("A380", "787 Dreamliner", "3G"),
// the model before the brand ("3G iPhone"), a long last word ("Dreamliner") and a brand with an inner capital
// before a common noun ("iTunes" of "iTunes store"); for a person, the surname; for an organisation of three or
// more words, its last two words ("Apple Corps") and its initials ("USAF").
std::vector<Alias> aliases_of(const std::string& name, std::size_t target, TargetKind kind) {
  std::vector<Alias> out;
  const auto words = words_of(name);
  if (words.empty()) return out;
  auto add = [&](std::vector<std::string> w) {
    Alias a;
    a.capital = !std::islower(static_cast<unsigned char>(w[0][0]));
    for (auto& x : w) x = lower_ascii(x);
    a.tokens = std::move(w);
    a.target = target;
    out.push_back(std::move(a));
  };
  add(words);
  if (words.size() < 2) return out;
  const std::string& last = words.back();
  switch (kind) {
    case TargetKind::product: {
      auto model = std::find_if(words.begin() + 1, words.end(), [](const std::string& w) { return has_digit(w); });
      if (model != words.end()) {
        if (model->size() >= 2) add(std::vector<std::string>(model, words.end()));
        if (words.size() == 2) add({words[1], words[0]});
        if (model != words.end() - 1 && last.size() >= 5 && alphabetic(last)) add({last});
      } else if (inner_capital(words[0]) && std::islower(static_cast<unsigned char>(last[0]))) {
        add({words[0]});
      }
      break;
    }
    case TargetKind::person:
      add({last});
      break;
    case TargetKind::organisation:
      if (words.size() >= 3) {
        add({words[words.size() - 2], last});
        std::string initials;
        for (const auto& w : words)
          if (std::isupper(static_cast<unsigned char>(w[0]))) initials += w[0];
        if (initials.size() >= 3) add({initials});
      }
      break;
  }
  return out;
}

// Words that refer back to the last target of a kind named in the two sentences before: "he", "she"; "it", "the
// company"; "it", "the aircraft".
bool refers_back(TargetKind kind, const std::string& lower, const std::string& next) {
  switch (kind) {
    case TargetKind::person:
      return lower == "he" || lower == "she";
    case TargetKind::organisation:
      if (lower == "it") return true;
      return lower == "the" && (next == "company" || next == "firm" || next == "airline" || next == "carrier" ||
                                next == "manufacturer" || next == "corporation" || next == "group" || next == "automaker");
    case TargetKind::product:
      if (lower == "it") return true;
      return lower == "the" && (next == "aircraft" || next == "plane" || next == "jet" || next == "airliner" || next == "device" ||
                                next == "phone" || next == "store" || next == "player" || next == "service");
  }
  return false;
}

}  // namespace

namespace {

// An event word counts when it is at most kLeft tokens before or kRight tokens after a mention of the entity (tuned
// on the task's trial timelines; docs/EVALUATION.md).
constexpr std::size_t kLeft = 2, kRight = 4;

// A word's date: the nearest date expression of its sentence; else the DCT, except for what may happen (modal,
// future, infinitive), which stays undated (XXXX-XX-XX).
std::string word_date(const TimelineDocument& doc, const TimelineDocument::Word& w) {
  std::string date = "XXXX-XX-XX";
  std::size_t best = SIZE_MAX;
  for (const auto& t : doc.times)
    if (t.sentence == w.sentence) {
      const std::size_t d = t.token > w.token ? t.token - w.token : w.token - t.token;
      if (d < best) {
        best = d;
        date = t.date;
      }
    }
  if (best == SIZE_MAX && !w.future && doc.dct) date = format_day(*doc.dct);
  return date;
}

}  // namespace

std::vector<WordParticipation> word_participations(const TimelineDocument& doc) {
  std::vector<WordParticipation> out;
  for (const auto& w : doc.words) {
    const std::string date = word_date(doc, w);
    for (const auto& n : doc.named) {
      if (n.sentence != w.sentence || (w.token >= n.begin && w.token < n.end)) continue;
      const bool near = w.token < n.begin ? n.begin - w.token <= kLeft : w.token + 1 - n.end <= kRight;
      if (near) out.push_back({w.sentence, w.token, n.begin, n.end, n.actor, date});
    }
  }
  return out;
}

EntityTimeline entity_timeline(const std::vector<TimelineDocument>& documents, const std::string& entity,
                               const std::vector<std::string>& targets) {
  std::vector<Alias> aliases;
  std::vector<std::string> names = targets;
  std::size_t self = std::find(names.begin(), names.end(), entity) - names.begin();
  if (self == names.size()) names.push_back(entity);
  std::vector<TargetKind> kinds;
  for (std::size_t i = 0; i < names.size(); ++i) {
    kinds.push_back(kind_of(names[i]));
    for (auto& a : aliases_of(names[i], i, kinds[i])) aliases.push_back(std::move(a));
  }
  std::stable_sort(aliases.begin(), aliases.end(), [](const Alias& a, const Alias& b) { return a.tokens.size() > b.tokens.size(); });
  // The actor the actor stage reads the whole name as, if any.
  std::string actor;
  {
    const bool arabic = std::any_of(entity.begin(), entity.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xD8 && static_cast<unsigned char>(c) <= 0xDB; });
    const auto found = actor_recognizer().find(entity, arabic ? "ar" : "en");
    if (found.size() == 1 && found[0].span.begin == 0 && found[0].span.end == count_code_points(entity)) actor = found[0].actor;
  }

  std::map<std::string, std::set<TimelineEvent>> by_date;
  for (const auto& doc : documents) {
    std::vector<std::pair<std::size_t, std::size_t>> last_named(3, {SIZE_MAX, 0});  // per kind: target, sentence
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      const auto& tokens = doc.sentences[s];
      std::vector<std::string> lower;
      for (const auto& t : tokens) lower.push_back(lower_ascii(t.text));
      // Mentions: the longest alias at each position wins; positions taken stay taken.
      std::vector<std::pair<std::size_t, std::size_t>> mine;  // [begin, end) of the entity's mentions
      std::vector<bool> taken(tokens.size(), false);
      std::vector<std::pair<std::size_t, std::size_t>> named;  // (token, target) in this sentence
      for (const auto& a : aliases)
        for (std::size_t k = 0; k + a.tokens.size() <= tokens.size(); ++k) {
          if (!std::equal(a.tokens.begin(), a.tokens.end(), lower.begin() + static_cast<std::ptrdiff_t>(k))) continue;
          if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(k),
                          taken.begin() + static_cast<std::ptrdiff_t>(k + a.tokens.size()), [](bool b) { return b; }))
            continue;
          if (a.capital == static_cast<bool>(std::islower(static_cast<unsigned char>(tokens[k].text[0])))) continue;
          std::fill(taken.begin() + static_cast<std::ptrdiff_t>(k), taken.begin() + static_cast<std::ptrdiff_t>(k + a.tokens.size()), true);
          named.emplace_back(k, a.target);
          if (a.target == self) mine.emplace_back(k, k + a.tokens.size());
        }
      // The actor stage's mentions of the entity, where no other target's name was read.
      if (!actor.empty())
        for (const auto& n : doc.named)
          if (n.sentence == s && n.actor == actor && n.end <= tokens.size() &&
              std::none_of(taken.begin() + static_cast<std::ptrdiff_t>(n.begin), taken.begin() + static_cast<std::ptrdiff_t>(n.end),
                           [](bool b) { return b; })) {
            mine.emplace_back(n.begin, n.end);
            std::fill(taken.begin() + static_cast<std::ptrdiff_t>(n.begin), taken.begin() + static_cast<std::ptrdiff_t>(n.end), true);
            named.emplace_back(n.begin, self);
          }
      // Referring words ("he", "the company") for the last target of their kind named in the two sentences before.
      {
        const auto& [who, when] = last_named[static_cast<std::size_t>(kinds[self])];
        if (who == self && s - when <= 2)
          for (std::size_t k = 0; k < tokens.size(); ++k)
            if (!taken[k] && refers_back(kinds[self], lower[k], k + 1 < tokens.size() ? lower[k + 1] : std::string())) {
              const std::size_t len = lower[k] == "the" ? 2 : 1;  // "the company"; "he", "it"
              mine.emplace_back(k, k + len);
              for (std::size_t j = k; j < k + len; ++j) taken[j] = true;
            }
      }
      std::sort(named.begin(), named.end());
      for (const auto& [k, target] : named) last_named[static_cast<std::size_t>(kinds[target])] = {target, s};
      if (mine.empty()) continue;
      for (const auto& w : doc.words) {
        if (w.sentence != s || taken[w.token]) continue;
        std::size_t distance = SIZE_MAX;
        for (const auto& [b, e] : mine)
          if (w.token < b ? b - w.token <= kLeft : w.token + 1 - e <= kRight)
            distance = std::min(distance, w.token < b ? b - w.token : w.token + 1 - e);
        if (distance == SIZE_MAX) continue;
        by_date[word_date(doc, w)].insert({doc.id, s, tokens[w.token].text});
      }
    }
  }
  EntityTimeline t;
  t.entity = entity;
  int order = 0;
  for (const auto& [date, events] : by_date) {
    const bool undated = date == "XXXX-XX-XX";
    if (!undated) ++order;
    for (const auto& e : events) t.lines.push_back({undated ? 0 : order, date, {e}});
  }
  std::stable_sort(t.lines.begin(), t.lines.end(), [](const TimelineLine& a, const TimelineLine& b) { return a.order < b.order; });
  return t;
}

}  // namespace chronograph
