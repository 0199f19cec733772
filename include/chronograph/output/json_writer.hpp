#pragma once
// Compact JSON for the model's records, written straight into a string: the same bytes as
// `OrderedJson(x).dump()` (the to_json functions of model.hpp stay the definition of the format, and a test holds
// the two equal), without building a DOM per record. Used where records are written by the thousand: the graph
// file's element lines and `annotate`'s JSON Lines.

#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

// Appends the JSON string literal of s (escapes as nlohmann's dump: \" \\ \b \f \n \r \t, \u00XX for other
// control characters, everything else as UTF-8). Throws Error on invalid UTF-8, as dump() does.
void append_json_string(std::string& out, std::string_view s);

void append_json(std::string& out, const std::string& s);
void append_json(std::string& out, const Document& d);
void append_json(std::string& out, const Actor& a);
void append_json(std::string& out, const Event& e);
void append_json(std::string& out, const Relation& r);
void append_json(std::string& out, const Skip& s);
void append_json(std::string& out, const Timex& t);
void append_json(std::string& out, const Mention& m);
void append_json(std::string& out, const Annotation& a);

template <typename T>
void append_json(std::string& out, const std::vector<T>& items) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    append_json(out, items[i]);
  }
  out += ']';
}

template <typename T>
std::string to_json_text(const T& x) {
  std::string out;
  append_json(out, x);
  return out;
}

}  // namespace chronograph
