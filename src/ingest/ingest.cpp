#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "chronograph/graph/graph_json.hpp"
#include "chronograph/ingest/flat_json.hpp"
#include "chronograph/text/utf8.hpp"
#include "records.hpp"

namespace fs = std::filesystem;

namespace chronograph {

using namespace ingest_detail;

namespace {

enum class Format { text, jsonl, json, html, timeml, csv, sgml, unknown };

Format format_of(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt" || ext == ".md") return Format::text;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::jsonl;
  if (ext == ".json") return Format::json;
  if (ext == ".html" || ext == ".htm") return Format::html;
  if (ext == ".tml") return Format::timeml;
  if (ext == ".csv") return Format::csv;
  if (ext == ".sgm" || ext == ".sgml") return Format::sgml;
  return Format::unknown;
}

// Reports an Error thrown for a record or file as a skip and goes on.
template <typename F>
void guarded(RecordSink& sink, const std::string& file, std::optional<std::size_t> line, F&& f) {
  try {
    f();
  } catch (const Error& e) {
    if (e.file().empty())
      sink.skipped({line ? file + ":" + std::to_string(*line) : file, e.message()});
    else
      sink.skipped({e.location(), e.message()});
  } catch (const Json::exception& e) {
    sink.skipped({line ? file + ":" + std::to_string(*line) : file, std::string("bad JSON: ") + e.what()});
  }
}

void read_file(const fs::path& path, const std::string& display, const std::string& id_base,
               const IngestOptions& options, RecordSink& sink) {
  const Format format = format_of(path);
  if (format == Format::unknown) {
    sink.skipped({display, "unsupported input type '" + path.extension().string() +
                               "' (expected .txt .md .jsonl .ndjson .json .html .htm .tml .csv .sgm)"});
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.skipped({display, "cannot open file"});
    return;
  }
  if (format == Format::jsonl) {
    read_json_lines(in, display, id_base, options, sink);
    return;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  switch (format) {
    case Format::text: read_text_file(content, display, id_base, options, sink); break;
    case Format::json: read_json_file(content, display, id_base, options, sink); break;
    case Format::html: read_html_file(content, display, id_base, options, sink); break;
    case Format::timeml: read_timeml_file(content, display, id_base, options, sink); break;
    case Format::csv: read_events_csv(content, display, id_base, options, sink); break;
    case Format::sgml: read_sgml_file(content, display, id_base, options, sink); break;
    default: break;
  }
}

}  // namespace

void read_text_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink) {
  guarded(sink, file, std::nullopt, [&] {
    if (auto problem = check_text(content, file)) throw *problem;
    Document doc;
    doc.id = id_base;
    doc.source = file;
    doc.text = std::string(strip_bom(content));
    const auto nl = doc.text.find('\n');
    std::string first = trim(std::string_view(doc.text).substr(0, nl));
    while (!first.empty() && first.front() == '#') first.erase(0, 1);  // Markdown heading
    doc.title = trim(first);
    emit_document(std::move(doc), options, sink);
  });
}

void read_json_lines(std::istream& in, const std::string& file, const std::string& id_base,
                     const IngestOptions& options, RecordSink& sink) {
  std::string line;
  std::size_t line_no = 0, record_no = 0;
  bool any = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1) line = std::string(strip_bom(line));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos) continue;
    any = true;
    ++record_no;
    guarded(sink, file, line_no, [&] {
      if (looks_binary(line)) throw Error("binary content, not text", file, line_no);
      if (auto bad = find_invalid_utf8(line))
        throw Error("invalid UTF-8 at byte " + std::to_string(bad->byte) + " of the line", file, line_no);
      Json record;
      try {
        if (auto flat = parse_flat_json_object(line)) record = std::move(*flat);
        else record = Json::parse(line);
      } catch (const Json::parse_error& e) {
        throw Error("malformed JSON at byte " + std::to_string(e.byte) + " of the line", file, line_no);
      } catch (const Json::exception& e) {  // a number too large for any JSON number type, say
        throw Error(std::string("unreadable JSON: ") + e.what(), file, line_no);
      }
      read_json_record(record, file, line_no, id_base + "#" + std::to_string(record_no), options, sink);
    });
  }
  if (!any) sink.skipped({file, "empty file"});
}

void read_json_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink) {
  if (content.rfind("{\"format\": \"chronograph-graph\"", 0) == 0) {
    // A graph file: read record by record rather than as one document-wide DOM.
    guarded(sink, file, std::nullopt, [&] { sink.graph(GraphFile(file, std::string(content)).load(GraphSections{})); });
    return;
  }
  Json top;
  bool ok = false;
  guarded(sink, file, std::nullopt, [&] {
    if (auto problem = check_text(content, file)) throw *problem;
    try {
      top = Json::parse(strip_bom(content));
    } catch (const Json::parse_error& e) {
      const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
      throw Error("malformed JSON", file, line_of_byte(content, at));
    } catch (const Json::exception& e) {
      throw Error(std::string("unreadable JSON: ") + e.what(), file);
    }
    ok = true;
  });
  if (!ok) return;
  if (top.is_array()) {
    std::size_t n = 0;
    for (const auto& record : top) {
      ++n;
      const std::string where = file + "#" + std::to_string(n);
      guarded(sink, where, std::nullopt,
              [&] { read_json_record(record, where, std::nullopt, id_base + "#" + std::to_string(n), options, sink); });
    }
    if (n == 0) sink.skipped({file, "empty JSON array"});
    return;
  }
  guarded(sink, file, std::nullopt, [&] { read_json_record(top, file, std::nullopt, id_base, options, sink); });
}

void read_html_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink) {
  guarded(sink, file, std::nullopt, [&] {
    if (auto problem = check_text(content, file)) throw *problem;
    HtmlArticle article = extract_html(content);
    if (trim(article.text).empty()) throw Error("no article text in the HTML", file);
    Document doc;
    doc.id = id_base;
    doc.source = file;
    doc.title = std::move(article.title);
    doc.text = std::move(article.text);
    try {
      doc.published = dct_from(article.published);
    } catch (const Error& e) {
      throw Error(e.message(), file);
    }
    if (options.lang == "auto" && article.lang.size() >= 2) {
      std::string primary = article.lang.substr(0, 2);
      std::transform(primary.begin(), primary.end(), primary.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (primary == "ar" || primary == "en") doc.language = primary;
    }
    emit_document(std::move(doc), options, sink);
  });
}

void ingest(const std::vector<std::string>& inputs, const IngestOptions& options, RecordSink& sink,
            std::istream* stdin_stream) {
  for (const auto& input : inputs) {
    if (input == "-") {
      read_json_lines(stdin_stream ? *stdin_stream : std::cin, "<stdin>", "stdin", options, sink);
      continue;
    }
    const fs::path root(input);
    std::error_code ec;
    const auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      sink.skipped({input, "no such file or directory"});
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.empty() && name.front() == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file() && format_of(it->path()) != Format::unknown) files.push_back(it->path());
      }
      if (ec) sink.skipped({input, "cannot walk directory: " + ec.message()});
      std::sort(files.begin(), files.end());
      for (const auto& f : files)
        read_file(f, f.string(), f.lexically_relative(root).generic_string(), options, sink);
      continue;
    }
    read_file(root, input, root.filename().string(), options, sink);
  }
}

}  // namespace chronograph
