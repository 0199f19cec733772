#include "chronograph/eval/timex_eval.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {
namespace {

}  // namespace

GoldDocument read_timeml_gold(std::string_view c, const std::string& name) {
  GoldDocument doc;
  doc.name = name;
  if (auto dct = c.find("<DCT>"); dct != std::string_view::npos) {
    const auto v = tag_attribute(c.substr(dct, c.find("</DCT>", dct) - dct), "value");
    if (v.size() >= 10) doc.dct = parse_day(v.substr(0, 10));
  }
  const auto a = c.find("<TEXT>");
  const auto b = c.find("</TEXT>");
  if (a == std::string_view::npos || b == std::string_view::npos) throw Error("no <TEXT> element", name);
  std::string_view body = c.substr(a + 6, b - a - 6);
  std::size_t cp = 0;
  std::optional<GoldTimex> open;
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] == '<') {
      const auto gt = body.find('>', i);
      const std::string_view tag = body.substr(i, gt - i + 1);
      if (tag.substr(0, 7) == "<TIMEX3") {
        open = GoldTimex{{cp, cp}, tag_attribute(tag, "type"), tag_attribute(tag, "value")};
      } else if (tag.substr(0, 9) == "</TIMEX3>" && open) {
        open->span.end = cp;
        doc.timexes.push_back(*open);
        open.reset();
      }
      i = gt + 1;
      continue;
    }
    const auto lt = body.find('<', i);
    const std::string decoded = decode_entities(body.substr(i, (lt == std::string_view::npos ? body.size() : lt) - i));
    doc.text += decoded;
    cp += count_code_points(decoded);
    i = lt == std::string_view::npos ? body.size() : lt;
  }
  return doc;
}

std::vector<GoldDocument> load_reference_gold(const std::string& gold_path, const std::string& shared_dir,
                                              const std::string& split) {
  std::ifstream in(gold_path);
  if (!in) throw Error("cannot open gold file", gold_path);
  std::map<std::string, std::vector<std::string>> corpora;  // JSON Lines files, read once
  std::vector<GoldDocument> out;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    const Json j = Json::parse(line);
    if (!split.empty() && j.value("split", std::string()) != split) continue;
    GoldDocument doc;
    const std::string corpus = j.at("corpus").get<std::string>(), file = j.at("file").get<std::string>();
    if (corpus == "seeds") {
      std::ifstream f(shared_dir + "/seeds/" + file, std::ios::binary);
      if (!f) throw Error("cannot open " + shared_dir + "/seeds/" + file, gold_path, line_no);
      std::stringstream s;
      s << f.rdbuf();
      doc.text = s.str();
      doc.name = file;
    } else {
      const std::string path = shared_dir + "/corpus/" + corpus + "/" + file;
      auto& records = corpora[path];
      if (records.empty()) {
        std::ifstream f(path);
        if (!f) throw Error("cannot open " + path, gold_path, line_no);
        for (std::string r; std::getline(f, r);) records.push_back(r);
      }
      const auto record = j.at("record").get<std::size_t>();
      if (record >= records.size()) throw Error("no record " + std::to_string(record) + " in " + path, gold_path, line_no);
      doc.text = Json::parse(records[record]).at(j.value("field", std::string("content"))).get<std::string>();
      doc.name = corpus + "#" + std::to_string(record);
    }
    doc.dct = parse_day(j.at("dct").get<std::string>());
    for (const auto& t : j.at("timexes")) {
      GoldTimex g{t.at("span").get<Span>(), t.at("type").get<std::string>(), t.at("value").get<std::string>()};
      const std::string text(substr_code_points(doc.text, g.span.begin, g.span.end));
      if (stable_hash(text) != t.at("check").get<std::string>())
        throw Error("span [" + std::to_string(g.span.begin) + ", " + std::to_string(g.span.end) + ") of " + doc.name +
                        " does not hold the annotated expression (hash mismatch)", gold_path, line_no);
      doc.timexes.push_back(g);
    }
    out.push_back(std::move(doc));
  }
  return out;
}

void TimexCounts::add(const TimexCounts& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  type_correct += o.type_correct;
  value_correct += o.value_correct;
}

TimexScores scores(const TimexCounts& c) {
  auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  TimexScores s{};
  s.strict_p = ratio(static_cast<double>(c.strict), static_cast<double>(c.system));
  s.strict_r = ratio(static_cast<double>(c.strict), static_cast<double>(c.gold));
  s.strict_f1 = f1(s.strict_p, s.strict_r);
  s.relaxed_p = ratio(static_cast<double>(c.relaxed), static_cast<double>(c.system));
  s.relaxed_r = ratio(static_cast<double>(c.relaxed), static_cast<double>(c.gold));
  s.relaxed_f1 = f1(s.relaxed_p, s.relaxed_r);
  s.type_accuracy = ratio(static_cast<double>(c.type_correct), static_cast<double>(c.relaxed));
  s.value_accuracy = ratio(static_cast<double>(c.value_correct), static_cast<double>(c.relaxed));
  s.type_f1 = s.type_accuracy * s.relaxed_f1;
  s.value_f1 = s.value_accuracy * s.relaxed_f1;
  return s;
}

TimexCounts compare_timexes(const GoldDocument& gold, const std::vector<Timex>& system, std::vector<TimexError>* errors) {
  TimexCounts c;
  c.gold = gold.timexes.size();
  c.system = system.size();
  std::vector<bool> used(gold.timexes.size(), false);
  auto text_of = [&](const Span& s) { return std::string(substr_code_points(gold.text, s.begin, s.end)); };
  for (const auto& t : system) {
    std::optional<std::size_t> hit;
    for (std::size_t g = 0; g < gold.timexes.size(); ++g) {
      const Span& gs = gold.timexes[g].span;
      if (!used[g] && t.span.begin < gs.end && gs.begin < t.span.end) {
        hit = g;
        break;
      }
    }
    if (!hit) {
      if (errors) errors->push_back({"spurious", "", text_of(t.span), "", t.date.value});
      continue;
    }
    used[*hit] = true;
    const GoldTimex& g = gold.timexes[*hit];
    ++c.relaxed;
    if (g.span == t.span) ++c.strict;
    else if (errors) errors->push_back({"extent", text_of(g.span), text_of(t.span), g.value, t.date.value});
    if (g.type == to_string(t.type)) ++c.type_correct;
    else if (errors) errors->push_back({"type", text_of(g.span), text_of(t.span), g.type, to_string(t.type)});
    if (g.value == t.date.value) ++c.value_correct;
    else if (errors) errors->push_back({"value", text_of(g.span), text_of(t.span), g.value, t.date.value});
  }
  if (errors)
    for (std::size_t g = 0; g < gold.timexes.size(); ++g)
      if (!used[g]) errors->push_back({"missed", text_of(gold.timexes[g].span), "", gold.timexes[g].value, ""});
  return c;
}

}  // namespace chronograph
