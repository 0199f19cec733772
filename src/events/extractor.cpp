#include "chronograph/events/extractor.hpp"

#include <algorithm>
#include <functional>
#include <mutex>
#include <set>
#include <unordered_set>

#include <unicode/brkiter.h>

#include "../text/phrases.hpp"
#include "sentences.hpp"
#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/temporal/calendar.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

namespace {

// Speech acts: without a date of their own, they happened when the article reports them.
// (string_view literals: the length is compared before any byte; these run for every clause and actor pair.)
bool speech(std::string_view type) {
  using namespace std::string_view_literals;
  return type == "statement"sv || type == "protest"sv || type == "demand"sv || type == "threaten"sv;
}

// Types whose actors act together rather than on one another: their other actors are participants.
bool symmetric(std::string_view type) {
  using namespace std::string_view_literals;
  return type == "consult"sv || type == "cooperate"sv || type == "agree"sv || type == "fight"sv;
}

std::vector<std::string> tokens_of(const std::string& phrase) { return phrase_tokens(phrase); }

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

// Word sets searched with a string_view (no copy of the token).
using WordSet = FlatStringSet;

struct EventExtractor::Lexicon {
  std::string language;
  PhraseTable<std::string> triggers;  // -> type
  WordSet light;  // light verbs (انطلق، launched) that give way to another trigger
  PhraseTable<bool> source_markers, target_markers, complementizers;
  WordSet asides;  // words that open a relative or appositive clause (وهي، التي، which)
  WordSet negations;  // لم، لن، عدم، not, never: a trigger right after one made no event
  WordSet future_words;  // سوف، will: a trigger right after one is announced or planned
  WordSet clause_breaks;  // punctuation, matching form
  std::unique_ptr<icu::BreakIterator> sentences;
  mutable std::mutex lock;  // the break iterator is not thread-safe; nor is the buffer
  mutable std::vector<UChar> utf16;  // the text for the break iterator

