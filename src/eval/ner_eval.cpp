#include "chronograph/eval/ner_eval.hpp"

#include <algorithm>
#include <set>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "chronograph/text/utf8.hpp"
#include "../text/phrases.hpp"

namespace chronograph {

namespace {

// B-PERS / I-PER / B-MIS2 … -> PER, ORG, LOC, MISC; "" for O and for labels we do not know.
std::string entity_type(std::string_view tag) {
  if (tag.size() < 3 || tag[1] != '-') return {};
  std::string_view t = tag.substr(2);
  while (!t.empty() && t[0] == '-') t.remove_prefix(1);  // "I--ORG"
  if (t.substr(0, 3) == "PER") return "PER";
  if (t == "ORG") return "ORG";
  if (t == "LOC") return "LOC";
  if (t.substr(0, 3) == "MIS") return "MISC";
  return {};
}

std::string_view trim_marks(std::string_view s) {
  // Some ANERcorp lines wrap tokens in U+200F (RLM) marks.
  const std::string_view rlm = "\xE2\x80\x8F";
  while (s.substr(0, rlm.size()) == rlm) s.remove_prefix(rlm.size());
  while (s.size() >= rlm.size() && s.substr(s.size() - rlm.size()) == rlm) s.remove_suffix(rlm.size());
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

const char* type_of(ActorKind k) {
  switch (k) {
    case ActorKind::person: return "PER";
    case ActorKind::organization:
    case ActorKind::group: return "ORG";
    case ActorKind::country:
    case ActorKind::location: return "LOC";
    default: return "";
  }
}

}  // namespace

std::vector<NerDocument> read_iob_documents(std::string_view content, const std::string& name,
                                            std::size_t sentences_per_document, std::size_t* malformed) {
  std::vector<NerDocument> docs;
  NerDocument doc;
  std::size_t sentences = 0, bad = 0, line_no = 0;
  bool in_sentence = false;
  std::string open_type;  // type of the mention being read
  auto close_mention = [&] {
    if (!open_type.empty()) doc.gold.back().end = doc.tokens.size();
    open_type.clear();
  };
  auto end_sentence = [&] {
    if (!in_sentence) return;
    in_sentence = false;
    ++sentences;
    if (sentences_per_document > 0 && sentences % sentences_per_document == 0) {
      close_mention();
      doc.id = name + "#" + std::to_string(docs.size() + 1);
      docs.push_back(std::move(doc));
      doc = NerDocument{};
    }
  };
  std::size_t pos = 0;
  while (pos < content.size()) {
    auto nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = trim_marks(content.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty()) {
      close_mention();
      end_sentence();
      continue;
    }
    const auto space = line.rfind(' ');
    std::string_view token = space == std::string_view::npos ? std::string_view() : trim_marks(line.substr(0, space));
    const std::string_view tag = space == std::string_view::npos ? line : line.substr(space + 1);
    if (token.empty() || token.find(' ') != std::string_view::npos || !(tag == "O" || (tag.size() > 2 && tag[1] == '-')) ||
        find_invalid_utf8(token).has_value()) {
      ++bad;
      close_mention();  // the mention cannot go on across a line we dropped
      continue;
    }
    const std::string type = entity_type(tag);
    const bool begins = tag[0] == 'B' || (!type.empty() && type != open_type);
    if (type.empty() || begins) close_mention();
    doc.tokens.emplace_back(token);
    in_sentence = true;
    if (!type.empty() && begins) {
      doc.gold.push_back({doc.tokens.size() - 1, doc.tokens.size(), type});
      open_type = type;
    }
    if (!type.empty()) doc.gold.back().end = doc.tokens.size();
    if (token == "." && sentences_per_document > 0 && type.empty()) end_sentence();
  }
  close_mention();
  if (!doc.tokens.empty()) {
    doc.id = name + "#" + std::to_string(docs.size() + 1);
    docs.push_back(std::move(doc));
  }
  if (malformed) *malformed = bad;
  return docs;
}

JoinedTokens join_tokens(const std::vector<std::string>& tokens, const std::vector<std::size_t>& sentence) {
  JoinedTokens j;
  std::size_t cp = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i) {
      j.text += i < sentence.size() && sentence[i] != sentence[i - 1] ? '\n' : ' ';
      ++cp;
    }
    j.starts.push_back(cp);
    j.text += tokens[i];
    cp += count_code_points(tokens[i]);
  }
  return j;
}

std::size_t JoinedTokens::token_at(std::size_t code_point) const {
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), code_point) - starts.begin()) - 1;
}

