// MEANTIME event–participant–time triples (include/chronograph/eval/event_eval.hpp).
#include "chronograph/eval/event_eval.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/chronology/entity_timeline.hpp"
#include "chronograph/error.hpp"
#include "chronograph/eval/ner_eval.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/pipeline.hpp"
#include "chronograph/temporal/calendar.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

void TripleCounts::add(const TripleCounts& o) {
  gold += o.gold;
  system += o.system;
  system_correct += o.system_correct;
  gold_found += o.gold_found;
  pair_gold += o.pair_gold;
  pair_system += o.pair_system;
  pair_system_correct += o.pair_system_correct;
  pair_gold_found += o.pair_gold_found;
}

namespace {

struct Markable {
  std::size_t begin = SIZE_MAX, end = 0;
  std::string kind;   // EVENT_MENTION, ENTITY_MENTION, TIMEX3
  std::string value;  // TIMEX3 value
};

std::string_view tag_at(std::string_view xml, std::size_t pos) {
  const auto close = xml.find('>', pos);
  return xml.substr(pos, close == std::string_view::npos ? std::string_view::npos : close - pos);
}

// source -> targets of every link of one kind, with the link's tag.
struct Link {
  std::string source, target, tag;
};
std::vector<Link> links(std::string_view xml, std::string_view kind) {
  std::vector<Link> out;
  const std::string open = "<" + std::string(kind) + " ", close = "</" + std::string(kind) + ">";
  for (std::size_t pos = 0; (pos = xml.find(open, pos)) != std::string_view::npos;) {
    const auto end = xml.find(close, pos);
    if (end == std::string_view::npos) break;
    const std::string tag(tag_at(xml, pos));
    const auto s = xml.find("<source ", pos), t = xml.find("<target ", pos);
    if (s < end && t < end)
      out.push_back({tag_attribute(tag_at(xml, s), "m_id"), tag_attribute(tag_at(xml, t), "m_id"), tag});
    pos = end;
  }
  return out;
}

}  // namespace

