#pragma once
// ICU's Arabic-Latin transliteration, built from ICU's own rules without ICU's transliterator registry.

#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace chronograph {

// Transliterator::createInstance("Arabic-Latin") first builds ICU's registry of every transliterator it has — about
// 150 million instructions, more than romanising all the new names of SaudiNewsNet. The Arabic-Latin rules are a
// string in ICU's data (translit root, RuleBasedTransliteratorIDs/Arab-Latn): a global filter, "::NFKD", rules,
// "::NFC" and reverse-only steps. This reads that string, builds its rules with createFromRules (which needs no
// registry) and applies the two normalisation steps through Normalizer2. When ICU's data does not have that shape,
// it falls back to createInstance. A test compares the two on names and random Arabic text.
class ArabicLatin {
 public:
  // `registry`: build through createInstance("Arabic-Latin") (what a test compares against).
  explicit ArabicLatin(bool registry = false);
  void transliterate(icu::UnicodeString& text) const;
  // Whether the rules were read from ICU's data (false: the registry's transliterator is used).
  bool from_rules() const { return from_rules_; }

 private:
  std::unique_ptr<icu::Transliterator> rules_;
  const icu::Normalizer2* before_ = nullptr;  // the rules' forward steps before and after them
  const icu::Normalizer2* after_ = nullptr;
  bool from_rules_ = false;
};

}  // namespace chronograph