NerDocument read_meantime_entities(std::string_view xml, const std::string& name) {
  NerDocument doc;
  doc.id = name;
  std::map<std::string, std::size_t> token_index;  // t_id -> index
  std::size_t pos = 0;
  while ((pos = xml.find("<token ", pos)) != std::string_view::npos) {
    const auto close = xml.find('>', pos);
    const auto end = xml.find("</token>", close);
    if (close == std::string_view::npos || end == std::string_view::npos) throw Error("unterminated <token>", name);
    token_index[tag_attribute(xml.substr(pos, close - pos), "t_id")] = doc.tokens.size();
    doc.tokens.push_back(decode_entities(xml.substr(close + 1, end - close - 1)));
    pos = end;
  }
  // Mentions (m_id -> token span), instances (m_id -> type), and the links between them.
  struct Pending {
    std::size_t begin = SIZE_MAX, end = 0;
  };
  std::map<std::string, Pending> named;
  std::map<std::string, std::string> instance_type;
  for (pos = 0; (pos = xml.find("<ENTITY_MENTION ", pos)) != std::string_view::npos;) {
    const auto close = xml.find('>', pos);
    const auto end = xml.find("</ENTITY_MENTION>", close);
    if (close == std::string_view::npos || end == std::string_view::npos) throw Error("unterminated <ENTITY_MENTION>", name);
    const std::string_view tag = xml.substr(pos, close - pos);
    if (tag_attribute(tag, "syntactic_type") == "NAM") {
      Pending p;
      for (auto a = xml.find("<token_anchor ", close); a < end; a = xml.find("<token_anchor ", a + 1)) {
        auto it = token_index.find(tag_attribute(xml.substr(a, xml.find('>', a) - a), "t_id"));
        if (it == token_index.end()) continue;
        p.begin = std::min(p.begin, it->second);
        p.end = std::max(p.end, it->second + 1);
      }
      if (p.begin < p.end) named[tag_attribute(tag, "m_id")] = p;
    }
    pos = end;
  }
  for (pos = 0; (pos = xml.find("<ENTITY ", pos)) != std::string_view::npos; ++pos) {
    const std::string_view tag = xml.substr(pos, xml.find('>', pos) - pos);
    instance_type[tag_attribute(tag, "m_id")] = tag_attribute(tag, "ent_type");
  }
  std::set<NerMention> gold;
  for (pos = 0; (pos = xml.find("<REFERS_TO ", pos)) != std::string_view::npos;) {
    const auto end = xml.find("</REFERS_TO>", pos);
    if (end == std::string_view::npos) break;
    const auto t = xml.find("<target ", pos);
    const std::string target = t < end ? tag_attribute(xml.substr(t, xml.find('>', t) - t), "m_id") : std::string();
    auto type = instance_type.find(target);
    if (type != instance_type.end() && (type->second == "PER" || type->second == "ORG" || type->second == "LOC"))
      for (auto s = xml.find("<source ", pos); s < end; s = xml.find("<source ", s + 1)) {
        auto m = named.find(tag_attribute(xml.substr(s, xml.find('>', s) - s), "m_id"));
        if (m != named.end()) gold.insert({m->second.begin, m->second.end, type->second});
      }
    pos = end;
  }
  doc.gold.assign(gold.begin(), gold.end());
  return doc;
}

std::map<std::string, NerCounts> score_ner(const NerDocument& doc, const ActorRecognizer& recognizer,
                                           const std::string& language, std::vector<NerError>* errors) {
  const JoinedTokens joined = join_tokens(doc.tokens);
  const std::string& text = joined.text;
  auto token_at = [&](std::size_t code_point) { return joined.token_at(code_point); };
  std::vector<NerMention> system;
  // As the pipeline runs the stage: on the text tokenised once, after the temporal stage (no publication date).
  const TokenizedText tokens = tokenize_text(text);
  const std::vector<Timex> timexes = temporal_tagger().tag(tokens, text, language, std::nullopt);
  for (const auto& m : recognizer.analyse(tokens, text, language, &timexes).mentions) {
    const std::string type = type_of(m.kind);
    if (type.empty() || m.span.end <= m.span.begin || m.form == "adjective") continue;  // العراقية is not a name
    system.push_back({token_at(m.span.begin), token_at(m.span.end - 1) + 1, type});
  }
  std::vector<NerMention> gold, misc;
  for (const auto& g : doc.gold) (g.type == "MISC" ? misc : gold).push_back(g);
  auto overlaps = [](const NerMention& a, const NerMention& b) { return a.begin < b.end && b.begin < a.end; };
  // System mentions inside a MISC mention ("الدوري الإسباني") are neither right nor wrong.
  std::erase_if(system, [&](const NerMention& s) {
    return std::any_of(misc.begin(), misc.end(), [&](const NerMention& m) { return overlaps(s, m); }) &&
           std::none_of(gold.begin(), gold.end(), [&](const NerMention& g) { return overlaps(s, g); });
  });
  auto words = [&](const NerMention& m) {
    std::string s;
    for (std::size_t k = m.begin; k < m.end && k < doc.tokens.size(); ++k) s += (s.empty() ? "" : " ") + doc.tokens[k];
    return s + " [" + m.type + "]";
  };
  std::map<std::string, NerCounts> out;
  for (const auto& g : gold) {
    ++out[g.type].gold;
    ++out["all"].gold;
  }
  std::vector<bool> gold_used(gold.size(), false);
  for (const auto& s : system) {
    ++out[s.type].system;
    ++out["all"].system;
    bool exact = false, overlap = false;
    std::size_t near = gold.size();
    for (std::size_t k = 0; k < gold.size(); ++k) {
      if (!overlaps(s, gold[k])) continue;
      near = k;
      if (gold[k].type != s.type) continue;
      overlap = true;
      if (gold[k].begin == s.begin && gold[k].end == s.end) {
        exact = true;
        gold_used[k] = true;
      }
    }
    if (exact) {
      ++out[s.type].exact;
      ++out["all"].exact;
    }
    if (overlap) {
      ++out[s.type].system_overlapping;
      ++out["all"].system_overlapping;
    }
    if (errors && !exact)
      errors->push_back({near == gold.size() ? "spurious" : overlap ? "extent" : "type",
                         near == gold.size() ? "" : words(gold[near]), words(s)});
  }
  for (std::size_t k = 0; k < gold.size(); ++k) {
    if (std::any_of(system.begin(), system.end(), [&](const NerMention& s) { return s.type == gold[k].type && overlaps(s, gold[k]); })) {
      ++out[gold[k].type].gold_overlapped;
      ++out["all"].gold_overlapped;
    }
    if (errors && !gold_used[k] && std::none_of(system.begin(), system.end(), [&](const NerMention& s) { return overlaps(s, gold[k]); }))
      errors->push_back({"missed", words(gold[k]), ""});
  }
  return out;
}

}  // namespace chronograph
