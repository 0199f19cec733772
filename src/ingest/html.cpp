// HTML articles: a small tolerant tag scanner, enough for news pages (not a full HTML5 parser).
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "chronograph/text/utf8.hpp"
#include "records.hpp"

namespace chronograph {

using namespace ingest_detail;

std::string tag_attribute(std::string_view tag, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  std::size_t at = 0;
  while ((at = tag.find(key, at)) != std::string_view::npos) {
    if (at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n')) break;
    ++at;
  }
  if (at == std::string_view::npos) return {};
  const auto end = tag.find('"', at + key.size());
  if (end == std::string_view::npos) return {};
  return std::string(tag.substr(at + key.size(), end - at - key.size()));
}

std::string decode_entities(std::string_view s) {
  static const std::map<std::string_view, char32_t> kNamed = {
      {"amp", U'&'},       {"lt", U'<'},        {"gt", U'>'},        {"quot", U'"'},      {"apos", U'\''},
      {"nbsp", U'\u00A0'}, {"ndash", U'\u2013'}, {"mdash", U'\u2014'}, {"hellip", U'\u2026'}, {"lsquo", U'\u2018'},
      {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'}, {"laquo", U'\u00AB'}, {"raquo", U'\u00BB'},
      {"copy", U'\u00A9'}, {"zwnj", U'\u200C'},  {"zwj", U'\u200D'},  {"rlm", U'\u200F'},  {"lrm", U'\u200E'}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {  // the run up to the next entity, copied at once
      const auto amp = s.find('&', i);
      const std::size_t end = amp == std::string_view::npos ? s.size() : amp;
      out.append(s.data() + i, end - i);
      i = end - 1;
      continue;
    }
    const auto semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12) {
      out += s[i];
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (!name.empty() && name[0] == '#') {
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      std::string digits(name.substr(hex ? 2 : 1));
      char* end = nullptr;
      const unsigned long v = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (!digits.empty() && end && *end == '\0' && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
        cp = static_cast<char32_t>(v);
    } else if (auto it = kNamed.find(name); it != kNamed.end()) {
      cp = it->second;
    }
    if (cp == 0) {
      out += s[i];
      continue;
    }
    append_utf8(out, cp);
    i = semi;
  }
  return out;
}

namespace {

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  std::map<std::string, std::string> attributes;  // lower-case names, decoded values
};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Position of `needle` (lower case ASCII) in `hay` at or after `from`, ignoring ASCII case.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from = 0) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

std::size_t rfind_ci(std::string_view hay, std::string_view needle) {
  std::size_t found = std::string_view::npos;
  for (std::size_t at = find_ci(hay, needle); at != std::string_view::npos; at = find_ci(hay, needle, at + 1)) found = at;
  return found;
}

// Parses the tag starting at html[i] == '<'; returns the index after '>'.
std::size_t parse_tag(std::string_view html, std::size_t i, Tag& tag) {
  std::size_t j = i + 1;
  if (j < html.size() && html[j] == '/') {
    tag.closing = true;
    ++j;
  }
  const std::size_t name_start = j;
  while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-' || html[j] == ':')) ++j;
  tag.name = lower(html.substr(name_start, j - name_start));
  while (j < html.size() && html[j] != '>') {
    if (std::isspace(static_cast<unsigned char>(html[j])) || html[j] == '/') {
      ++j;
      continue;
    }
    const std::size_t a = j;
    while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) && html[j] != '=' && html[j] != '>') ++j;
    std::string name = lower(html.substr(a, j - a));
    std::string value;
    while (j < html.size() && std::isspace(static_cast<unsigned char>(html[j]))) ++j;
    if (j < html.size() && html[j] == '=') {
      ++j;
      while (j < html.size() && std::isspace(static_cast<unsigned char>(html[j]))) ++j;
      if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
        const char q = html[j++];
        const auto end = html.find(q, j);
        const std::size_t stop = end == std::string_view::npos ? html.size() : end;
        value = decode_entities(html.substr(j, stop - j));
        j = stop + 1;
      } else {
        const std::size_t v = j;
        while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) && html[j] != '>') ++j;
        value = decode_entities(html.substr(v, j - v));
      }
    }
    if (!name.empty()) tag.attributes.emplace(std::move(name), std::move(value));
  }
  return j < html.size() ? j + 1 : html.size();
}

