// TimeML (.tml): the <TEXT> content with its tags removed, the DCT from the creation-time TIMEX3.
#include "records.hpp"

namespace chronograph {

using namespace ingest_detail;

namespace {

// Content between <NAME ...> and </NAME>, or nullopt.
std::optional<std::string_view> element(std::string_view s, std::string_view name) {
  const std::string open = "<" + std::string(name);
  std::size_t a = s.find(open);
  while (a != std::string_view::npos) {
    const char after = a + open.size() < s.size() ? s[a + open.size()] : '\0';
    if (after == '>' || after == ' ' || after == '\t' || after == '\n') break;
    a = s.find(open, a + 1);
  }
  if (a == std::string_view::npos) return std::nullopt;
  const auto gt = s.find('>', a);
  const auto b = s.find("</" + std::string(name) + ">", gt);
  if (gt == std::string_view::npos || b == std::string_view::npos) return std::nullopt;
  return s.substr(gt + 1, b - gt - 1);
}

std::string strip_tags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      const auto gt = s.find('>', i);
      if (gt == std::string_view::npos) break;
      i = gt;
      continue;
    }
    out += s[i];
  }
  return decode_entities(out);
}

}  // namespace

void read_timeml_file(std::string_view content, const std::string& file, const std::string& id_base,
                      const IngestOptions& options, RecordSink& sink) {
  try {
    if (auto problem = check_text(content, file)) throw *problem;
    auto text = element(content, "TEXT");
    if (!text) throw Error("no <TEXT> element in the TimeML file", file);
    Document doc;
    doc.id = id_base;
    doc.source = file;
    doc.text = strip_tags(*text);
    if (auto title = element(content, "TITLE")) doc.title = trim(strip_tags(*title));
    if (auto dct = element(content, "DCT")) {
      const auto tag_end = dct->find('>');
      const std::string value = tag_attribute(dct->substr(0, tag_end), "value");
      try {
        if (!value.empty()) doc.published = parse_day(value.substr(0, 10));
      } catch (const Error& e) {
        throw Error("DCT: " + e.message(), file);
      }
    }
    emit_document(std::move(doc), options, sink);
  } catch (const Error& e) {
    sink.skipped({e.location().empty() ? file : e.location(), e.message()});
  }
}

}  // namespace chronograph
