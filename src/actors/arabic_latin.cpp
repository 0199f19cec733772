#include "arabic_latin.hpp"

#include <string>
#include <vector>

#include <unicode/localpointer.h>
#include <unicode/parseerr.h>
#include <unicode/ures.h>

#include "chronograph/error.hpp"

namespace chronograph {

namespace {

// The string of a resource key, "" when missing.
icu::UnicodeString string_of(UResourceBundle* b, const char* key) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const UChar* s = ures_getStringByKey(b, key, &length, &status);
  return U_SUCCESS(status) ? icu::UnicodeString(s, length) : icu::UnicodeString();
}

// ICU's forward rules for a transliterator id, from its data (following one alias), or "" when not found.
icu::UnicodeString rules_for(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUResourceBundlePointer root(ures_openDirect(U_ICUDATA_NAME "-translit", "root", &status));
  icu::LocalUResourceBundlePointer ids(ures_getByKey(root.getAlias(), "RuleBasedTransliteratorIDs", nullptr, &status));
  if (U_FAILURE(status)) return {};
  std::string key = id;
  for (int hops = 0; hops < 2; ++hops) {
    UErrorCode s = U_ZERO_ERROR;
    icu::LocalUResourceBundlePointer entry(ures_getByKey(ids.getAlias(), key.c_str(), nullptr, &s));
    if (U_FAILURE(s)) return {};
    const icu::UnicodeString alias = string_of(entry.getAlias(), "alias");
    if (!alias.isEmpty()) {
      key.clear();
      alias.toUTF8String(key);
      continue;
    }
    icu::LocalUResourceBundlePointer file(ures_getByKey(entry.getAlias(), "file", nullptr, &s));
    if (U_FAILURE(s) || string_of(file.getAlias(), "direction") != icu::UnicodeString(u"FORWARD")) return {};
    return string_of(file.getAlias(), "resource");
  }
  return {};
}

// The statements of a rule string: split at ';' outside quotes, escapes and sets ([…;…]), trimmed.
std::vector<icu::UnicodeString> statements(const icu::UnicodeString& rules) {
  std::vector<icu::UnicodeString> out;
  icu::UnicodeString current;
  bool quoted = false;
  int depth = 0;
  for (int32_t i = 0; i < rules.length(); ++i) {
    const UChar c = rules.charAt(i);
    if (c == u'\\' && i + 1 < rules.length()) {
      current.append(c).append(rules.charAt(++i));
      continue;
    }
    if (c == u'\'') quoted = !quoted;
    if (!quoted && c == u'[') ++depth;
    if (!quoted && c == u']' && depth > 0) --depth;
    if (c == u';' && !quoted && depth == 0) {
      out.push_back(current.trim());
      current.remove();
      continue;
    }
    current.append(c);
  }
  if (!current.trim().isEmpty()) out.push_back(current);
  return out;
}

// The Normalizer2 of a forward step "NFKD", "NFC", …; nullptr for an id this class does not handle.
const icu::Normalizer2* normalizer(const icu::UnicodeString& id) {
  IcuError status("loading a normaliser");
  if (id == u"NFKD") return icu::Normalizer2::getNFKDInstance(status);
  if (id == u"NFD") return icu::Normalizer2::getNFDInstance(status);
  if (id == u"NFC") return icu::Normalizer2::getNFCInstance(status);
  if (id == u"NFKC") return icu::Normalizer2::getNFKCInstance(status);
  return nullptr;
}

}  // namespace

ArabicLatin::ArabicLatin(bool registry) {
  if (!registry) {
    // [global filter] [forward normalisation] rules [forward normalisation], the `::` steps with an id in
    // parentheses only (reverse-only: "(lower)", "([…])") being no-ops forward.
    const auto parts = statements(rules_for("Arabic-Latin"));
    icu::UnicodeString filter, body;
    bool ok = !parts.empty(), in_body = false, after_body = false;
    for (const auto& part : parts) {
      if (!ok) break;
      if (part.isEmpty()) continue;
      if (!part.startsWith(u"::")) {
        if (after_body) ok = false;  // a second block of rules: not the shape handled here
        body.append(part).append(u";\n");
        in_body = true;
        continue;
      }
      icu::UnicodeString step = icu::UnicodeString(part, 2).trim();
      if (step.startsWith(u"(")) continue;  // reverse only
      if (step.startsWith(u"[")) {
        if (in_body || !filter.isEmpty()) ok = false;
        filter = part;
        continue;
      }
      const int32_t paren = step.indexOf(u'(');
      const icu::UnicodeString id = icu::UnicodeString(step, 0, paren < 0 ? step.length() : paren).trim();
      const icu::Normalizer2* n = normalizer(id);
      if (!n) ok = false;
      else if (!in_body && !before_) before_ = n;
      else if (in_body && !after_) after_ = n, after_body = true;
      else ok = false;
    }
    if (ok && in_body) {
      UParseError where;
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString source = filter.isEmpty() ? body : icu::UnicodeString(filter).append(u";\n").append(body);
      rules_.reset(icu::Transliterator::createFromRules(u"Arabic-Latin/chronograph", source, UTRANS_FORWARD, where, status));
      from_rules_ = U_SUCCESS(status) && rules_;
    }
  }
  if (!from_rules_) {
    before_ = after_ = nullptr;
    IcuError status("creating the Arabic-Latin transliterator");
    rules_.reset(icu::Transliterator::createInstance("Arabic-Latin", UTRANS_FORWARD, status));
    status.assertSuccess();
  }
}

void ArabicLatin::transliterate(icu::UnicodeString& text) const {
  IcuError status("normalising for the Arabic-Latin transliterator");
  if (before_) text = before_->normalize(text, status);
  rules_->transliterate(text);
  if (after_) text = after_->normalize(text, status);
  status.assertSuccess();
}

}  // namespace chronograph