  Lexicon(const std::string& lang, const Json& data) : language(lang) {
    for (const auto& [word, type] : data.at("triggers").items()) triggers.add(tokens_of(word), type.get<std::string>());
    for (const auto& w : data.value("light_triggers", Json::array())) light.insert(tokens_of(w.get<std::string>()).at(0));
    for (const auto& m : data.at("source_markers")) source_markers.add(tokens_of(m.get<std::string>()), true);
    for (const auto& m : data.at("target_markers")) target_markers.add(tokens_of(m.get<std::string>()), true);
    for (const auto& m : data.at("complementizers")) complementizers.add(tokens_of(m.get<std::string>()), true);
    for (const auto& w : data.value("asides", Json::array()))
      for (const auto& t : tokens_of(w.get<std::string>())) asides.insert(t);
    for (const auto& w : data.value("negations", Json::array()))
      for (const auto& t : tokens_of(w.get<std::string>())) negations.insert(t);
    for (const auto& w : data.value("future_words", Json::array()))
      for (const auto& t : tokens_of(w.get<std::string>())) future_words.insert(t);
    for (const auto& p : data.at("clause_breaks"))
      for (const auto& t : tokens_of(p.get<std::string>())) clause_breaks.insert(t);
    IcuError status("creating the sentence break iterator");
    sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
    status.assertSuccess();
  }
};

EventExtractor::EventExtractor() {
  for (const char* lang : {"ar", "en"})
    lexicons_.push_back(std::make_unique<Lexicon>(lang, Json::parse(embedded_file(std::string("events/") + lang + ".json"))));
}

EventExtractor::~EventExtractor() = default;

namespace {

struct Sentence {
  std::size_t begin, end;  // code points
  std::size_t paragraph;   // index of its line
};

// Sentences in code points: ICU's sentence boundaries, and every line break ends one (titles, captions and
// bylines are their own units). ICU runs line by line (a sentence never runs across a line break, so its
// boundaries inside a line do not depend on the other lines), and only on the lines `wanted(begin, end)` accepts
// (code points; all when it is empty): a line with neither an event word nor a date is one unit, since nothing
// in it would be read. `utf16` is a buffer the caller keeps between texts.
std::vector<Sentence> split_sentences(const std::string& text, const std::vector<std::size_t>& byte_of, icu::BreakIterator& it,
                                      std::vector<UChar>& utf16,
                                      const std::function<bool(std::size_t, std::size_t)>& wanted = {}) {
  std::vector<Sentence> out;
  auto cp_at = [&](std::size_t byte) {
    return static_cast<std::size_t>(std::lower_bound(byte_of.begin(), byte_of.end(), byte) - byte_of.begin());
  };
  const std::size_t code_points = byte_of.empty() ? 0 : byte_of.size() - 1;
  std::vector<std::size_t> breaks;
  auto split_line = [&](std::size_t line_byte, std::size_t line_byte_end, std::size_t line_cp) {
    const std::size_t from = breaks.size();
    line_sentence_breaks(std::string_view(text).substr(line_byte, line_byte_end - line_byte), it, utf16, breaks);
    for (std::size_t k = from; k < breaks.size(); ++k) breaks[k] += line_cp;
  };
  // Line breaks, in code points (where the next line starts).
  std::vector<std::size_t> lines;
  std::size_t line_byte = 0, line_cp = 0;
  for (std::size_t i = text.find('\n');; i = text.find('\n', i + 1)) {
    const std::size_t end_byte = i == std::string::npos ? text.size() : i;
    const std::size_t end_cp = i == std::string::npos ? code_points : cp_at(i);
    if (!wanted || wanted(line_cp, end_cp)) split_line(line_byte, end_byte, line_cp);
    if (i == std::string::npos) break;
    lines.push_back(end_cp + 1);
    line_byte = i + 1;
    line_cp = end_cp + 1;
  }
  const std::size_t cp = code_points;
  std::vector<std::size_t> cuts = breaks;
  cuts.insert(cuts.end(), lines.begin(), lines.end());
  cuts.push_back(0);
  cuts.push_back(cp);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::size_t paragraph = 0, line = 0;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    while (line < lines.size() && lines[line] <= cuts[k]) {
      ++line;
      ++paragraph;
    }
    out.push_back({cuts[k], cuts[k + 1], paragraph});
  }
  return out;
}

std::string event_id(const Event& e) {
  std::string basis = e.type + "|" + (e.date ? e.date->value : std::string()) + "|";
  for (const auto& a : e.actors) basis += a.id + ":" + to_string(a.role) + ";";
  return "ev-" + stable_hash(basis);
}

void sort_actors(std::vector<EventActor>& actors) {
  std::sort(actors.begin(), actors.end());
  actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
  // An actor that is both source and something else stays the source.
  std::set<std::string> sources;
  for (const auto& a : actors)
    if (a.role == Role::source) sources.insert(a.id);
  std::erase_if(actors, [&](const EventActor& a) { return a.role != Role::source && sources.count(a.id); });
}

}  // namespace

std::vector<Event> EventExtractor::extract(const Annotation& annotation) const {
  TokenizedText tokens = tokenize_text(annotation.document.text);
  return extract(annotation, tokens);
}