TripleDocument read_meantime_triples(std::string_view xml, const std::string& name) {
  TripleDocument doc;
  const auto d = xml.find("<Document");
  doc.id = d == std::string_view::npos ? name : tag_attribute(tag_at(xml, d), "doc_id");
  std::map<std::string, std::size_t> token_index;
  for (std::size_t pos = 0; (pos = xml.find("<token ", pos)) != std::string_view::npos;) {
    const auto close = xml.find('>', pos);
    const auto end = xml.find("</token>", pos);
    if (close == std::string_view::npos || end == std::string_view::npos || end < close) throw Error("unterminated <token>", name);
    const std::string_view tag = xml.substr(pos, close - pos);
    token_index[tag_attribute(tag, "t_id")] = doc.tokens.size();
    std::size_t sentence = 0;
    try {
      sentence = static_cast<std::size_t>(std::stoul(tag_attribute(tag, "sentence")));
    } catch (const std::exception&) {
      throw Error("a token without a sentence number", name);
    }
    doc.sentence.push_back(sentence);
    doc.tokens.push_back(decode_entities(xml.substr(close + 1, end - close - 1)));
    pos = end;
  }
  std::map<std::string, Markable> markables;
  for (const char* kind : {"EVENT_MENTION", "ENTITY_MENTION", "TIMEX3"}) {
    const std::string open = std::string("<") + kind + " ", close = std::string("</") + kind + ">";
    for (std::size_t pos = 0; (pos = xml.find(open, pos)) != std::string_view::npos;) {
      const std::string_view tag = tag_at(xml, pos);
      const auto self_closing = !tag.empty() && tag.back() == '/';
      const auto end = self_closing ? pos + tag.size() : xml.find(close, pos);
      if (end == std::string_view::npos) throw Error(std::string("unterminated <") + kind + ">", name);
      Markable m;
      m.kind = kind;
      m.value = tag_attribute(tag, "value");
      for (auto a = xml.find("<token_anchor ", pos); a < end; a = xml.find("<token_anchor ", a + 1)) {
        auto it = token_index.find(tag_attribute(tag_at(xml, a), "t_id"));
        if (it == token_index.end()) continue;
        m.begin = std::min(m.begin, it->second);
        m.end = std::max(m.end, it->second + 1);
      }
      const std::string id = tag_attribute(tag, "m_id");
      if (std::string_view(kind) == "TIMEX3" && tag_attribute(tag, "functionInDocument") == "CREATION_TIME") {
        if (m.value.size() >= 10) {
          try {
            doc.dct = parse_day(std::string_view(m.value).substr(0, 10));
          } catch (const Error&) {
          }
        }
      }
      if (!id.empty()) markables[id] = m;
      pos = end;
    }
  }
  // Entity types through REFERS_TO to the ENTITY instances.
  std::map<std::string, std::string> instance_type;
  for (std::size_t pos = 0; (pos = xml.find("<ENTITY ", pos)) != std::string_view::npos; ++pos) {
    const std::string_view tag = tag_at(xml, pos);
    instance_type[tag_attribute(tag, "m_id")] = tag_attribute(tag, "ent_type");
  }
  std::map<std::string, std::string> mention_type;
  for (const auto& l : links(xml, "REFERS_TO"))
    if (auto it = instance_type.find(l.target); it != instance_type.end()) mention_type[l.source] = it->second;
  // Anchors: event mention -> date.
  std::map<std::string, std::string> anchor;
  for (const auto& l : links(xml, "TLINK")) {
    const std::string rel = tag_attribute(l.tag, "reltype");
    auto s = markables.find(l.source), t = markables.find(l.target);
    if (s == markables.end() || t == markables.end()) continue;
    if (s->second.kind == "EVENT_MENTION" && t->second.kind == "TIMEX3" &&
        (rel == "SIMULTANEOUS" || rel == "IS_INCLUDED" || rel == "DURING"))
      anchor.try_emplace(l.source, t->second.value);
    else if (s->second.kind == "TIMEX3" && t->second.kind == "EVENT_MENTION" && (rel == "SIMULTANEOUS" || rel == "INCLUDES"))
      anchor.try_emplace(l.target, s->second.value);
  }
  for (const auto& l : links(xml, "HAS_PARTICIPANT")) {
    auto e = markables.find(l.source), p = markables.find(l.target);
    if (e == markables.end() || p == markables.end() || e->second.kind != "EVENT_MENTION" || p->second.kind != "ENTITY_MENTION")
      continue;
    const auto type = mention_type.find(l.target);
    if (e->second.begin >= e->second.end || p->second.begin >= p->second.end) continue;
    GoldTriple g{e->second.begin, e->second.end, p->second.begin, p->second.end, {}, true};
    g.actor = type != mention_type.end() && (type->second == "PER" || type->second == "ORG" || type->second == "LOC");
    if (auto a = anchor.find(l.source); a != anchor.end()) g.time = a->second;
    doc.gold.push_back(g);
  }
  return doc;
}

namespace {

struct SystemTriple {
  std::size_t trigger;
  std::vector<std::pair<std::size_t, std::size_t>> mentions;  // token spans of the actor in the sentence
  std::string time;
};

TripleCounts count_triples(const TripleDocument& doc, const std::vector<SystemTriple>& system) {
  auto matches = [](const SystemTriple& s, const GoldTriple& g, bool timed) {
    if (s.trigger < g.event_begin || s.trigger >= g.event_end) return false;
    const bool participant = std::any_of(s.mentions.begin(), s.mentions.end(),
                                         [&](const auto& m) { return m.first < g.entity_end && g.entity_begin < m.second; });
    return participant && (!timed || (!g.time.empty() && s.time == g.time.substr(0, 10)));
  };
  TripleCounts c;
  c.system = c.pair_system = system.size();
  for (const auto& g : doc.gold) {
    c.pair_gold += g.actor ? 1 : 0;
    c.gold += g.actor && !g.time.empty() ? 1 : 0;
  }
  for (const auto& s : system) {
    c.system_correct += std::any_of(doc.gold.begin(), doc.gold.end(), [&](const GoldTriple& g) { return matches(s, g, true); });
    c.pair_system_correct += std::any_of(doc.gold.begin(), doc.gold.end(), [&](const GoldTriple& g) { return matches(s, g, false); });
  }
  for (const auto& g : doc.gold) {
    if (!g.actor) continue;
    if (!g.time.empty())
      c.gold_found += std::any_of(system.begin(), system.end(), [&](const SystemTriple& s) { return matches(s, g, true); });
    c.pair_gold_found += std::any_of(system.begin(), system.end(), [&](const SystemTriple& s) { return matches(s, g, false); });
  }
  return c;
}

}  // namespace

