#include "chronograph/output/timeml.hpp"

#include "chronograph/export/export.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

std::string to_timeml(const Annotation& a) {
  const Document& d = a.document;
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n";
  out += "<DOCID>" + xml_escape(d.id) + "</DOCID>\n\n";
  if (d.published) {
    const std::string dct = format_day(*d.published);
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + dct +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + dct + "</TIMEX3></DCT>\n\n";
  }
  if (!d.title.empty()) out += "<TITLE>" + xml_escape(d.title) + "</TITLE>\n\n";
  out += "<TEXT>";
  std::size_t cp = 0, byte = 0, tid = 1;
  auto copy_until = [&](std::size_t target) {
    const std::size_t start = byte;
    while (cp < target && byte < d.text.size()) {
      decode_utf8(d.text, byte);
      ++cp;
    }
    out += xml_escape(std::string_view(d.text).substr(start, byte - start));
  };
  for (const auto& t : a.timexes) {
    if (t.span.begin < cp) continue;  // overlapping spans cannot nest in TimeML
    copy_until(t.span.begin);
    out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" + to_string(t.type) + "\" value=\"" +
           xml_escape(t.date.value) + "\"";
    if (t.date.mod) out += std::string(" mod=\"") + to_string(*t.date.mod) + "\"";
    out += ">";
    copy_until(t.span.end);
    out += "</TIMEX3>";
  }
  copy_until(SIZE_MAX);
  out += "</TEXT>\n\n</TimeML>\n";
  return out;
}

}  // namespace chronograph