std::vector<Event> EventExtractor::extract(const Annotation& annotation, TokenizedText& tokenized) const {
  const Document& doc = annotation.document;
  const Lexicon* lex = nullptr;
  for (const auto& l : lexicons_)
    if (l->language == doc.language) lex = l.get();
  if (!lex || doc.text.empty()) return {};

  std::vector<PhraseToken>& tokens = tokenized.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const PhraseToken& t = tokens[i];
    if (t.kind != PhraseToken::Kind::word) continue;
    // The future prefix س on an imperfect verb (ستدعم، وسيبحث): the verb without it is the trigger.
    std::vector<Variant> with_verb;
    const std::size_t n = t.variants.empty() ? 1 : t.variants.size();
    for (std::size_t k = 0; k < n; ++k) {
      const std::string_view v = t.variants.empty() ? t.text : t.variants[k].first;
      // Byte by byte: this runs on every variant of every word.
      if (v.size() < 8 || v[0] != '\xD8' || v[1] != '\xB3') continue;
      if (!((v[2] == '\xD9' && (v[3] == '\x8A' || v[3] == '\x86')) || (v[2] == '\xD8' && v[3] == '\xAA'))) continue;
      if (with_verb.empty()) {
        if (t.variants.empty()) with_verb.emplace_back(t.text, 0);
        else with_verb.assign(t.variants.begin(), t.variants.end());
      }
      with_verb.emplace_back(v.substr(2), (t.variants.empty() ? 0 : t.variants[k].second) + 1);  // a tail: a view
    }
    if (!with_verb.empty()) tokenized.set_variants(i, std::move(with_verb));
  }

  // Where event words start (after the future prefix is taken off).
  // Each token's match is kept (1 + its index in trigger_hits; 0: none) for the clauses below to read.
  std::vector<PhraseTable<std::string>::Hit> trigger_hits;
  std::vector<std::uint32_t> trigger_start(tokens.size(), 0);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind != PhraseToken::Kind::word) continue;
    if (auto hit = lex->triggers.match(tokens, k, true)) {
      trigger_hits.push_back(std::move(*hit));
      trigger_start[k] = static_cast<std::uint32_t>(trigger_hits.size());
    }
  }

  // Actors the actor stage was unsure of take no part.
  std::set<std::string> unsure;
  for (const auto& a : annotation.actors) {
    if (auto it = a.attributes.find("confidence"); it != a.attributes.end() && it->second == "low") unsure.insert(a.id);
  }
  std::vector<const Mention*> mentions;
  for (const auto& m : annotation.mentions)
    if (!unsure.count(m.actor) && m.kind != ActorKind::location) mentions.push_back(&m);
  std::sort(mentions.begin(), mentions.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
  std::vector<const Timex*> dates;
  for (const auto& t : annotation.timexes)
    if ((t.type == TimexType::date || t.type == TimexType::time) && (t.date.has_interval() || !t.date.value.empty()))
      dates.push_back(&t);

  // The first date (in the annotation's order) inside [begin, end): a binary search when the dates are in text order,
  // as the tagger gives them (a scan of all of them for every clause was a cost of its own).
  const bool dates_in_order =
      std::is_sorted(dates.begin(), dates.end(), [](const Timex* a, const Timex* b) { return a->span.begin < b->span.begin; });
  auto first_date_within = [&](std::size_t begin, std::size_t end) -> std::optional<DateRef> {
    if (dates_in_order) {
      auto it = std::lower_bound(dates.begin(), dates.end(), begin, [](const Timex* t, std::size_t cp) { return t->span.begin < cp; });
      for (; it != dates.end() && (*it)->span.begin <= end; ++it)
        if ((*it)->span.end <= end) return (*it)->date;
      return std::nullopt;
    }
    for (const Timex* t : dates)
      if (t->span.begin >= begin && t->span.end <= end) return t->date;
    return std::nullopt;
  };

  // Sentences: only the lines with an event word or a date need ICU's boundaries (see split_sentences).
  std::vector<Sentence> sentences;
  {
    // Lines come in text order; tokens are in text order, and so are the dates' starts once sorted: two cursors.
    std::vector<std::size_t> date_starts;
    for (const Timex* t : dates) date_starts.push_back(t->span.begin);
    std::sort(date_starts.begin(), date_starts.end());
    std::size_t next_token = 0, next_date = 0;
    auto wanted = [&](std::size_t begin, std::size_t end) {
      bool found = false;
      while (next_token < tokens.size() && tokens[next_token].begin < begin) ++next_token;
      for (; next_token < tokens.size() && tokens[next_token].begin < end; ++next_token) found = found || trigger_start[next_token];
      while (next_date < date_starts.size() && date_starts[next_date] < begin) ++next_date;
      for (; next_date < date_starts.size() && date_starts[next_date] < end; ++next_date) found = true;
      return found;
    };
    std::lock_guard<std::mutex> guard(lex->lock);
    sentences = split_sentences(doc.text, tokenized.byte_of, *lex->sentences, lex->utf16, wanted);
  }

  const std::vector<std::size_t>& byte_of = tokenized.byte_of;
  auto slice = [&](std::size_t b, std::size_t e) { return std::string_view(doc.text).substr(byte_of[b], byte_of[e] - byte_of[b]); };

  std::vector<Event> found;
  std::unordered_set<std::string_view, StringHash> seen_sentences;  // a caption repeated word for word counts once (views of the text)
  std::vector<std::pair<std::size_t, std::size_t>> clauses;  // each sentence's, token ranges (kept between sentences)
  std::optional<DateRef> narrative;                // the date the paragraph's story is at
  std::size_t narrative_paragraph = SIZE_MAX;
  std::size_t ti = 0;  // first token not before the sentence
  for (const auto& s : sentences) {
    const std::string_view sentence_text = trim_view(slice(s.begin, s.end));
    while (ti < tokens.size() && tokens[ti].begin < s.begin) ++ti;
    std::size_t te = ti;
    while (te < tokens.size() && tokens[te].end <= s.end) ++te;
    if (s.paragraph != narrative_paragraph) narrative.reset();
    narrative_paragraph = s.paragraph;
    if (sentence_text.empty() || !seen_sentences.insert(sentence_text).second) {
      ti = te;
      continue;
    }
    // Clauses: cut at clause punctuation and after a complementizer (قال … إن | …).
    clauses.clear();
    std::size_t start = ti;
    for (std::size_t k = ti; k < te; ++k) {
      if (tokens[k].kind == PhraseToken::Kind::punct && lex->clause_breaks.count(tokens[k].text)) {
        if (k > start) clauses.emplace_back(start, k);
        start = k + 1;
      } else if (tokens[k].kind == PhraseToken::Kind::word && k > start) {
        if (auto c = lex->complementizers.match(tokens, k, false)) {
          clauses.emplace_back(start, k);
          start = k;
          k += c->length - 1;
        }
      }
    }
    if (te > start) clauses.emplace_back(start, te);

    std::optional<DateRef> sentence_date;
    std::string previous_source;
    // The subject a later clause of the sentence may go on about: the first actor of the last clause that did not
    // open with a relative or a pronoun ("ما تسمى المقاومة الإسلامية …، وهي ائتلاف …، كانت وراء الهجوم").
    const Mention* carried_subject = nullptr;
    for (const auto& clause : clauses) {
      const std::size_t cb = clause.first, ce = clause.second;  // not a structured binding: lambdas below use them
      const std::size_t clause_begin = tokens[cb].begin, clause_end = tokens[ce - 1].end;
      // The clause's mentions (mentions are in text order: a binary search, not a scan of the document's).
      auto first = std::lower_bound(mentions.begin(), mentions.end(), clause_begin,
                                    [](const Mention* m, std::size_t cp) { return m->span.begin < cp; });
      std::vector<const Mention*> clause_mentions;
      for (auto it = first; it != mentions.end() && (*it)->span.begin < clause_end; ++it)
        if ((*it)->span.end <= clause_end) clause_mentions.push_back(*it);
      // The clause's trigger: the most specific one, outside actor names.
      std::optional<PhraseTable<std::string>::Hit> trigger;
      std::size_t trigger_at = 0;
      bool trigger_light = false;
      for (std::size_t k = cb; k < ce; ++k) {
        if (!trigger_start[k]) continue;
        const auto& hit = trigger_hits[trigger_start[k] - 1];
        const bool in_name = std::any_of(clause_mentions.begin(), clause_mentions.end(), [&](const Mention* m) {
          return m->span.begin <= tokens[k].begin && tokens[k].end <= m->span.end;
        });
        if (in_name) continue;
        // The first trigger of the clause is its main verb or noun; a light one (انطلقت، launched) gives way.
        bool light = lex->light.count(tokens[k].text) > 0;
        for (const auto& v : tokens[k].variants) light = light || lex->light.count(v.first) > 0;
        const bool current_light = trigger && trigger_light;
        if (!trigger || (current_light && !light)) {
          trigger = hit;
          trigger_at = k;
          trigger_light = light;
        }
        k += hit.length - 1;
      }
      // The clause's own date.
      std::optional<DateRef> clause_date = first_date_within(clause_begin, clause_end);
      if (clause_date && !sentence_date) sentence_date = clause_date;
      const Mention* subject_before = carried_subject;
      const std::string_view opener = tokens[cb].kind == PhraseToken::Kind::word ? tokens[cb].text : std::string_view();
      const bool aside = lex->asides.count(opener) > 0;
      if (!clause_mentions.empty() && !aside) carried_subject = clause_mentions.front();
      if (!trigger) continue;
      // One of `words` one or two words before the trigger, in the clause, with or without its proclitics.
      auto just_before = [&](const WordSet& words) {
        for (std::size_t b = trigger_at; b-- > cb && trigger_at - b <= 2;) {
          if (words.count(tokens[b].text)) return true;
          for (const auto& v : tokens[b].variants)
            if (words.count(v.first)) return true;
        }
        return false;
      };
      // Negated: "لم يتم الاتفاق", "did not attack", "عدم الانسحاب".
      if (just_before(lex->negations)) continue;
      const std::size_t trig_begin = tokens[trigger_at].begin + trigger->stripped;
      const std::size_t trig_end = tokens[trigger_at + trigger->length - 1].end;

      // Actors of the clause, and their roles by position and markers.
      std::vector<const Mention*> before, after;
      for (const Mention* m : clause_mentions) (m->span.end <= trig_begin ? before : after).push_back(m);
      auto token_before = [&](std::size_t cp) {  // the token index of the word before code point cp
        std::size_t k = cb;
        while (k < ce && tokens[k].end <= cp) ++k;
        return k;  // first token at or after cp
      };
      auto marked_by = [&](const Mention* m, const PhraseTable<bool>& markers) {
        const std::size_t k = token_before(m->span.begin);
        for (std::size_t back = 1; back <= 2 && k >= cb + back; ++back)
          if (auto hit = markers.match(tokens, k - back, false); hit && k - back + hit->length == k) return true;
        // A proclitic ب or ل on the mention's own word ("بداعش", "للعراق") marks a target too.
        return &markers == &lex->target_markers && m->span.begin > tokens[std::min(k, ce - 1)].begin;
      };
      Event e;
      e.type = trigger->value;
      e.trigger = std::string(slice(trig_begin, trig_end));
      // Announced or planned: the future prefix taken off the trigger (سيبحث، وستدعم), or a future word one or two
      // words before it (سوف، will, would, shall, 'll).
      {
        const std::string_view word = tokens[trigger_at].text;
        const std::size_t prefix = std::min(word.size(), 2 * trigger->stripped);  // Arabic letters: two bytes
        const bool future_prefix = prefix >= 2 && word.substr(prefix - 2, 2) == "\xD8\xB3";  // س
        if (future_prefix || just_before(lex->future_words)) e.modality = "future";
      }
      std::string source;
      bool passive = false;
      for (const Mention* m : after)
        if (marked_by(m, lex->source_markers)) {
          source = m->actor;  // "من قبل جماعات", "by militias"
          passive = true;
        }
      if (symmetric(e.type)) source.clear();  // talks, agreements, fighting: everyone takes part alike
      else if (source.empty() && !before.empty()) source = before.back()->actor;
      // An event noun with the article ("كانت وراء الهجوم") takes its actor from the sentence, not from what follows.
      const bool noun_trigger = lex->language == "ar" && trigger->stripped == 0 && tokens[trigger_at].text.substr(0, 4) == "\xD8\xA7\xD9\x84";
      if (source.empty() && !symmetric(e.type) && noun_trigger && subject_before && before.empty()) source = subject_before->actor;
      if (source.empty() && !symmetric(e.type)) {
        // Verb first (Arabic): the subject follows; a person in it is the one who acts ("قال قائد التحالف الجنرال …").
        const Mention* subject = nullptr;
        for (const Mention* m : after) {
          if (marked_by(m, lex->target_markers)) break;
          if (!subject || (m->kind == ActorKind::person && subject->kind != ActorKind::person)) subject = m;
          if (subject->kind == ActorKind::person) break;
        }
        if (subject) source = subject->actor;
      }
      if (source.empty() && !symmetric(e.type) && !previous_source.empty() && trigger_at <= cb + 1)
        source = previous_source;  // "…، فشنت ضربات"
      if (!source.empty()) e.actors.push_back({source, Role::source});
      if (e.type != "statement")
        for (const Mention* m : after)
          if (m->actor != source) e.actors.push_back({m->actor, symmetric(e.type) ? Role::participant : Role::target});
      if (e.type == "statement" && !source.empty()) {
        // Whom the statement is about: the actors of what was said, in the rest of the sentence ("قال الشمري إن
        // العراق بحاجة لبقاء الأميركيين" links the analyst to Iraq and the United States). They take part; the
        // reported content is its own event too.
        for (auto it = std::lower_bound(mentions.begin(), mentions.end(), trig_end,
                                        [](const Mention* m, std::size_t cp) { return m->span.begin < cp; });
             it != mentions.end() && (*it)->span.end <= s.end; ++it)
          if ((*it)->actor != source && (*it)->span.begin >= clause_end) e.actors.push_back({(*it)->actor, Role::participant});
      }
      if (symmetric(e.type) || passive)  // "قواعد أميركية تعرضت لهجوم من قبل …": the passive's subject is the target
        for (const Mention* m : before)
          if (m->actor != source) e.actors.push_back({m->actor, passive ? Role::target : Role::participant});
      sort_actors(e.actors);
      if (e.actors.empty()) continue;
      if (!source.empty()) previous_source = source;

      // The date: the clause's, else the sentence's, else the paragraph's narrative time, else for a speech act
      // (statement, protest, demand, threat) the publication day.
      if (clause_date) e.date = clause_date;
      else if (sentence_date) e.date = sentence_date;
      else {
        e.date = first_date_within(tokens[ti].begin, s.end);
      }
      if (!e.date && narrative) e.date = narrative;
      if (!e.date && speech(e.type) && doc.published) e.date = date_from_value(format_day(*doc.published), doc.published);
      if (e.date) narrative = e.date;

      std::string summary(sentence_text);
      if (summary.size() > 400) summary = std::string(substr_code_points(summary, 0, 160)) + "…";
      e.summary = std::move(summary);
      e.evidence.push_back({doc.id, std::string(sentence_text), Span{s.begin, s.end}, ""});
      found.push_back(std::move(e));
    }
    if (sentence_date) narrative = sentence_date;
    ti = te;
  }

  // One event per thing that happened: the same type and date, the same source (when both have one; always for
  // statements) and a shared actor make one event mentioned again.
  std::vector<Event> merged;
  for (auto& e : found) {
    Event* same = nullptr;
    for (auto& m : merged) {
      if (m.type != e.type || !m.date || !e.date || m.date->value != e.date->value) continue;
      // Who acted must agree: two statements of one day by different speakers are two statements.
      if (source_of(m) != source_of(e) && !source_of(m).empty() && !source_of(e).empty()) continue;
      if (e.type == "statement" && source_of(m) != source_of(e)) continue;
      const bool shared = std::any_of(e.actors.begin(), e.actors.end(), [&](const EventActor& a) {
        return std::any_of(m.actors.begin(), m.actors.end(), [&](const EventActor& b) { return a.id == b.id; });
      });
      if (shared) {
        same = &m;
        break;
      }
    }
    if (!same) {
      merged.push_back(std::move(e));
      continue;
    }
    same->actors.insert(same->actors.end(), e.actors.begin(), e.actors.end());
    sort_actors(same->actors);
    same->evidence.insert(same->evidence.end(), e.evidence.begin(), e.evidence.end());
    merge_modality(same->modality, e.modality);
  }
  for (auto& e : merged) {
    std::sort(e.evidence.begin(), e.evidence.end());
    e.evidence.erase(std::unique(e.evidence.begin(), e.evidence.end()), e.evidence.end());
    e.id = event_id(e);
  }
  std::sort(merged.begin(), merged.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  // Two clusters that ended with the same id are one event.
  std::vector<Event> out;
  for (auto& e : merged) {
    if (!out.empty() && out.back().id == e.id) {
      out.back().evidence.insert(out.back().evidence.end(), e.evidence.begin(), e.evidence.end());
      std::sort(out.back().evidence.begin(), out.back().evidence.end());
      merge_modality(out.back().modality, e.modality);
      continue;
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Span> EventExtractor::sentences(const std::string& text, const std::string& language) const {
  const Lexicon* lex = nullptr;
  for (const auto& l : lexicons_)
    if (l->language == language || (!lex && l->language == "en")) lex = l.get();
  if (!lex || text.empty()) return {};
  std::vector<Sentence> cut;
  {
    std::lock_guard<std::mutex> guard(lex->lock);
    cut = split_sentences(text, code_point_offsets(text), *lex->sentences, lex->utf16);
  }
  std::vector<Span> out;
  for (const auto& s : cut) out.push_back({s.begin, s.end});
  return out;
}

const EventExtractor& event_extractor() {
  static const EventExtractor extractor;
  return extractor;
}

}  // namespace chronograph
