// Curated events as CSV: a header naming the columns, then one event a row (RFC 4180 quoting).
#include <algorithm>
#include <map>

#include "chronograph/text/utf8.hpp"
#include "records.hpp"

namespace chronograph {

using namespace ingest_detail;

namespace {

struct Row {
  std::size_t line = 0;  // line where the row starts
  std::vector<std::string> cells;
};

// Splits RFC 4180 CSV into rows. Quoted cells may hold commas, newlines and doubled quotes.
std::vector<Row> parse_csv(std::string_view s, const std::string& file) {
  std::vector<Row> rows;
  std::size_t line = 1;
  std::size_t i = 0;
  while (i < s.size()) {
    Row row;
    row.line = line;
    std::string cell;
    bool done = false;
    while (!done) {
      cell.clear();
      if (i < s.size() && s[i] == '"') {
        const std::size_t quote_line = line;
        ++i;
        while (true) {
          if (i >= s.size()) throw Error("unterminated quoted field", file, quote_line);
          if (s[i] == '"') {
            if (i + 1 < s.size() && s[i + 1] == '"') {
              cell += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (s[i] == '\n') ++line;
          cell += s[i++];
        }
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        if (i < s.size() && s[i] != ',' && s[i] != '\n' && s[i] != '\r')
          throw Error("text after a closing quote", file, line);
      } else {
        while (i < s.size() && s[i] != ',' && s[i] != '\n' && s[i] != '\r') cell += s[i++];
      }
      row.cells.push_back(cell);
      if (i < s.size() && s[i] == ',') {
        ++i;
        continue;
      }
      if (i < s.size() && s[i] == '\r') ++i;
      if (i < s.size() && s[i] == '\n') {
        ++i;
        ++line;
      }
      done = true;
    }
    const bool blank = row.cells.size() == 1 && trim(row.cells[0]).empty();
    if (!blank) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

void read_events_csv(std::string_view content, const std::string& file, const std::string& id_base,
                     const IngestOptions& options, RecordSink& sink) {
  std::vector<Row> rows;
  try {
    if (auto problem = check_text(content, file)) throw *problem;
    rows = parse_csv(strip_bom(content), file);
  } catch (const Error& e) {
    sink.skipped({e.location(), e.message()});
    return;
  }
  if (rows.empty()) {
    sink.skipped({file + ":1", "no header row (expected date, actors, type, summary, source)"});
    return;
  }
  static const std::vector<std::string> kRequired = {"date", "actors", "type", "summary", "source"};
  static const std::vector<std::string> kOptional = {"id", "trigger", "date_text", "after", "before"};
  std::map<std::string, std::size_t> column;
  const Row& header = rows.front();
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    std::string name = trim(header.cells[c]);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    const bool known = std::find(kRequired.begin(), kRequired.end(), name) != kRequired.end() ||
                       std::find(kOptional.begin(), kOptional.end(), name) != kOptional.end();
    if (!known) {
      sink.skipped({file + ":1", "unknown column '" + name +
                                     "' (expected date, actors, type, summary, source; optional id, trigger, "
                                     "date_text, after, before)"});
      return;
    }
    column[name] = c;
  }
  for (const auto& required : kRequired)
    if (!column.count(required)) {
      sink.skipped({file + ":1", "missing column '" + required + "' (the header must name date, actors, type, summary, source)"});
      return;
    }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    const std::string where = file + ":" + std::to_string(row.line);
    try {
      if (row.cells.size() != header.cells.size())
        throw Error("row has " + std::to_string(row.cells.size()) + " fields, the header has " +
                    std::to_string(header.cells.size()));
      auto cell = [&](const char* name) {
        auto it = column.find(name);
        return it == column.end() ? std::string() : trim(row.cells[it->second]);
      };
      std::optional<DateRef> date;
      if (auto value = cell("date"); !value.empty()) date = date_from_value(value, options.dct, cell("date_text"));
      std::vector<ActorSpec> actors;
      for (const auto& name : split_list(cell("actors"), ';')) actors.push_back(parse_actor_cell(name));
      sink.curated(make_curated(cell("id"), date, std::move(actors), cell("type"), cell("summary"), cell("trigger"),
                                cell("source"), id_base + "#" + std::to_string(r), split_list(cell("after"), ';'),
                                split_list(cell("before"), ';')));
    } catch (const Error& e) {
      sink.skipped({where, e.message()});
    }
  }
}

}  // namespace chronograph