TripleCounts score_triples(const TripleDocument& doc, const ActorRecognizer& recognizer) {
  // The text: tokens joined by spaces, a line per sentence.
  JoinedTokens joined = join_tokens(doc.tokens, doc.sentence);
  Annotation a;
  a.document.id = doc.id;
  a.document.language = "en";
  a.document.published = doc.dct;
  a.document.text = std::move(joined.text);
  annotate(a, recognizer);
  auto token_at = [&](std::size_t code_point) { return joined.token_at(code_point); };
  std::vector<SystemTriple> system;
  for (const Event& e : a.events) {
    const std::string trigger = e.trigger.substr(0, e.trigger.find(' '));
    for (const Evidence& ev : e.evidence) {
      if (!ev.span || ev.span->begin >= ev.span->end || joined.starts.empty()) continue;
      const std::size_t first = token_at(ev.span->begin), last = token_at(ev.span->end - 1);
      std::size_t trigger_token = SIZE_MAX;
      for (std::size_t t = first; t <= last && trigger_token == SIZE_MAX; ++t)
        if (doc.tokens[t] == trigger) trigger_token = t;
      if (trigger_token == SIZE_MAX) continue;
      std::set<std::string> seen;
      for (const EventActor& actor : e.actors) {
        if (!seen.insert(actor.id).second) continue;
        std::string time = e.date ? e.date->value.substr(0, 10) : std::string();
        if (time == "PRESENT_RE" && doc.dct) time = format_day(*doc.dct);
        SystemTriple s{trigger_token, {}, time};
        for (const Mention& m : a.mentions)
          if (m.actor == actor.id && m.span.begin >= ev.span->begin && m.span.end <= ev.span->end && m.span.end > m.span.begin)
            s.mentions.emplace_back(token_at(m.span.begin), token_at(m.span.end - 1) + 1);
        if (!s.mentions.empty()) system.push_back(std::move(s));
      }
    }
  }
  return count_triples(doc, system);
}

TripleCounts score_word_triples(const TripleDocument& doc) {
  // The document as the timeline stage reads it: one string per sentence, the tokens joined by spaces; each token's
  // first code point within its sentence, to map the stage's words back to MEANTIME's tokens.
  std::vector<std::string> sentences;
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> starts;  // per sentence: (code point, token index)
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::size_t s = doc.sentence[i];
    if (sentences.size() <= s) {
      sentences.resize(s + 1);
      starts.resize(s + 1);
    }
    if (!sentences[s].empty()) sentences[s] += ' ';
    starts[s].emplace_back(count_code_points(sentences[s]), i);
    sentences[s] += doc.tokens[i];
  }
  const TimelineDocument td = prepare_timeline_document(doc.id, sentences, doc.dct, "en");
  auto token_of = [&](std::size_t s, std::size_t k) -> std::size_t {  // the stage's token k of sentence s
    const std::size_t cp = td.sentences[s][k].begin;
    const auto& st = starts[s];
    auto it = std::upper_bound(st.begin(), st.end(), std::make_pair(cp, SIZE_MAX));
    return it == st.begin() ? st.front().second : std::prev(it)->second;
  };
  std::vector<SystemTriple> system;
  for (const WordParticipation& p : word_participations(td)) {
    if (p.sentence >= starts.size() || starts[p.sentence].empty()) continue;
    SystemTriple t{token_of(p.sentence, p.token), {}, p.date == "XXXX-XX-XX" ? std::string() : p.date};
    t.mentions.emplace_back(token_of(p.sentence, p.mention_begin), token_of(p.sentence, p.mention_end - 1) + 1);
    system.push_back(std::move(t));
  }
  return count_triples(doc, system);
}

}  // namespace chronograph
