#include "chronograph/ingest/flat_json.hpp"

#include <cstdint>
#include <cstring>

#include "chronograph/text/utf8.hpp"

namespace chronograph {
namespace {

class FlatParser {
 public:
  explicit FlatParser(std::string_view s) : s_(s) {}

  std::optional<Json> object() {
    Json out = Json::object();
    space();
    if (!eat('{')) return std::nullopt;
    space();
    if (eat('}')) return end(std::move(out));
    std::string key, value;
    for (;;) {
      space();
      if (!string(key)) return std::nullopt;
      space();
      if (!eat(':')) return std::nullopt;
      space();
      if (i_ >= s_.size()) return std::nullopt;
      const char c = s_[i_];
      if (c == '"') {
        if (!string(value)) return std::nullopt;
        out[key] = std::move(value);
      } else if (word("null")) {
        out[key] = nullptr;
      } else if (word("true")) {
        out[key] = true;
      } else if (word("false")) {
        out[key] = false;
      } else {
        return std::nullopt;  // numbers, arrays, objects: nlohmann's
      }
      space();
      if (eat(',')) continue;
      if (eat('}')) return end(std::move(out));
      return std::nullopt;
    }
  }

 private:
  std::optional<Json> end(Json&& out) {
    space();
    if (i_ != s_.size()) return std::nullopt;
    return std::move(out);
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool word(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  bool hex4(std::size_t at, unsigned& v) const {
    if (at + 4 > s_.size()) return false;
    v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      const char c = s_[k];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
      else return false;
    }
    return true;
  }
  // A string literal into out; false on anything JSON does not allow (control characters, bad escapes, lone
  // surrogates), left to nlohmann to report.
  bool string(std::string& out) {
    if (!eat('"')) return false;
    out.clear();
    for (;;) {
      std::size_t run = i_;
      // Eight bytes at a time while none is a quote, a backslash or a control character.
      while (run + 8 <= s_.size()) {
        std::uint64_t w;
        std::memcpy(&w, s_.data() + run, 8);
        if (has_byte(w, '"') | has_byte(w, '\\') | has_byte_below(w, 0x20)) break;
        run += 8;
      }
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' && static_cast<unsigned char>(s_[run]) >= 0x20) ++run;
      out.append(s_.data() + i_, run - i_);
      i_ = run;
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_] == '"') {
        ++i_;
        return true;
      }
      // An escape.
      if (i_ + 1 >= s_.size()) return false;
      const char e = s_[i_ + 1];
      i_ += 2;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned u = 0;
          if (!hex4(i_, u)) return false;
          i_ += 4;
          char32_t cp = u;
          if (u >= 0xD800 && u <= 0xDBFF) {  // a pair
            unsigned low = 0;
            if (i_ + 2 > s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u' || !hex4(i_ + 2, low) || low < 0xDC00 || low > 0xDFFF)
              return false;
            i_ += 6;
            cp = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
          } else if (u >= 0xDC00 && u <= 0xDFFF) {
            return false;
          }
          append_utf8(out, cp);
          break;
        }
        default: return false;
      }
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<Json> parse_flat_json_object(std::string_view line) { return FlatParser(line).object(); }

}  // namespace chronograph