const std::set<std::string>& skipped_elements() {
  static const std::set<std::string> s = {"script", "style",  "noscript", "template", "svg",    "nav",
                                          "header", "footer", "aside",    "form",     "button", "select",
                                          "iframe", "object", "head",     "menu",     "dialog"};
  return s;
}

const std::set<std::string>& block_elements() {
  static const std::set<std::string> s = {"p",       "div",        "br",     "li",      "ul",         "ol",
                                          "h1",      "h2",         "h3",     "h4",      "h5",         "h6",
                                          "tr",      "table",      "article", "section", "blockquote", "figcaption",
                                          "figure",  "pre",        "hr",     "main",    "dd",         "dt",
                                          "address", "title"};
  return s;
}

// Appends text with runs of white space folded to one space.
void append_text(std::string& out, std::string_view text) {
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += c;
    }
  }
}

void end_block(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty()) return;
  if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') return;
  out += out.back() == '\n' ? "\n" : "\n\n";
}

}  // namespace

HtmlArticle extract_html(std::string_view html) {
  HtmlArticle article;
  std::string title_tag, h1, og_title;
  // The article element, where there is one, holds the text; otherwise the body does.
  std::size_t scope_begin = 0, scope_end = html.size();
  {
    const auto a = find_ci(html, "<article");
    const auto b = rfind_ci(html, "</article");
    if (a != std::string_view::npos && b != std::string_view::npos && b > a) {
      scope_begin = a;
      scope_end = b;
    }
  }
  std::string text;
  int skip_depth = 0;
  std::string skip_name;
  bool in_title = false, in_h1 = false;
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] != '<') {
      const auto next = html.find('<', i);
      const std::size_t stop = next == std::string_view::npos ? html.size() : next;
      const std::string decoded = decode_entities(html.substr(i, stop - i));
      if (in_title) title_tag += decoded;
      if (in_h1) h1 += decoded;
      if (skip_depth == 0 && i >= scope_begin && i < scope_end) append_text(text, decoded);
      i = stop;
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      const auto end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
      const auto end = html.find('>', i);
      i = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    if (i + 1 >= html.size() || !(std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/')) {
      if (skip_depth == 0 && i >= scope_begin && i < scope_end) text += '<';
      ++i;
      continue;
    }
    Tag tag;
    const std::size_t tag_start = i;
    i = parse_tag(html, i, tag);
    if (tag.name == "meta") {
      const std::string key = tag.attributes.count("property") ? tag.attributes["property"] : tag.attributes["name"];
      const std::string& content = tag.attributes["content"];
      if (key == "article:published_time" && article.published.empty()) article.published = content;
      if (key == "og:title" && og_title.empty()) og_title = content;
    } else if (tag.name == "time" && !tag.closing && tag.attributes.count("datetime") && article.published.empty()) {
      article.published = tag.attributes["datetime"];
    } else if (tag.name == "html" && !tag.closing && tag.attributes.count("lang")) {
      article.lang = tag.attributes["lang"];
    } else if (tag.name == "title") {
      in_title = !tag.closing;
    } else if (tag.name == "h1") {
      in_h1 = !tag.closing && h1.empty();
    }
    if (tag.name == "script" || tag.name == "style") {
      // Raw text elements: jump to their end tag without scanning the content for tags.
      if (!tag.closing) {
        const std::string close = "</" + tag.name;
        const auto end = find_ci(html, close, i);
        i = end == std::string_view::npos ? html.size() : end;
      }
      continue;
    }
    if (skipped_elements().count(tag.name)) {
      if (!tag.closing && html[i - 2] != '/') {
        if (skip_depth == 0) skip_name = tag.name;
        if (tag.name == skip_name) ++skip_depth;
      } else if (tag.closing && skip_depth > 0 && tag.name == skip_name) {
        --skip_depth;
      }
      continue;
    }
    if (skip_depth == 0 && block_elements().count(tag.name) && tag_start >= scope_begin && tag_start < scope_end)
      end_block(text);
  }
  end_block(text);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  article.text = std::move(text);
  article.title = trim(!og_title.empty() ? og_title : !h1.empty() ? h1 : title_tag);
  std::string folded;
  append_text(folded, article.title);
  article.title = trim(folded);
  return article;
}

}  // namespace chronograph
