// Reuters-21578-style SGML newswire files: <REUTERS NEWID="…"> stories with <DATE>, <TITLE>, <DATELINE>, <BODY>.
#include <cctype>

#include "chronograph/temporal/calendar.hpp"
#include "chronograph/text/utf8.hpp"
#include "records.hpp"

namespace chronograph {

using namespace ingest_detail;

namespace {

// The content of <tag>…</tag> inside [from, to), or an empty view.
std::string_view element(std::string_view s, std::string_view tag, std::size_t from, std::size_t to) {
  const std::string open = "<" + std::string(tag), close = "</" + std::string(tag) + ">";
  auto a = s.find(open, from);
  if (a == std::string_view::npos || a >= to) return {};
  a = s.find('>', a);
  if (a == std::string_view::npos || a >= to) return {};
  const auto b = s.find(close, a);
  if (b == std::string_view::npos || b > to) return {};
  return s.substr(a + 1, b - a - 1);
}

// Entities decoded, control characters (the wire's &#2; &#3; …) dropped, lines kept.
std::string clean(std::string_view raw) {
  std::string out = decode_entities(raw);
  std::erase_if(out, [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t'; });
  const char* ws = " \t\r\n\f\v";  // trimmed in place (ingest_detail::trim makes a copy)
  const auto b = out.find_first_not_of(ws);
  if (b == std::string::npos) return {};
  out.erase(out.find_last_not_of(ws) + 1);
  out.erase(0, b);
  return out;
}

// "26-FEB-1987 15:01:01.79" -> the day.
std::optional<Day> story_date(std::string_view raw, const std::string& file, std::size_t line) {
  const std::string s = trim(raw);
  if (s.empty()) return std::nullopt;
  static const char* months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  const auto d1 = s.find('-'), d2 = s.find('-', d1 == std::string::npos ? 0 : d1 + 1);
  if (d1 == std::string::npos || d2 == std::string::npos || d2 + 5 > s.size()) throw Error("unreadable <DATE> '" + s + "'", file, line);
  std::string mon = s.substr(d1 + 1, d2 - d1 - 1);
  for (char& c : mon) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  int m = 0;
  for (int k = 0; k < 12; ++k)
    if (mon == months[k]) m = k + 1;
  const std::string day = trim(s.substr(0, d1)), year = s.substr(d2 + 1, 4);
  if (!m || day.empty() || day.size() > 2 || !std::isdigit(static_cast<unsigned char>(day[0])) ||
      !std::isdigit(static_cast<unsigned char>(year[0])))
    throw Error("unreadable <DATE> '" + s + "'", file, line);
  try {
    return parse_day(year + "-" + (m < 10 ? "0" : "") + std::to_string(m) + "-" + (day.size() == 1 ? "0" : "") + day);
  } catch (const Error& e) {
    throw Error(e.message(), file, line);
  }
}

}  // namespace

void read_sgml_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink) {
  if (auto problem = check_text(content, file)) {
    sink.skipped({problem->location(), problem->message()});
    return;
  }
  std::size_t pos = 0, line = 1, counted = 0, stories = 0;
  while ((pos = content.find("<REUTERS", pos)) != std::string_view::npos) {
    for (; counted < pos; ++counted) line += content[counted] == '\n';
    const std::size_t story_line = line;
    const auto head_end = content.find('>', pos);
    auto end = content.find("</REUTERS>", pos);
    if (head_end == std::string_view::npos || end == std::string_view::npos) {
      sink.skipped({file + ":" + std::to_string(story_line), "a <REUTERS> story without its end"});
      return;
    }
    ++stories;
    try {
      const std::string newid = tag_attribute(content.substr(pos, head_end - pos), "NEWID");
      Document doc;
      doc.id = id_base + "#" + (newid.empty() ? std::to_string(stories) : newid);
      doc.source = file;
      doc.published = story_date(element(content, "DATE", head_end, end), file, story_line);
      doc.title = clean(element(content, "TITLE", head_end, end));
      const std::string dateline = clean(element(content, "DATELINE", head_end, end));
      std::string body = clean(element(content, "BODY", head_end, end));
      if (body.empty()) body = clean(element(content, "TEXT", head_end, end));  // TYPE="BRIEF" / "UNPROC"
      doc.text = doc.title;
      if (!dateline.empty()) doc.text += (doc.text.empty() ? "" : "\n\n") + dateline;
      if (!body.empty()) doc.text += (doc.text.empty() ? "" : "\n\n") + body;
      if (trim(doc.text).empty()) throw Error("a story without text", file, story_line);
      if (auto bad = find_invalid_utf8(doc.text)) throw Error("invalid UTF-8 in the story", file, story_line);
      emit_document(std::move(doc), options, sink);
    } catch (const Error& e) {
      sink.skipped({e.file().empty() ? file + ":" + std::to_string(story_line) : e.location(), e.message()});
    }
    pos = end + 10;
  }
  if (stories == 0) sink.skipped({file, "no <REUTERS> story in the SGML file"});
}

}  // namespace chronograph
