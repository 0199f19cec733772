// The temporal tagger: one left-to-right pass over the tokens; at each token the rules propose matches and
// the longest wins. Values are anchored to the DCT by the rules of docs/TEMPORAL.md.
#include "chronograph/temporal/tagger.hpp"

#include <cstdio>
#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>

#include "chronograph/error.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"
#include "lexicon.hpp"

namespace chronograph {
namespace {

using Kind = PhraseToken::Kind;

std::string pad(int v, int width) {
  // Non-negative values by hand (snprintf was a visible cost: every value is built from these); others by snprintf.
  if (v >= 0 && width <= 10) {
    char buf[16];
    int n = 0;
    do {
      buf[15 - n++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v > 0);
    while (n < width) buf[15 - n++] = '0';
    return std::string(buf + 16 - n, static_cast<std::size_t>(n));
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}
std::string ymd(int y, int m, int d) { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2); }
std::string ym(int y, int m) { return pad(y, 4) + "-" + pad(m, 2); }

struct Civil {
  int y = 0, m = 0, d = 0;
};
Civil civil(Day d) {
  Civil c;
  civil_from_days(d, c.y, c.m, c.d);
  return c;
}

std::string week_value(Day d) {
  // ISO week-numbering year and week of d.
  const int wd = iso_weekday(d);
  const Day thursday = d + (4 - wd);
  const Civil c = civil(thursday);
  const Day jan1 = days_from_civil(c.y, 1, 1);
  const int week = (thursday - jan1) / 7 + 1;
  return pad(c.y, 4) + "-W" + pad(week, 2);
}

enum class Direction { none, past, future, current };

// A proposed timex over tokens [begin, end).
struct Match {
  std::size_t begin = 0, end = 0;
  std::size_t stripped = 0;  // code points of proclitics at the start
  TimexType type = TimexType::date;
  std::string value;
  std::optional<Mod> mod;
  std::optional<Day> start, end_day;  // an interval overriding the value's own
  bool open_end = false;              // SINCE without a DCT
  std::optional<Day> article_today;   // a weekday that pins "today" ("اليوم (الاثنين)") corrects the DCT
};

// Hijri (Umm al-Qura) to Gregorian through ICU's Islamic calendar.
std::optional<Day> hijri_to_day(int year, int month, int day) {
  thread_local std::unique_ptr<icu::Calendar> calendar = [] {
    IcuError status("creating the Umm al-Qura calendar");
    std::unique_ptr<icu::Calendar> c(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale("ar@calendar=islamic-umalqura"), status));
    status.assertSuccess();
    return c;
  }();
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 2000) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  calendar->clear();
  calendar->set(year, month - 1, day);
  const UDate ms = calendar->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  return static_cast<Day>(ms / 86400000.0 + (ms < 0 ? -0.5 : 0.5) - 0.5);
}

class Run {
 public:
  Run(const TemporalLexicon& lex, const std::vector<PhraseToken>& toks, std::vector<std::uint64_t> masks, std::vector<char> starts,
      std::optional<Day> dct, bool every_rule)
      : lex_(lex), t_(toks), masks_(std::move(masks)), starts_(std::move(starts)), every_rule_(every_rule), dct_(dct), today_(dct) {
    // Sentence ids and the future cues, for tense.
    sentence_.assign(toks.size(), 0);
    cue_.assign(toks.size(), kNoCue);
    std::size_t s = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      sentence_[i] = s;
      const auto& x = toks[i].text;
      if (toks[i].kind == Kind::punct && (x == "." || x == "!" || x == "?" || x == "\xD8\x9F") && !abbreviation_stop(toks, i)) ++s;
      if (lex_.future_cues.match(toks, i, lex_.arabic, masks_[i])) {
        auto after_min = [&] {  // من، ومن، فمن
          if (i == 0 || toks[i - 1].kind != Kind::word) return false;
          std::string_view p = toks[i - 1].text;
          if (p.size() == 6 && (p.starts_with("\xD9\x88") || p.starts_with("\xD9\x81"))) p.remove_prefix(2);
          return p == "\xD9\x85\xD9\x86";
        };
        cue_[i] = intention_cue(i) ? kCueBefore : !expectation_cue(i) ? kCue : after_min() ? kCueBefore : kNoCue;
      }
    }
    // The next "quarter" or "half" at or after each token: the quarter rule of english_extra is not tried far from one.
    next_quarter_.assign(toks.size() + 1, SIZE_MAX);
    if (!lex_.arabic)
      for (std::size_t i = toks.size(); i-- > 0;) {
        const std::string_view w = toks[i].text;
        next_quarter_[i] = toks[i].kind == Kind::word && (w == "quarter" || w == "half") ? i : next_quarter_[i + 1];
        // What english_dates reads: "year-ago"/"year-earlier", "century", a holiday's name. Most texts have none.
        if (w.size() == 7 && w == "century") has_century_ = true;
        else if (w.size() == 4 && w == "year" && i + 2 < toks.size() && toks[i + 1].text == "-" &&
                 (toks[i + 2].text == "ago" || toks[i + 2].text == "earlier"))
          has_year_ago_ = true;
        if (i < masks_.size() && (masks_[i] & lex_.holidays.bit) && lex_.holidays.match(toks, i, false, masks_[i])) {
          if (holiday_at_.empty()) holiday_at_.assign(toks.size() + 1, false);
          holiday_at_[i] = true;
        }
      }
    directions_.assign(toks.size(), {Direction::none, 0});
  }

  // An Arabic imperfect verb with the future prefix س (سيعقد، ستنطلق، وسنعمل، سيتم): the tense says the future, as
  // سوف does. The verb is told from nouns that start the same way by its length (س, the person prefix ي/ت/ن and a
  // root of three letters at least; سيتم is the short one news writes) and by endings verbs of this form do not
  // have: ة (matching form ه), ات (سياسة، سيارة، سنة، سنوات).
  static bool future_verb(const PhraseToken& t) {
    if (t.kind != Kind::word) return false;
    std::string_view w = t.text;
    // Byte by byte first: this is asked of every Arabic word. و ف (D9 88, D9 81), then س (D8 B3).
    if (w.size() >= 2 && w[0] == '\xD9' && (w[1] == '\x88' || w[1] == '\x81')) w.remove_prefix(2);
    if (w.size() < 8 || w[0] != '\xD8' || w[1] != '\xB3') return false;
    const bool person = (w[2] == '\xD9' && (w[3] == '\x8A' || w[3] == '\x86')) || (w[2] == '\xD8' && w[3] == '\xAA');  // ي ن ت
    if (!person) return false;
    if (w == "\xD8\xB3\xD9\x8A\xD8\xAA\xD9\x85") return true;  // سيتم
    if (w.size() < 10) return false;  // five letters
    // Not ا or ي right after the person prefix (ستانفورد، ستيوارت: names), not the verb سيطر "to control" (سيطرت،
    // سيطروا), not ending in اء (سيناء).
    const std::string_view after = w.substr(4, 2);
    if (after == "\xD8\xA7" || after == "\xD9\x8A" || w.substr(0, 8) == "\xD8\xB3\xD9\x8A\xD8\xB7\xD8\xB1") return false;
    // Nor the noun سنة in its dual or with a pronoun (سنتين، سنتها), nor a dual or plural noun in ين.
    if (w.size() <= 10 && w.substr(0, 6) == "\xD8\xB3\xD9\x86\xD8\xAA") return false;
    return !w.ends_with("\xD9\x87") && !w.ends_with("\xD8\xA7\xD8\xAA") && !w.ends_with("\xD8\xA7\xD8\xA1") &&
           !w.ends_with("\xD9\x8A\xD9\x86");
  }

  std::vector<Match> run() {
    std::vector<Match> out;
    std::size_t i = 0;
    while (i < t_.size()) {
      if (!starts_[i]) {  // most words of a text start no temporal expression
        ++i;
        continue;
      }
      std::optional<Match> best;
      // A rule is asked only when its own first test could pass (RuleGate): most rules return at once at most
      // candidate tokens, and the calls themselves were a visible share of the tagger's work.
      // The token's table bits, with two more for a number and for "the" (see RuleGate): one test per rule.
      std::uint64_t mask = mask_at(i);
      if (t_[i].kind == Kind::number) mask |= kNumberGate;
      if (!lex_.arabic && t_[i].text == "the") mask |= kTheGate;
      if (every_rule_) mask = ~std::uint64_t{0};
      for (const auto& g : gates_) {
        if (!(mask & g.bits)) continue;
        auto m = (this->*g.rule)(i);
        if (m && m->end > i && (!best || m->end > best->end)) best = m;
      }
      if (best && bc_year_follows(*best)) {
        i = best->end;
        continue;
      }
      if (best && !lex_.arabic) merge_weekday(*best);
      // "أول من أمس الأربعاء 29 يوليو (تموز)": a day named by a relative word or a weekday, then by its date, is one
      // expression when the two agree.
      if (best && lex_.arabic && best->type == TimexType::date && best->value.size() == 10 && at(best->end, Kind::number))
        if (const auto day = day_of_value(best->value))
          if (auto next = absolute_date(best->end); next && next->value.size() == 10)
            // the same day, or the weekday of the date ("يوم الأربعاء 22 يوليو" two weeks back): the date says which
            if (const auto next_day = day_of_value(next->value); next_day && iso_weekday(*next_day) == iso_weekday(*day)) {
              best->end = next->end;
              best->value = next->value;
            }
      if (best) {
        i = best->end;
        last_begin_ = best->begin;
        out_end_ = best->end;
        // The narrative year: "… June of the same year" refers back to the last year written out.
        if (best->article_today) today_ = best->article_today;
        if (auto day = day_of_value(best->value)) {
          last_day_ = day;
          last_day_end_ = best->end;
        }
        if (best->type == TimexType::date && best->value.size() >= 4 && std::isdigit(static_cast<unsigned char>(best->value[0])) &&
            std::isdigit(static_cast<unsigned char>(best->value[3])) && (best->value.size() == 4 || best->value[4] == '-'))
          last_year_ = std::stoi(best->value.substr(0, 4));
        if (best->type == TimexType::date && best->value.size() >= 7 && best->value[4] == '-' &&
            std::isdigit(static_cast<unsigned char>(best->value[5])) && std::isdigit(static_cast<unsigned char>(best->value[6])))
          last_month_ = best->value.substr(0, 7);
        out.push_back(std::move(*best));
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  using Rule = std::optional<Match> (Run::*)(std::size_t);
  // The rules in the order they are asked (on equal length the first wins), each with the bits of what its own first
  // test reads: the tables of the token it needs (one of them), kNumberGate for a number, kTheGate for English "the"
  // (two bits no table has: TemporalLexicon uses fewer than 62); all bits (`always`) for the rules whose first test is
  // more than that. A rule is asked at a token whose bits meet its own. The gates repeat those tests; they never
  // decide anything the rule would not (the rules keep their own tests).
  static constexpr std::uint64_t kNumberGate = std::uint64_t{1} << 62, kTheGate = std::uint64_t{1} << 63;
  struct RuleGate {
    Rule rule;
    std::uint64_t bits = 0;
  };
  std::vector<RuleGate> make_gates() const {
    const bool en = !lex_.arabic;
    const std::uint64_t dir = direction_bits();
    std::vector<RuleGate> g;
    g.reserve(32);
    auto always = [&g](Rule r) { g.push_back({r, ~std::uint64_t{0}}); };
    auto gate = [&g](Rule r, std::uint64_t bits, bool number = false, bool the = false) {
      g.push_back({r, bits | (number ? kNumberGate : 0) | (the ? kTheGate : 0)});
    };
    gate(&Run::signal_date, lex_.since.bit | lex_.until.bit);
    gate(&Run::absolute_date, lex_.ordinals.bit | lex_.months.bit, true);
    gate(&Run::month_expression, lex_.months.bit | dir);
    gate(&Run::year_bc, lex_.year_words.bit, true);
    gate(&Run::year_expression, lex_.year_words.bit | (en ? lex_.numbers.bit : 0), true, en);
    gate(&Run::hijri, lex_.hijri_months.bit, true);
    if (!en) gate(&Run::hijri_year, lex_.year_words.bit, true);
    if (!en) gate(&Run::year_part_ar, lex_.year_parts.bit);
    if (!en) gate(&Run::century_ar, lex_.century_words.bit | lex_.decade_words.bit | lex_.decade_plurals.bit | lex_.current.bit);
    gate(&Run::narrative_day, lex_.narrative_day_leads.bit | (en ? 0 : lex_.day_offsets.bit | lex_.day_parts.bit | lex_.night_words.bit));
    if (!en) gate(&Run::frequency_ar, lex_.day_offsets.bit | lex_.calendar_units.bit);
    gate(&Run::day_word, lex_.day_offsets.bit | (en ? 0 : lex_.day_parts.bit));
    gate(&Run::weekday, lex_.weekdays.bit | lex_.day_words.bit | dir);
    gate(&Run::relative_unit, en ? dir : lex_.current.bit | lex_.calendar_units.bit, false, en);
    if (en) gate(&Run::ago, lex_.numbers.bit | lex_.units.bit, true);
    else gate(&Run::ago, lex_.ago.bit);
    gate(&Run::duration, lex_.numbers.bit | lex_.teen_units.bit | lex_.units.bit | lex_.half_words.bit |
                             (en ? 0 : lex_.approx.bit | lex_.more_less.bit), true, en);
    gate(&Run::season, lex_.seasons.bit | dir, false, en);
    gate(&Run::period_part, lex_.period_parts.bit, false, en);
    gate(&Run::refs, lex_.present.bit | lex_.past_ref.bit | lex_.future_ref.bit | lex_.future.bit);
    gate(&Run::iso_date, 0, true);
    if (en) always(&Run::english_extra);
    gate(&Run::set, lex_.sets.bit | lex_.set_leads.bit);
    if (en) gate(&Run::anaphoric, lex_.anaphoric_leads.bit);
    gate(&Run::same_period, lex_.same_year.bit | lex_.same_month.bit);
    gate(&Run::clock, en ? 0 : lex_.hour_words.bit | lex_.hour_ordinals.bit | lex_.period_parts.bit, true);
    gate(&Run::holiday, lex_.hijri_holidays.bit);
    gate(&Run::decade, lex_.decade_words.bit);
    if (en) always(&Run::english_dates);
    return g;
  }

  // --- token helpers ---
  // The table bits of token i (all bits when the tagger runs without masks). The rules' first lines use it as a
  // gate: a rule returns early unless a table its first step needs has a phrase starting at i (or the token is of
  // the kind that step reads); word() would find nothing there anyway, so the gates change no result, only the
  // work of the ~20 rules tried at each of the many candidate tokens ("the", "a", numbers).
  std::uint64_t mask_at(std::size_t i) const { return i < masks_.size() ? masks_[i] : ~std::uint64_t{0}; }
  // The tables of direction words ("last", "next", "this", "الماضي"): what direction_at reads.
  std::uint64_t direction_bits() const { return lex_.past.bit | lex_.future.bit | lex_.current.bit; }
  bool at(std::size_t i, Kind k) const { return i < t_.size() && t_[i].kind == k; }
  bool punct(std::size_t i, std::string_view p) const { return at(i, Kind::punct) && t_[i].text == p; }
  template <typename T>
  auto word(const PhraseTable<T>& table, std::size_t i, bool clitics = true) const {
    return table.match(t_, i, clitics && lex_.arabic, i < masks_.size() ? masks_[i] : ~std::uint64_t{0});
  }
  // True when one of the `window` tokens before i (or i's sentence) has the word w or its plural: an earnings
  // report that speaks of "the quarter" compares quarters when it says "a year ago".
  bool mentioned_before(std::size_t i, std::string_view w, std::size_t window) const {
    if (sentence_mentions(i, w)) return true;
    for (std::size_t k = i; k-- > 0 && i - k <= window;)
      if (t_[k].text == w || (t_[k].text.size() == w.size() + 1 && t_[k].text.substr(0, w.size()) == w)) return true;
    return false;
  }

  // True when the sentence of token i, or the one before, has the word w (or w + "s").
  bool sentence_mentions(std::size_t i, std::string_view w) const {
    for (std::size_t k = i; k < t_.size() && sentence_[k] == sentence_[i]; ++k)
      if (t_[k].text == w || (t_[k].text.size() == w.size() + 1 && t_[k].text.substr(0, w.size()) == w)) return true;
    for (std::size_t k = i; k-- > 0 && sentence_[k] + 1 >= sentence_[i];)
      if (t_[k].text == w || (t_[k].text.size() == w.size() + 1 && t_[k].text.substr(0, w.size()) == w)) return true;
    return false;
  }

  // A future cue ("will", "next", "المقبل", "سوف") within eight tokens before the expression or three after it,
  // in the same sentence.
  // "من المتوقع أن", "من المنتظر أن", "من المؤمل أن" (it is expected that …): future only in that construction (not
  // "على غير المتوقع", unexpectedly) and only for what follows it ("اليوم الخميس، ومن المتوقع أن يستمر" is today).
  // (A cue token holds kCue, kCueBefore for these after من, kNoCue for these without it.)
  static constexpr std::uint8_t kNoCue = 0, kCue = 1, kCueBefore = 2;
  // An English full stop that ends no sentence: inside "U.S." or "p.m.", after a title ("Mr.", "Gen."), after a middle
  // initial ("Daniel P. Davison"), after a month's abbreviation before the day ("Feb. 1").
  bool abbreviation_stop(const std::vector<PhraseToken>& toks, std::size_t i) const {
    if (lex_.arabic || toks[i].text != "." || i == 0 || toks[i - 1].kind != Kind::word) return false;
    if (i + 1 < toks.size() && !toks[i + 1].space_before) return true;
    if (!toks[i - 1].space_before && i >= 2 && toks[i - 2].text == ".") return false;  // the end of "U.S.", "p.m.": may end one
    static constexpr std::array<std::string_view, 15> kTitles = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt",
                                                                 "col", "sgt", "capt", "adm", "prof", "st"};
    const std::string_view w = toks[i - 1].text;
    if (std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end()) return true;
    if (w.size() == 1 && toks[i - 1].capitalized && i >= 2 && toks[i - 2].kind == Kind::word && toks[i - 2].capitalized) return true;
    return i + 1 < toks.size() && toks[i + 1].kind == Kind::number && word(lex_.months, i - 1, false).has_value();
  }
  bool expectation_cue(std::size_t i) const {
    const std::string_view w = t_[i].text;
    return w == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD9\x88\xD9\x82\xD8\xB9" /*المتوقع*/ ||
           w == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xB8\xD8\xB1" /*المنتظر*/ ||
           w == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA4\xD9\x85\xD9\x84" /*المؤمل*/;
  }
  // "يعتزم زيارة إيران في سبتمبر", "أعلن عزمه …": an intention looks forward from where it is said, so it counts only
  // for what follows ("أعلنتا في 17 ديسمبر عزمهما على تطبيع العلاقات": the date is past).
  bool intention_cue(std::size_t i) const {
    std::string_view w = t_[i].text;
    if (w.starts_with("\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xB2\xD8\xA7\xD9\x85")) return true;                  // اعتزام…
    if (w.starts_with("\xD9\x8A") || w.starts_with("\xD8\xAA")) w.remove_prefix(2);                                 // يـ، تـ
    return w.starts_with("\xD8\xB9\xD8\xAA\xD8\xB2\xD9\x85") || w.starts_with("\xD8\xB9\xD8\xB2\xD9\x85");  // عتزم…، عزم…
  }
  bool future_tense(std::size_t i) const {
    if (i >= t_.size()) return false;
    // (An expectation counts only before; twelve tokens back instead of eight was tried: it reached into other
    // clauses, "من المنتظر أن تصرف … راتب شهر مايو".)
    const std::size_t from = i >= 8 ? i - 8 : 0, to = std::min(t_.size(), i + 4);
    for (std::size_t k = from; k < to; ++k) {
      if (!cue_[k] || sentence_[k] != sentence_[i] || (k >= last_begin_ && k < out_end_)) continue;
      // (a cue inside the expression found last is that one's direction: "في الأشهر المقبلة … يوم الاثنين")
      if (cue_[k] == kCue || k < i) return true;
    }
    // A verb with the future prefix counts only close before the expression (its own clause, mostly). Read here,
    // not for every token: few expressions ask.
    if (lex_.arabic)
      for (std::size_t k = i >= 6 ? i - 6 : 0; k < i; ++k)
        if (sentence_[k] == sentence_[i] && future_verb(t_[k])) return true;
    return false;
  }

  // "last", "next", "this", "الماضي", …: the direction word at i, and where it ends. Read once per token, when a rule
  // first asks (the rules ask for the same tokens again and again).
  std::optional<Direction> direction_at(std::size_t i, std::size_t& next) const {
    if (i >= directions_.size()) return std::nullopt;
    auto& d = directions_[i];
    if (d.first == Direction::none && d.second == 0) d = read_direction(i);  // not read yet
    if (d.first == Direction::none) return std::nullopt;
    next = i + d.second;
    return d.first;
  }
  std::pair<Direction, std::size_t> read_direction(std::size_t i) const {
    if (auto h = word(lex_.past, i, false)) return {Direction::past, h->length};
    if (auto h = word(lex_.future, i, false)) return {Direction::future, h->length};
    if (auto h = word(lex_.current, i, false)) return {Direction::current, h->length};
    return {Direction::none, 1};  // read: none
  }

  // A number written in digits or words ("three", "ثلاثة", "twenty-five").
  std::optional<int> number_at(std::size_t i, std::size_t& next, std::size_t* stripped = nullptr) const {
    if (at(i, Kind::number) && t_[i].number >= 0) {
      next = i + 1;
      return t_[i].number;
    }
    if (lex_.arabic)  // "أحد عشر", "اثنا عشر": eleven and twelve
      if (auto u = word(lex_.teen_units, i))
        if (auto ten = word(lex_.numbers, i + u->length, false); ten && ten->value == 10) {
          next = i + u->length + ten->length;
          if (stripped) *stripped = u->stripped;
          return 10 + u->value;
        }
    if (auto h = word(lex_.numbers, i)) {
      int v = h->value;
      next = i + h->length;
      if (stripped) *stripped = h->stripped;
      // Arabic writes the unit first: "ثلاثة عشر" (13), "خمس وخمسين" (55), the tens with the conjunction و.
      if (lex_.arabic && v >= 1 && v <= 9) {
        if (auto ten = word(lex_.numbers, next, false); ten && ten->value == 10) {
          v += 10;
          next += ten->length;
        } else if (auto tens = word(lex_.numbers, next); tens && tens->stripped == 1 && tens->value >= 20 && tens->value <= 90 &&
                                                            tens->value % 10 == 0 && t_[next].text.starts_with("\xD9\x88")) {
          v += tens->value;
          next += tens->length;
        }
        return v;
      }
      if (v >= 20 && v < 100 && v % 10 == 0) {  // twenty-five
        std::size_t k = punct(next, "-") ? next + 1 : next;
        if (auto u = word(lex_.numbers, k, false); u && u->value > 0 && u->value < 10) {
          v += u->value;
          next = k + u->length;
        }
      }
      return v;
    }
    return std::nullopt;
  }

  // A month, possibly doubled: "كانون الثاني/يناير", "مارس (آذار)", "Sept.".
  std::optional<int> month_at(std::size_t i, std::size_t& next, std::size_t* stripped = nullptr) const {
    auto h = word(lex_.months, i);
    if (!h) return std::nullopt;
    next = i + h->length;
    if (stripped) *stripped = h->stripped;
    if (!lex_.arabic && t_[i + h->length - 1].text.size() <= 4 && punct(next, ".")) ++next;  // "Jan.", "Sept."
    // A second name for the same month.
    if (punct(next, "/") || punct(next, "-")) {
      if (auto h2 = word(lex_.months, next + 1, true); h2 && h2->value == h->value) next = next + 1 + h2->length;
    } else if (punct(next, "(")) {
      if (auto h2 = word(lex_.months, next + 1, true); h2 && h2->value == h->value && punct(next + 1 + h2->length, ")"))
        next = next + 2 + h2->length;
    } else if (lex_.arabic) {
      if (auto h2 = word(lex_.months, next, false); h2 && h2->value == h->value) next += h2->length;  // "13 يوليو تموز"
    }
    return h->value;
  }

  // After "اليوم": a nisba that names a day ("اليوم الوطني", "اليوم العالمي للمرأة", "فعاليات اليوم السعودي") or a
  // relative pronoun ("في اليوم الذي وصل فيه"): a day, not today ("اليوم الحالي", a direction word, is today).
  bool named_or_relative_day(std::size_t k) const {
    if (!at(k, Kind::word)) return false;
    const std::string_view w = t_[k].text;
    if (w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" || w == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A") return true;  // الذي، التي
    std::size_t de = 0;
    return w.size() >= 10 && w.starts_with("\xD8\xA7\xD9\x84") && w.ends_with("\xD9\x8A") && !direction_at(k, de) &&
           !word(lex_.weekdays, k, false);
  }

  // "قوى 14 آذار", "فريق 8 آذار": Lebanon's coalitions are named after dates; the number at i is such a name's.
  bool coalition_date(std::size_t i) const {
    return lex_.arabic && i > 0 && at(i, Kind::number) && at(i - 1, Kind::word) && t_[i - 1].text.size() <= 12 &&
           (t_[i - 1].text.ends_with("\xD9\x82\xD9\x88\xD9\x8A") /*قوى, ى as ي*/ ||
            t_[i - 1].text.ends_with("\xD9\x81\xD8\xB1\xD9\x8A\xD9\x82") /*فريق*/);
  }

  // "شهر" before a month's name ("من شهر أغسطس").
  bool month_word_at(std::size_t k) const {
    return at(k, Kind::word) && t_[k].text == "\xD8\xB4\xD9\x87\xD8\xB1" && word(lex_.months, k + 1, false).has_value();
  }

  // A year: "2014", "عام 2014", "العام 2018", "2014م", "2014 AD".
  std::optional<int> year_at(std::size_t i, std::size_t& next, bool need_word = false) const {
    std::size_t k = i;
    bool had_word = false;
    if (auto w = word(lex_.year_words, k)) {
      k += w->length;
      had_word = true;
    }
    if (need_word && !had_word) return std::nullopt;
    if (!at(k, Kind::number)) return lex_.arabic ? std::nullopt : spoken_year(k, next, had_word);
    if (t_[k].digits != 4) return std::nullopt;
    const int y = t_[k].number;
    if (y < 1000 || y > 2999) return std::nullopt;
    // A decimal is no year: an index "down 9.1 points to 1997.5".
    if ((punct(k + 1, ".") || punct(k + 1, ",")) && !t_[k + 1].space_before && at(k + 2, Kind::number) && !t_[k + 2].space_before)
      return std::nullopt;
    next = k + 1;
    if (auto e = word(lex_.era_markers, next, false)) next += e->length;
    return y;
  }

  // A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen oh five", "twenty
  // twelve"; "nineteen hundred" and "two thousand (and) one" only after "year" or a month ("the year two thousand",
  // "January two thousand"), where they cannot be counts.
  std::optional<int> spoken_year(std::size_t k, std::size_t& next, bool after_year_word) const {
    // Two number words, or "… oh five", "two thousand": asked of every "a" and "one", so the second word first.
    if (!at(k, Kind::word) || !(mask_at(k) & lex_.numbers.bit) || !at(k + 1, Kind::word) ||
        !((mask_at(k + 1) & lex_.numbers.bit) || t_[k + 1].text == "oh" || t_[k + 1].text == "thousand"))
      return std::nullopt;
    std::size_t a = 0, b = 0;
    const auto hi = number_at(k, a);
    if (!hi || !at(a, Kind::word) || !((*hi >= 17 && *hi <= 20) || *hi == 2)) return std::nullopt;
    if (*hi >= 17 && *hi <= 20) {
      if (t_[a].text == "oh") {
        if (auto lo = number_at(a + 1, b); lo && *lo >= 1 && *lo <= 9 && at(a + 1, Kind::word)) {
          next = b;
          return *hi * 100 + *lo;
        }
        return std::nullopt;
      }
      if (auto lo = number_at(a, b); lo && *lo >= 10 && *lo <= 99) {
        next = b;
        return *hi * 100 + *lo;
      }
    }
    const bool dated = after_year_word || (k > 0 && word(lex_.months, k - 1, false));
    if (!dated) return std::nullopt;
    if (*hi >= 17 && *hi <= 20 && t_[a].text == "hundred") {
      next = a + 1;
      return *hi * 100;
    }
    if (*hi == 2 && t_[a].text == "thousand") {
      next = a + 1;
      std::size_t c = next;
      if (at(c, Kind::word) && t_[c].text == "and") ++c;
      if (at(c, Kind::word) && t_[c].text != "a" && t_[c].text != "an")
        if (auto lo = number_at(c, b); lo && *lo >= 1 && *lo <= 99) {
          next = b;
          return 2000 + *lo;
        }
      return 2000;
    }
    return std::nullopt;
  }

  bool plausible_day(int d) const { return d >= 1 && d <= 31; }

  // Year for a month (and day) written without one: the nearest past occurrence relative to the DCT,
  // the next one when the sentence speaks of the future or `dir` says so.
  std::optional<int> anchor_year(int month, int day, Direction dir, std::size_t where) const {
    if (!dct_) return std::nullopt;
    const Civil c = civil(*dct_);
    const bool has_day = day > 0;
    const int key = month * 100 + (has_day ? day : 0), now = c.m * 100 + (has_day ? c.d : 0);
    if (dir == Direction::current) return c.y;
    if (dir == Direction::past) return key < now ? c.y : c.y - 1;
    if (dir == Direction::future) return key > now ? c.y : c.y + 1;
    if (future_tense(where)) return key >= now ? c.y : c.y + 1;
    // Nearest past occurrence, except that a date within the language's upcoming window after the DCT
    // (upcoming_window_days in its data file: 90 days for English news, 14 for Arabic) reads as upcoming.
    const int window = lex_.upcoming_window_days;
    if (has_day) {
      for (int y : {c.y - 1, c.y, c.y + 1}) {
        if (!is_valid_civil(y, month, day)) continue;
        const Day d = days_from_civil(y, month, day);
        if (d > *dct_ + window - 366 && d <= *dct_ + window) return y;
      }
      return key <= now ? c.y : c.y - 1;
    }
    const int ahead = (month - c.m + 12) % 12;  // months after the DCT's month
    if (ahead == 0) return c.y;
    if (ahead * 30 <= window) return month > c.m ? c.y : c.y + 1;
    return month < c.m ? c.y : c.y - 1;
  }

  // "Monday, Oct. 26" is one date, "9 a.m. Tuesday" one time: the weekday joins the expression next to it.
  void merge_weekday(Match& m) {
    std::size_t k = m.end;
    const bool is_weekday = m.type == TimexType::date && m.end == m.begin + 1 && word(lex_.weekdays, m.begin, false);
    if (is_weekday) {
      if (!punct(k, ",")) return;
      if (auto next = absolute_date(k + 1); next && next->value.size() == 10) {
        m.end = next->end;
        m.value = next->value;
      }
      return;
    }
    if (m.type == TimexType::time && m.value.size() > 11 && m.value[10] == 'T') {
      // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6": a full date after the time gives its day.
      const std::size_t d = punct(k, ",") ? k + 1 : k;
      if (at(d, Kind::word) && word(lex_.months, d, false))
        if (auto next = absolute_date(d); next && next->value.size() == 10) {
          m.value = next->value + m.value.substr(10);
          m.end = next->end;
          return;
        }
    }
    if (m.type == TimexType::time && m.value.size() > 11 && m.value[10] == 'T' && !dct_) return;
    if (m.type == TimexType::time && m.value.size() > 11 && m.value[10] == 'T') {
      // The coming weekday when the tense before the time or before the weekday is future ("until 4 a.m. EDT
      // Thursday", "must be entered by 1530 EST Friday"), else the last one.
      // Without those, the day that weekday was read as before ("expire this Friday … by 1530 EST Friday").
      if (auto w = word(lex_.weekdays, k, false); w && today_) {
        const bool future = future_tense(m.begin) || future_tense(k);
        const int delta = weekday_delta(w->value, future ? Direction::future : Direction::none, true);
        m.value = format_day(*today_ + delta) + m.value.substr(10);
        m.end = k + w->length;
      }
    }
  }

  // A part of the day at token e ("morning", "مساءً"): its TIMEX3 code, and e moves past it; "" when there is none.
  std::string day_part_after(std::size_t& e) const {
    auto p = word(lex_.day_parts, e, false);
    if (!p) return {};
    e += p->length;
    return p->value;
  }

  // The last quarter completed before the DCT, `years_back` years earlier: the quarter an earnings report means.
  std::string last_quarter(int years_back) const {
    const Civil c = civil(*dct_);
    int q = (c.m - 1) / 3, y = c.y - years_back;
    if (q == 0) {
      q = 4;
      --y;
    }
    return pad(y, 4) + "-Q" + std::to_string(q);
  }

  // The day a value starts with ("2015-07-24", "2015-07-24TMO"), when it names one.
  static std::optional<Day> day_of_value(const std::string& v) {
    if (v.size() < 10 || v[4] != '-' || v[7] != '-' || !std::isdigit(static_cast<unsigned char>(v[0])) ||
        !std::isdigit(static_cast<unsigned char>(v[8])))
      return std::nullopt;
    try {
      return parse_day(std::string_view(v).substr(0, 10));
    } catch (const Error&) {
      return std::nullopt;
    }
  }
  // A day as TIMEX3 writes it, or "XXXX-XX-XX" when there is none to count from.
  static std::string day_or_unknown(std::optional<Day> day, int offset = 0) {
    return day ? format_day(*day + offset) : std::string("XXXX-XX-XX");
  }
  // The narrative's day: the last full date named before, else the article's own.
  std::optional<Day> narrative_anchor() const { return last_day_ ? last_day_ : today_; }
  // The year and month a value starts with ("2015-07", "2015-07-18"), when it is `size` characters of that form.
  static std::optional<std::pair<int, int>> year_month_of(std::string_view v, std::size_t size) {
    if (v.size() != size || v[4] != '-' || !std::isdigit(static_cast<unsigned char>(v[0]))) return std::nullopt;
    return std::pair{std::stoi(std::string(v.substr(0, 4))), std::stoi(std::string(v.substr(5, 2)))};
  }
  // Day `day` of a year and month as the expression [b, e), when the calendar has it.
  std::optional<Match> day_of(std::pair<int, int> year_month, int day, std::size_t b, std::size_t e, std::size_t stripped) const {
    if (!is_valid_civil(year_month.first, year_month.second, day)) return std::nullopt;
    Match m = make(b, e, ymd(year_month.first, year_month.second, day));
    m.stripped = stripped;
    return m;
  }
  // "قبل الميلاد" at k: before the Common Era.
  // Where a marker of the years before the Common Era that starts at k ends (0: none there): "قبل الميلاد", "ما قبل
  // الميلاد", "ق.م", "ق. م."; "BC", "BCE", "B.C.", "B.C.E.".
  std::size_t era_bc_end(std::size_t k) const {
    if (!at(k, Kind::word)) return 0;
    const std::string_view w = t_[k].text;
    if (lex_.arabic) {
      if (w == "\xD9\x85\xD8\xA7" /*ما*/) ++k;
      if (at(k, Kind::word) && t_[k].text == "\xD9\x82\xD8\xA8\xD9\x84" /*قبل*/ && at(k + 1, Kind::word) &&
          t_[k + 1].text == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF" /*الميلاد*/)
        return k + 2;
      if (w == "\xD9\x82" /*ق*/ && punct(k + 1, ".") && at(k + 2, Kind::word) && t_[k + 2].text == "\xD9\x85" /*م*/)
        return punct(k + 3, ".") ? k + 4 : k + 3;
      return 0;
    }
    // (Not a wire slug: "BC-Russia-Ukraine".)
    if ((w == "bc" || w == "bce") && t_[k].all_upper && !(punct(k + 1, "-") && !t_[k + 1].space_before)) return k + 1;
    if (w == "b" && t_[k].all_upper && punct(k + 1, ".") && at(k + 2, Kind::word) && t_[k + 2].text == "c" &&
        punct(k + 3, ".")) {
      if (at(k + 4, Kind::word) && t_[k + 4].text == "e" && !t_[k + 4].space_before && punct(k + 5, ".")) return k + 6;
      return k + 4;
    }
    return 0;
  }
  bool before_common_era(std::size_t k) const { return era_bc_end(k) != 0; }
  // "سبتمبر (أيلول) 331 قبل الميلاد", "March 15, 44 BC": a date of the civil calendar followed closely by a year
  // before the Common Era is that year's month or day, not one of the DCT's years; year_bc reads the year alone.
  bool bc_year_follows(const Match& m) const {
    if (m.type != TimexType::date || m.value.empty() || !(std::isdigit(static_cast<unsigned char>(m.value[0])) || m.value[0] == 'X'))
      return false;
    for (std::size_t k = m.end; k < t_.size() && k < m.end + 4 && sentence_[k] == sentence_[m.begin]; ++k)
      if (at(k, Kind::number) && t_[k].digits <= 4 && before_common_era(k + 1)) return true;
    return false;
  }
  // The article written apart from its word (the tatweel of "الـ" is gone in the matching form): "الـ21", "الـ 24".
  bool article_token(std::size_t k) const { return at(k, Kind::word) && t_[k].text == "\xD8\xA7\xD9\x84"; }

  Match make(std::size_t b, std::size_t e, std::string value, TimexType type = TimexType::date) const {
    Match m;
    m.begin = b;
    m.end = e;
    m.value = std::move(value);
    m.type = type;
    return m;
  }

  // --- rules ---

  // "منذ العام 2018" / "since 2018": the date after the signal, with SINCE (interval to the DCT) or UNTIL.
  std::optional<Match> signal_date(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & (lex_.since.bit | lex_.until.bit))) return std::nullopt;  // gate: see mask_at
    bool since = false;
    std::size_t k = i;
    if (auto h = word(lex_.since, i)) {
      since = true;
      k = i + h->length;
    } else if (auto u = word(lex_.until, i)) {
      k = i + u->length;
    } else {
      return std::nullopt;
    }
    std::optional<Match> inner;
    for (auto rule : {&Run::absolute_date, &Run::month_expression, &Run::year_expression, &Run::season, &Run::period_part}) {
      auto m = (this->*rule)(k);
      if (m && m->type == TimexType::date && (!inner || m->end > inner->end)) inner = m;
    }
    if (!inner) return std::nullopt;
    // The signal word itself is not part of the timex (TimeML); it sets the modifier and interval.
    const auto span = date_from_value(inner->value, dct_);
    if (since) {
      inner->mod = Mod::since;
      inner->start = inner->start ? inner->start : span.start;
      if (dct_) inner->end_day = *dct_;
      else inner->open_end = true;
    } else {
      inner->mod = Mod::until;
      inner->end_day = inner->end_day ? inner->end_day : span.end;
    }
    return inner;
  }

  // "27 كانون الثاني/يناير 2024", "الثالث من أغسطس", "22 March 2013", "March 22, 2013".
  std::optional<Match> absolute_date(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!at(i, Kind::number) && !(mask_at(i) & (lex_.ordinals.bit | lex_.months.bit))) return std::nullopt;
    if (coalition_date(i)) return std::nullopt;
    std::size_t k = i, stripped = 0;
    int day = -1;
    // (A day word before the date, "يوم السابع من أغسطس", stays outside: the gold's convention.)
    if (at(i, Kind::number) && t_[i].digits <= 2 && plausible_day(t_[i].number)) {
      day = t_[i].number;
      k = i + 1;
      if (lex_.arabic && word(lex_.ordinal_link, k, false) && (word(lex_.months, k + 1) || month_word_at(k + 1))) ++k;  // "28 من يوليو"
      // "من 17 إلى 18 يوليو 2015", "بين 3 و5 أغسطس": the first day of a range takes the month (and year) of the
      // second; the expression is the first number alone.
      if (lex_.arabic && !word(lex_.months, k) && i > 0 &&
          (word(lex_.range_from, i - 1, false) || t_[i - 1].text == "\xD9\x81\xD9\x8A"))  // من، بين، في ("في 17 و25 ديسمبر")
        if (auto to = word(lex_.range_to, k); to && at(k + to->length, Kind::number) && t_[k + to->length].digits <= 2)
          if (auto second = absolute_date(k + to->length))
            if (auto ym = year_month_of(second->value, 10)) return day_of(*ym, day, i, i + 1, 0);
    } else if (auto o = word(lex_.ordinals, i)) {
      day = o->value;
      stripped = o->stripped;
      k = i + o->length;
      // "بين التاسع والثاني عشر من يوليو": the first ordinal day of a range takes the second's month.
      if (lex_.arabic && !word(lex_.ordinal_link, k, false) && i > 0 && word(lex_.range_from, i - 1, false))
        if (auto second = word(lex_.ordinals, k); second && second->stripped > 0)
          if (auto date = absolute_date(k))
            if (auto ym = year_month_of(date->value, 10)) return day_of(*ym, day, i, k, stripped);
      if (auto l = word(lex_.ordinal_link, k, false)) k += l->length;
      if (!lex_.arabic && punct(k, "of")) ++k;
    }
    if (day > 0) {
      std::size_t after_month = 0;
      if (lex_.arabic && month_word_at(k)) ++k;  // "10 من شهر أغسطس", "الثالث من شهر يوليو"
      auto month = month_at(k, after_month);
      // "العاشر من الشهر الجاري", "الخامس من هذا الشهر", "الأول من الشهر المقبل": a day of a month named relatively.
      if (!month && lex_.arabic && k > i + 1)
        if (auto rel = relative_unit(k))
          if (auto ym = year_month_of(rel->value, 7)) return day_of(*ym, day, i, rel->end, stripped);
      if (!month) return std::nullopt;
      return finish_day_month(i, after_month, *month, day, stripped);
    }
    // Month first (English): "March 22, 2013", "Jan. 5".
    std::size_t after_month = 0, month_stripped = 0;
    auto month = month_at(i, after_month, &month_stripped);
    if (!month || lex_.arabic) return std::nullopt;
    if (!at(after_month, Kind::number) || t_[after_month].digits > 2 || !plausible_day(t_[after_month].number))
      return std::nullopt;
    day = t_[after_month].number;
    std::size_t e = after_month + 1;
    if (at(e, Kind::word) && (t_[e].text == "st" || t_[e].text == "nd" || t_[e].text == "rd" || t_[e].text == "th")) ++e;
    return finish_day_month(i, e, *month, day, month_stripped, true);
  }

  std::optional<Match> finish_day_month(std::size_t b, std::size_t e, int month, int day, std::size_t stripped,
                                        bool comma_year = false) {
    std::size_t after_year = 0;
    std::size_t k = e;
    if (comma_year && punct(k, ",")) ++k;
    auto year = year_at(k, after_year);
    if (!year && last_year_)
      if (auto same = word(lex_.same_year, k, false)) {
        year = last_year_;
        after_year = k + same->length;
      }
    Match m;
    if (year) {
      if (!is_valid_civil(*year, month, day)) return std::nullopt;
      m = make(b, after_year, ymd(*year, month, day));
    } else {
      std::size_t dir_end = 0;
      Direction dir = direction_at(e, dir_end).value_or(Direction::none);
      // "25 أغسطس (آب) و15 سبتمبر (أيلول) المقبلين": the direction after the second date of a pair is the first's too.
      if (dir == Direction::none && lex_.arabic && at(e, Kind::word) && t_[e].text == "\xD9\x88" /*و*/)
        if (auto next = absolute_date(e + 1); next && next->end > e + 1) {
          std::size_t de = 0;
          if (auto d2 = direction_at(next->end - 1, de); d2 && de == next->end) {
            dir = *d2;
            dir_end = e;  // the expression ends where it did
          }
        }
      auto y = anchor_year(month, day, dir, b);
      if (y && !is_valid_civil(*y, month, day)) return std::nullopt;
      m = make(b, dir == Direction::none ? e : dir_end, y ? ymd(*y, month, day) : "XXXX-" + pad(month, 2) + "-" + pad(day, 2));
    }
    m.stripped = stripped;
    return m;
  }

  // "حزيران/يونيو الماضي", "مارس (آذار) 2016", "March 2013", "last March", "in June".
  std::optional<Match> month_expression(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & (lex_.months.bit | direction_bits()))) return std::nullopt;
    std::size_t k = i;
    std::optional<Direction> before;
    std::size_t before_end = 0;
    if (!lex_.arabic) before = direction_at(i, before_end);
    if (before) k = before_end;
    std::size_t after = 0, stripped = 0;
    auto month = month_at(k, after, &stripped);
    if (!month) return std::nullopt;
    if (k > 0 && coalition_date(k - 1)) return std::nullopt;  // "قوى 14 آذار"
    // English "may" and "march" are also common words: need a year, a day, a direction or a capital letter.
    std::size_t after_year = 0;
    std::size_t yk = (!lex_.arabic && punct(after, ",")) ? after + 1 : after;
    if (auto year = year_at(yk, after_year)) {
      Match m = make(i, after_year, ym(*year, *month));
      m.stripped = before ? 0 : stripped;
      return m;
    }
    if (auto same = word(lex_.same_year, after, false); same && last_year_) {
      Match m = make(i, after + same->length, ym(*last_year_, *month));
      m.stripped = before ? 0 : stripped;
      return m;
    }
    std::size_t dir_end = 0;
    std::optional<Direction> dir = before;
    if (!dir && lex_.arabic) dir = direction_at(after, dir_end);
    if (!lex_.arabic && !dir) {
      // English month names need a capital; "may" and "march" also must not start a sentence; an abbreviation
      // ("Jan") needs its full stop.
      const bool sentence_start = k == 0 || sentence_[k] != sentence_[k - 1];
      if (!t_[k].capitalized) return std::nullopt;
      if ((t_[k].text == "may" || t_[k].text == "march") && sentence_start) return std::nullopt;
      if (t_[k].text.size() == 3 && t_[k].text != "may" && !punct(k + 1, ".")) return std::nullopt;
    }
    // A month name that is also a common word or a transliteration ("آب"/"أب" father, "ماي" my) needs a lead
    // ("في", "شهر", "منذ" …) when it stands alone.
    // With a proclitic and no year it is the word ("باب", a door or a section, is not ب + آب).
    if (!dir && word(lex_.ambiguous_months, k) && (stripped > 0 || !(k > 0 && word(lex_.bare_month_leads, k - 1))))
      return std::nullopt;
    auto y = anchor_year(*month, 0, dir.value_or(Direction::none), i);
    Match m = make(i, dir && !before ? dir_end : after, y ? ym(*y, *month) : "XXXX-" + pad(*month, 2));
    m.stripped = before ? 0 : stripped;
    return m;
  }

  // "586 قبل الميلاد", "عام 3100 قبل الميلاد", "(65 ق.م - 4 ق.م)", "753 BC": a year before the Common Era, "BC" and
  // four digits (TIMEX3). The first year of a range takes the era the second one names ("بين عامي 2181 و2050 قبل
  // الميلاد", "نحو 2494- 2345 قبل الميلاد", "from 300 to 200 BC"), and so does a year closing a parenthesis that the
  // marker follows ("(نحو 2050- 1786) قبل الميلاد").
  std::optional<Match> year_bc(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    // Asked at every number: the tests that need no lookup first.
    std::size_t k = i;
    std::optional<PhraseTable<bool>::Hit> w;
    if (!at(i, Kind::number)) {
      w = word(lex_.year_words, i);
      if (!w) return std::nullopt;
      k += w->length;
    }
    if (!at(k, Kind::number) || t_[k].digits > 4 || t_[k].number < 1) return std::nullopt;
    // An English number glued to a word is a code ("Cx11 BC-…"); an Arabic one may carry و.
    if (!lex_.arabic && k > 0 && !t_[k].space_before && at(k - 1, Kind::word)) return std::nullopt;
    const std::size_t after = k + 1;
    if (after >= t_.size()) return std::nullopt;
    auto bc_after = [&](std::size_t n) {  // the marker at n, or after a closing parenthesis there (left out)
      if (std::size_t e = era_bc_end(n)) return e;
      return punct(n, ")") && era_bc_end(n + 1) ? n : std::size_t{0};
    };
    std::size_t end = bc_after(after);
    if (!end) {
      // A range: "-", "–", "و", "and", "إلى", "to", then the year with the marker.
      const std::string_view x = t_[after].text;
      const bool joiner = t_[after].kind == Kind::punct ? (x == "-" || x == "\xE2\x80\x93")
                                                         : (x == "\xD9\x88" || x == "and" || x == "to" ||
                                                            x == "\xD8\xA7\xD9\x84\xD9\x89" || x == "\xD8\xA7\xD9\x84\xD9\x8A");  // و، إلى/الى
      if (!joiner) return std::nullopt;
      std::size_t j = after + 1;
      if (!at(j, Kind::number))
        if (auto w2 = word(lex_.year_words, j, false)) j += w2->length;
      if (!at(j, Kind::number) || t_[j].digits > 4 || !bc_after(j + 1)) return std::nullopt;
      end = after;
    }
    Match m = make(i, end, "BC" + pad(t_[k].number, 4));
    if (w) m.stripped = w->stripped;
    return m;
  }

  // "عام 2014", "العام 2018", "2014م", "in 1998".
  std::optional<Match> year_expression(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    std::size_t after = 0;
    // "the year 2000", "the year two thousand".
    if (!lex_.arabic && t_[i].text == "the" && word(lex_.year_words, i + 1, false))
      if (auto y = year_at(i + 1, after)) return make(i, after, pad(*y, 4));
    auto w = word(lex_.year_words, i);
    auto year = year_at(i, after);
    if (!year) return std::nullopt;
    const bool marked = w.has_value() || (after > i + 1);
    if (!marked) {
      // A bare four-digit number is a year only in a temporal context.
      const bool prev_ok = i > 0 && (word(lex_.duration_leads, i - 1, true) || word(lex_.since, i - 1, true) ||
                                     word(lex_.until, i - 1, true) || word(lex_.range_from, i - 1, true) ||
                                     word(lex_.range_to, i - 1, true) || t_[i - 1].text == "in" ||
                                     t_[i - 1].text == "by" || t_[i - 1].text == "of" || t_[i - 1].text == "\xD9\x81\xD9\x8A" /*في*/ ||
                                     t_[i - 1].text == "\xD9\x88\xD9\x81\xD9\x8A" /*وفي*/ || t_[i - 1].text == "\xD9\x81\xD9\x81\xD9\x8A" /*ففي*/ ||
                                     t_[i - 1].text == "\xD8\xA8\xD8\xAD\xD9\x84\xD9\x88\xD9\x84" /*بحلول*/ ||
                                     t_[i - 1].text == "\xD9\x88\xD8\xA8\xD8\xAD\xD9\x84\xD9\x88\xD9\x84" /*وبحلول*/ ||
                                     t_[i - 1].text == "before" || t_[i - 1].text == "after");
      static const std::vector<std::string_view> kJoin = {"and", "or", "to", "through", "when", "as", "after", "before",
                                                          "compared", "with", "from", "until", "levels", "level", "period"};
      const bool next_ok = after >= t_.size() || t_[after].kind == Kind::punct ||
                           (!lex_.arabic && std::find(kJoin.begin(), kJoin.end(), t_[after].text) != kJoin.end());
      // "the 1996 Olympics", "a 1994 law": after a determiner, a year modifies the noun that follows.
      static const std::vector<std::string_view> kDeterminers = {"the", "a", "its", "their", "his", "her", "this", "that", "since"};
      const bool determiner = !lex_.arabic && i > 0 && std::find(kDeterminers.begin(), kDeterminers.end(), t_[i - 1].text) != kDeterminers.end() &&
                              *year >= 1900 && *year <= 2030;
      if (!(prev_ok || next_ok || determiner) || *year < 1800 || *year > 2100) return std::nullopt;
      if (i > 0 && (t_[i - 1].text == "$" || punct(after, "%"))) return std::nullopt;
    }
    // "بين عامي 2181 و2050 قبل الميلاد", "1200 to 1100 BC": a year before the Common Era (year_bc's).
    for (std::size_t k = after; k < t_.size() && k < after + 4 && sentence_[k] == sentence_[i]; ++k)
      if (before_common_era(k)) return std::nullopt;
    Match m = make(i, after, pad(*year, 4));
    if (w) m.stripped = w->stripped;
    return m;
  }

  // "15 رجب 1445 هـ", "رمضان 1445".
  std::optional<Match> hijri(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!at(i, Kind::number) && !(mask_at(i) & lex_.hijri_months.bit)) return std::nullopt;
    std::size_t k = i;
    int day = 0;
    if (at(i, Kind::number) && t_[i].digits <= 2 && plausible_day(t_[i].number)) {
      day = t_[i].number;
      ++k;
    }
    auto month = word(lex_.hijri_months, k);
    if (!month) return std::nullopt;
    k += month->length;
    std::size_t yk = k;
    if (auto w = word(lex_.year_words, yk)) yk += w->length;
    if (!at(yk, Kind::number) || t_[yk].digits < 3 || t_[yk].digits > 4) return std::nullopt;
    const int year = t_[yk].number;
    std::size_t e = yk + 1;
    bool marked = false;
    if (auto h = word(lex_.hijri_markers, e, false)) {
      e += h->length;
      marked = true;
    }
    if (!marked && (year < 1300 || year > 1600)) return std::nullopt;  // a Gregorian year after a month name
    auto first = hijri_to_day(year, month->value, day ? day : 1);
    if (!first) return std::nullopt;
    Match m;
    if (day) {
      m = make(i, e, format_day(*first));
    } else {
      auto next = month->value == 12 ? hijri_to_day(year + 1, 1, 1) : hijri_to_day(year, month->value + 1, 1);
      if (!next) return std::nullopt;
      const Civil c = civil(*first);
      m = make(i, e, ym(c.y, c.m));  // the Gregorian month it starts in; the interval is exact
      m.start = *first;
      m.end_day = *next - 1;
    }
    return m;
  }

  // "عام 1396هـ", "1429 هـ", "العام 1436 الهجري": a Hijri year (the marker is needed), from 1 Muharram to the day
  // before the next one by ICU's Umm al-Qura calendar; the value is the Gregorian year it starts in, as a Hijri
  // month's is the Gregorian month it starts in, and the interval is exact.
  std::optional<Match> hijri_year(std::size_t i) {
    if (!lex_.arabic || i >= t_.size()) return std::nullopt;
    std::size_t k = i, stripped = 0;
    if (auto w = word(lex_.year_words, k)) {
      stripped = w->stripped;
      k += w->length;
    }
    if (!at(k, Kind::number) || t_[k].digits < 3 || t_[k].digits > 4) return std::nullopt;
    const int year = t_[k].number;
    auto marker = word(lex_.hijri_markers, k + 1);
    if (!marker || marker->stripped > 2) return std::nullopt;  // the marker itself, or with the article (الهجري)
    auto first = hijri_to_day(year, 1, 1), next = hijri_to_day(year + 1, 1, 1);
    if (!first || !next) return std::nullopt;
    Match m = make(i, k + 1 + marker->length, pad(civil(*first).y, 4));
    m.start = *first;
    m.end_day = *next - 1;
    m.stripped = stripped;
    return m;
  }

  // "القرن العشرين" (19: TIMEX3 writes a century as its first two digits), "القرن التاسع عشر" (18), "القرن الحادي
  // والعشرين", "القرن 21", "القرن الـ21" (20), "القرن الماضي" (the century before the DCT's), "القرنين التاسع عشر
  // والعشرين" (the first of the two), and a decade of one: "تسعينات القرن الماضي", "الستينات من القرن العشرين" (196).
  // Not a Hijri century ("القرن الثاني الهجري"), nor one before the Common Era, nor "القرن الأفريقي" (the Horn of
  // Africa: neither a number nor a direction follows).
  std::optional<Match> century_ar(std::size_t i) {
    if (!lex_.arabic || i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & (lex_.century_words.bit | lex_.decade_words.bit | lex_.decade_plurals.bit | lex_.current.bit))) return std::nullopt;
    std::size_t k = i, stripped = 0;
    std::optional<int> decade;
    if (auto d = word(lex_.decade_words, k)) {
      decade = d->value % 10;
      stripped = d->stripped;
      k += d->length;
      if (at(k, Kind::word) && t_[k].text == "\xD9\x85\xD9\x86") ++k;  // من
    } else if (auto p = word(lex_.decade_plurals, k)) {
      decade = p->value;
      stripped = p->stripped;
      k += p->length;
      // "سبعينات وثمانينات القرن الماضي": the first decade of the century the second names.
      if (auto second = word(lex_.decade_plurals, k); second && second->stripped > 0 && !word(lex_.century_words, k, false))
        if (auto rest = century_ar(k); rest && rest->value.size() == 3) {
          Match m = make(i, k, rest->value.substr(0, 2) + std::to_string(*decade));
          m.stripped = stripped;
          return m;
        }
    }
    // "هذا القرن (الجديد)": the DCT's century.
    bool this_century = false;
    if (!decade && (mask_at(i) & lex_.current.bit) && (mask_at(i + 1) & lex_.century_words.bit))
      if (auto t = word(lex_.current, k); t && word(lex_.century_words, k + t->length, false)) {
        this_century = true;
        stripped = t->stripped;
        k += t->length;
      }
    auto c = word(lex_.century_words, k, !decade && !this_century);
    if (!c) return std::nullopt;
    if (!decade && !this_century) stripped = c->stripped;
    k += c->length;
    int n = 0;
    std::size_t dir_end = 0;
    if (this_century) {
      if (!dct_ || c->value != 1) return std::nullopt;
      n = civil(*dct_).y / 100 + 1;
      if (at(k, Kind::word) && t_[k].text == "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF") ++k;  // الجديد
      else if (direction_at(k, dir_end) == Direction::current) k = dir_end;                                   // الحالي
    } else if (auto o = word(lex_.ordinals, k, false)) {
      n = o->value;
      k += o->length;
    } else if (article_token(k) && at(k + 1, Kind::number) && !t_[k + 1].space_before) {
      n = t_[k + 1].number;  // "الـ21"
      k += 2;
    } else if (at(k, Kind::number) && t_[k].digits <= 2) {
      n = t_[k].number;
      ++k;
    } else if (auto dir = direction_at(k, dir_end); dir && dct_ && c->value == 1) {
      const int current = civil(*dct_).y / 100 + 1;  // 2015: the 21st
      n = *dir == Direction::past ? current - 1 : *dir == Direction::future ? current + 1 : current;
      k = dir_end;
    }
    if (n < 1 || n > 30) return std::nullopt;
    if (auto h = word(lex_.hijri_markers, k); h && h->stripped <= 2) return std::nullopt;  // الهجري
    // "القرن السادس قبل الميلاد": the years 599-500 BC, "BC05" (a decade or "this century" before it is not read).
    if (std::size_t bc = era_bc_end(k)) {
      if (decade || this_century) return std::nullopt;
      Match m = make(i, bc, "BC" + pad(n - 1, 2));
      m.stripped = stripped;
      return m;
    }
    if (auto e = word(lex_.era_markers, k); e && t_[k].text.size() > 2) k += e->length;  // "الميلادي", not a bare م
    Match m = make(i, k, pad(n - 1, 2) + (decade ? std::to_string(*decade) : std::string()));
    m.stripped = stripped;
    return m;
  }

  // "الربع الأول من العام", "النصف الأول من 2015", "الربع الثالث من العام الماضي", "النصف الثاني من عام 2014",
  // "الربع الأخير": a quarter or a half of a year. "من العام" alone is the DCT's year; without a year, the latest such
  // part that has begun by the DCT (the coming one in future tense), as the English quarters have it. A half of a
  // century ("النصف الأول من القرن العشرين") is the century rule's.
  std::optional<Match> year_part_ar(std::size_t i) {
    if (!lex_.arabic || i >= t_.size() || !(mask_at(i) & lex_.year_parts.bit)) return std::nullopt;
    auto p = word(lex_.year_parts, i);
    if (!p) return std::nullopt;
    const int parts = p->value == "Q" ? 4 : 2;
    std::size_t k = i + p->length;
    int n = 0;
    if (auto o = word(lex_.ordinals, k, false); o && o->value >= 1 && o->value <= parts) {
      n = o->value;
      k += o->length;
    } else if (at(k, Kind::word) && t_[k].text == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xD9\x8A\xD8\xB1") {  // الأخير (أ as ا)
      n = parts;
      ++k;
    } else {
      return std::nullopt;
    }
    std::size_t e = k;
    std::optional<int> year;
    if (auto direct = relative_year(k)) {  // "النصف الأول العام الماضي"
      year = std::stoi(direct->value);
      e = direct->end;
    } else if (word(lex_.ordinal_link, k, false)) {  // من
      std::size_t after = 0;
      if (auto y = year_at(k + 1, after)) {
        year = y;
        e = after;
      } else if (auto rel = relative_year(k + 1)) {
        year = std::stoi(rel->value);
        e = rel->end;
      } else if (auto w = word(lex_.year_words, k + 1, false); w && dct_ && t_[k + 1].text.starts_with("\xD8\xA7\xD9\x84")) {
        year = civil(*dct_).y;  // "من العام": this year's
        e = k + 1 + w->length;
      } else if (auto same = word(lex_.same_year, k + 1, false); same && last_year_) {  // "من نفس العام"
        year = last_year_;
        e = k + 1 + same->length;
      } else if (auto month = parts == 2 ? month_expression(k + 1 + (month_word_at(k + 1) ? 1 : 0)) : std::nullopt;
                 month && month->begin <= k + 2) {
        // "النصف الثاني من مايو الماضي": the month, its first or second half as TIMEX3's START or END.
        Match m = make(i, month->end, month->value);
        m.mod = n == 1 ? Mod::start : Mod::end;
        m.stripped = p->stripped;
        return m;
      } else {
        // A half of a century is the century rule's; of anything else ("النصف الثاني من الموسم الماضي", of a season
        // or a match) it is no part of a year.
        return std::nullopt;
      }
    }
    if (!year && dct_) {
      const Civil c = civil(*dct_);
      const int now = parts == 2 ? (c.m - 1) / 6 + 1 : (c.m - 1) / 3 + 1;
      const bool future = future_tense(i);
      year = c.y;
      if (future ? n < now : n > now) *year += future ? 1 : -1;
    }
    Match m = make(i, e, (year ? pad(*year, 4) : std::string("XXXX")) + "-" + p->value + std::to_string(n));
    m.stripped = p->stripped;
    return m;
  }

  // "التسعينات", "في الستينيات": a decade in words (the last century's unless a year says otherwise).
  std::optional<Match> decade(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & lex_.decade_words.bit)) return std::nullopt;
    // English decades in words start with "the" ("the nineties"): look them up only before a word in -ties.
    if (!lex_.arabic && !(at(i + 1, Kind::word) && t_[i + 1].text.ends_with("ties"))) return std::nullopt;
    auto h = word(lex_.decade_words, i);
    if (!h) return std::nullopt;
    Match m = make(i, i + h->length, pad(h->value, 3));
    m.stripped = h->stripped;
    return m;
  }

  // "عيد الفطر", "عيد الأضحى المقبل": a holiday of the Hijri calendar (data: month and day), on the Gregorian day
  // ICU's Umm al-Qura calendar gives it in the Hijri year that puts it nearest the DCT: the last one by default, the
  // next one after "المقبل" or within the upcoming window, the last one after "الماضي".
  std::optional<Match> holiday(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & lex_.hijri_holidays.bit) || !dct_) return std::nullopt;
    auto h = word(lex_.hijri_holidays, i);
    if (!h) return std::nullopt;
    std::size_t e = i + h->length, de = 0;
    const auto dir = direction_at(e, de);
    if (dir == Direction::past || dir == Direction::future) e = de;
    const int month = h->value / 100, day = h->value % 100;
    const int approx = static_cast<int>((civil(*dct_).y - 622) * 33 / 32);  // the Hijri year, give or take one
    std::optional<Day> last, next;
    for (int y = approx - 2; y <= approx + 2; ++y) {
      auto d = hijri_to_day(y, month, day);
      if (!d) continue;
      if (*d <= *dct_ && (!last || *d > *last)) last = d;
      if (*d > *dct_ && (!next || *d < *next)) next = d;
    }
    std::optional<Day> when = last;
    if (dir == Direction::future || (dir != Direction::past && next && *next - *dct_ <= lex_.upcoming_window_days)) when = next;
    if (!when) return std::nullopt;
    Match m = make(i, e, format_day(*when));
    m.stripped = h->stripped;
    return m;
  }

  // "اليوم", "أمس الجمعة", "اليوم (الثلاثاء)", "صباح اليوم", "الأمس مساءً", "yesterday", "yesterday morning".
  // A weekday beside the word pins the day: "اليوم (الاثنين)" is that Monday even when the DCT says Tuesday,
  // and the rest of the article then counts from that day.
  std::optional<Match> day_word(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    std::size_t k = i, b_stripped = 0;
    std::string part;
    if (lex_.arabic)
      if (auto p = word(lex_.day_parts, i)) {  // "صباح اليوم", "ظهر الخميس", "ليل أول من أمس"
        part = p->value;
        b_stripped = p->stripped;
        k = i + p->length;
      }
    auto h = word(lex_.day_offsets, k);
    if (h && k == i && i > 0 && word(lex_.not_time_after, i - 1, false)) return std::nullopt;  // «عين اليوم», a newspaper
    // "اليوم الثالث للعملية": the third day of something, not today; nor "نفس اليوم", "اليوم التالي" (the narrative
    // rule's, or generic where no day was named before).
    if (h && lex_.arabic && h->value == 0 &&
        (word(lex_.ordinals, k + h->length, false) || word(lex_.narrative_after, k + h->length, false) ||
         named_or_relative_day(k + h->length) ||
         (k == i && i > 0 && word(lex_.narrative_day_leads, i - 1))))
      return std::nullopt;
    if (!h) {
      if (part.empty()) return std::nullopt;
      // "ظهر الخميس": a day part before a weekday; the coming one in future tense ("من المقرر التصويت بعد ظهر
      // الأربعاء"; the same day's if it is today), else the last.
      auto w = word(lex_.weekdays, k);
      if (!w || !today_) return std::nullopt;
      int delta = w->value - iso_weekday(*today_);
      if (future_tense(i)) {
        if (delta < 0) delta += 7;
      } else if (delta > 0) {
        delta -= 7;
      }
      Match m = make(i, k + w->length, format_day(*today_ + delta) + "T" + part, TimexType::time);
      m.stripped = b_stripped;
      return m;
    }
    if (k == i) b_stripped = h->stripped;
    std::size_t e = k + h->length;
    std::optional<int> pinned;
    if (punct(e, "(") && punct(e + 2, ")")) {
      if (auto w = word(lex_.weekdays, e + 1)) {
        pinned = w->value;
        e += 3;
      }
    } else if (auto w = word(lex_.weekdays, e)) {
      pinned = w->value;
      e += w->length;
    }
    if (part.empty()) part = day_part_after(e);
    Match m = make(i, e, "");
    m.stripped = b_stripped;
    if (!today_) {
      m.value = h->value == 0 && part.empty() ? "PRESENT_REF" : "XXXX-XX-XX" + (part.empty() ? "" : "T" + part);
      if (!part.empty()) m.type = TimexType::time;
      return m;
    }
    Day day = *today_ + h->value;
    if (pinned) {
      // The named weekday nearest the day the word would give (the DCT may be a crawl's, a day after the article,
      // or a print edition's day before it: "صباح أول من أمس الجمعة" in a paper dated Sunday, crawled Saturday).
      // A crawl comes after the article, often days after it, and an edition at most a day before: from six days back
      // to one ahead ("اليوم الاثنين" in a record crawled on Saturday is the Monday before).
      int delta = *pinned - iso_weekday(day);
      if (delta > 1) delta -= 7;
      if (delta < -5) delta += 7;
      day += delta;
      if (delta != 0) m.article_today = day - h->value;
    }
    m.value = format_day(day) + (part.empty() ? "" : "T" + part);
    if (!part.empty()) m.type = TimexType::time;
    return m;
  }

  // Clock times: "16:30", "الساعة الرابعة عصرًا", "الثالثة عصرًا", on the narrative day (the last day named, else
  // the article's day).
  std::optional<Match> clock(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    int hour = -1, minute = 0;
    std::size_t clock_stripped = 0;
    // The time [i, e) on a day ("2015-07-24", "XXXX-XX-XX"), when the hour and minute are a time.
    auto at_time = [&](std::size_t e, const std::string& day) -> std::optional<Match> {
      if (hour > 24 || minute > 59) return std::nullopt;
      Match m = make(i, e, day + "T" + pad(hour, 2) + ":" + pad(minute, 2), TimexType::time);
      m.stripped = clock_stripped;
      return m;
    };
    std::size_t e = i;
    if (at(i, Kind::number) && t_[i].digits <= 2 && punct(i + 1, ":") && at(i + 2, Kind::number) && t_[i + 2].digits == 2) {
      hour = t_[i].number;
      minute = t_[i + 2].number;
      e = i + 3;
      if (!lex_.arabic) return std::nullopt;  // English clock times, with a.m./p.m., are in english_extra
    } else if (lex_.arabic && t_[i].text == "\xD9\x85\xD9\x86\xD8\xAA\xD8\xB5\xD9\x81" && at(i + 1, Kind::word)) {  // منتصف
      // "منتصف النهار" (noon), "منتصف الليل" (midnight, the narrative day's end), "منتصف ليل السبت" (the start of
      // Saturday).
      const std::string_view w = t_[i + 1].text;
      if (w == "\xD8\xA7\xD9\x84\xD9\x86\xD9\x87\xD8\xA7\xD8\xB1")  // النهار
        return make(i, i + 2, day_or_unknown(narrative_anchor()) + "T12:00", TimexType::time);
      if (w == "\xD8\xA7\xD9\x84\xD9\x84\xD9\x8A\xD9\x84")  // الليل
        return make(i, i + 2, day_or_unknown(narrative_anchor()) + "T24:00", TimexType::time);
      if (w == "\xD9\x84\xD9\x8A\xD9\x84")  // ليل + a weekday
        if (auto d = weekday(i + 2); d && d->value.size() == 10 && std::isdigit(static_cast<unsigned char>(d->value[0])))
          return make(i, d->end, d->value + "T00:00", TimexType::time);
      return std::nullopt;
    } else if (lex_.arabic) {
      std::size_t k = i;
      if (auto w = word(lex_.hour_words, i)) {
        k = i + w->length;
        clock_stripped = w->stripped;
      }
      auto o = word(lex_.hour_ordinals, k);
      if (!o) return std::nullopt;
      if (k == i) clock_stripped = o->stripped;  // "والسادسة مساء": the conjunction stays outside
      e = k + o->length;
      if (auto f = word(lex_.hour_fractions, e, false)) {  // "الرابعة والنصف"
        minute = f->value;
        e += f->length;
      }
      // "و10 دقائق", "وعشر دقائق": minutes after the hour (the conjunction written onto the number or apart).
      if (minute == 0 && k > i) {
        std::size_t me = e, after = 0;
        if (at(me, Kind::word) && t_[me].text == "\xD9\x88") ++me;  // و
        if (auto n = number_at(me, after); n && *n > 0 && *n < 60)
          if (auto u = word(lex_.units, after, false); u && u->value.unit == "MI") {
            minute = *n;
            e = after + u->length;
          }
      }
      auto p = word(lex_.day_parts, e, false);
      if (k == i && !p && minute == 0) return std::nullopt;  // "الثالثة" alone is an ordinal, not a time
      hour = o->value;
      if (p) {
        if ((p->value == "AF" || p->value == "EV" || p->value == "NI") && hour < 12) hour += 12;
        e += p->length;
        // "الساعة الثالثة مساء أول من أمس", "العاشرة والثلث صباح أمس الجمعة": the day after the day part.
        if (auto d = day_word(e); d && d->type == TimexType::date && d->value.size() == 10 &&
                                  std::isdigit(static_cast<unsigned char>(d->value[0]))) {
          auto m = at_time(d->end, d->value);
          if (m) m->article_today = d->article_today;
          return m;
        }
      } else if (word(lex_.ordinal_link, e, false)) {
        // "الخامسة و10 دقائق من مساء الجمعة": the day part and the day after من.
        if (auto d = day_word(e + 1); d && d->type == TimexType::time && d->value.size() == 13 && d->value[10] == 'T') {
          const std::string part = d->value.substr(11);
          if ((part == "AF" || part == "EV" || part == "NI") && hour < 12) hour += 12;
          return at_time(d->end, d->value.substr(0, 10));
        }
      }
    } else {
      return std::nullopt;
    }
    return at_time(e, day_or_unknown(narrative_anchor()));
  }

  // "الثلاثاء", "يوم الأحد", "الأحد الماضي", "on Friday", "last Friday", "next Tuesday".
  // Weekday `wd` (ISO) as days from today_: the coming one (future; not today), the last one (past; not today), this
  // week's (current); else, when `remembered`, the day the same weekday was read as before within a week ("الأحد
  // المقبل … يصل الأحد"); else the nearest past one (today counts).
  int weekday_delta(int wd, Direction d, bool remembered) const {
    int delta = wd - iso_weekday(*today_);  // in -6 … 6
    if (d == Direction::future) {
      if (delta <= 0) delta += 7;
    } else if (d == Direction::past) {
      if (delta >= 0) delta -= 7;
    } else if (d == Direction::current) {
      // this week's
    } else if (const auto& named = weekday_named_[static_cast<std::size_t>(wd)];
               remembered && named && *named - *today_ >= -7 && *named - *today_ <= 7) {
      delta = static_cast<int>(*named - *today_);
    } else if (delta > 0) {
      delta -= 7;
    }
    return delta;
  }

  std::optional<Match> weekday(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & (lex_.weekdays.bit | lex_.day_words.bit | direction_bits()))) return std::nullopt;
    std::size_t k = i, b_stripped = 0;
    std::optional<Direction> dir;
    std::size_t dir_end = 0;
    if (!lex_.arabic) {
      dir = direction_at(i, dir_end);
      if (dir) k = dir_end;
    }
    if (auto d = word(lex_.day_words, k); d && lex_.arabic) {
      b_stripped = d->stripped;
      k += d->length;
    }
    auto w = word(lex_.weekdays, k);
    if (!w) return std::nullopt;
    // "أن الاثنين معروفان", "بين الاثنين": the two, not Monday.
    if (std::size_t de = 0; lex_.arabic && k == i && i > 0 && w->stripped == 0 && word(lex_.not_weekday_after, i - 1, false) &&
                            !direction_at(k + w->length, de))
      return std::nullopt;
    if (k == i) b_stripped = w->stripped;
    std::size_t e = k + w->length;
    if (lex_.arabic) {
      std::size_t de = 0;
      if (auto d2 = direction_at(e, de)) {
        dir = d2;
        e = de;
      }
    }
    const std::string part = day_part_after(e);
    Match m = make(i, e, "");
    m.stripped = b_stripped;
    if (!today_) {
      m.value = "XXXX-WXX-" + std::to_string(w->value);
      return m;
    }
    // Right after a reporting verb ("said Monday", "announced on Tuesday") the weekday is when it was said: the
    // nearest past one, whatever the reported words say of the future.
    const bool when_said = !dir && ((i >= 1 && word(lex_.report_verbs, i - 1, false)) ||
                                    (i >= 2 && at(i - 1, Kind::word) && t_[i - 1].text == "on" && word(lex_.report_verbs, i - 2, false)));
    const Direction d = dir.value_or(!when_said && future_tense(i) ? Direction::future : Direction::none);
    const int delta = weekday_delta(w->value, d, !when_said);
    // Remembered when a word said the direction, or in Arabic, whose future cues (سوف, س-verbs, المقرر) are close to
    // the verb; English "will" within a few words is too loose to carry to the next mention ("said in the statement
    // on Sunday that it will not comment").
    if (dir || lex_.arabic) weekday_named_[static_cast<std::size_t>(w->value)] = *today_ + delta;
    m.value = format_day(*today_ + delta) + (part.empty() ? "" : "T" + part);
    if (!part.empty()) m.type = TimexType::time;
    return m;
  }

  // A relative expression at i whose value is a year ("this year", "العام الماضي" -> "2014"): the lead of "this year's
  // third quarter" and of "ربيع العام الماضي".
  std::optional<Match> relative_year(std::size_t i) {
    auto rel = relative_unit(i);
    if (rel && (rel->value.size() != 4 || !std::all_of(rel->value.begin(), rel->value.end(), ::isdigit))) rel.reset();
    return rel;
  }

  // "الأسبوع الماضي", "العام المقبل", "الشهر الجاري", "last week", "this month", "next year".
  std::optional<Match> relative_unit(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;  // a rule may be asked about the position after the last token
    std::size_t k = i, e = 0, dir_at = 0;
    std::optional<Direction> dir;
    std::optional<PhraseTable<std::string>::Hit> unit;
    std::size_t stripped = 0;
    bool before_last = false;
    if (lex_.arabic) {
      std::size_t from = i;
      std::optional<PhraseTable<bool>::Hit> this_word = word(lex_.current, i);
      if (this_word) from = i + this_word->length;  // "هذا العام", "لهذا العام"
      unit = word(lex_.calendar_units, from);
      if (!unit) return std::nullopt;
      if (from == i && i > 0 && word(lex_.not_time_after, i - 1, false)) return std::nullopt;  // "الأمين العام السابق"
      stripped = this_word ? this_word->stripped : unit->stripped;
      k = from + unit->length;
      if (this_word) {
        dir = Direction::current;
        e = k;
      } else {
        dir = direction_at(k, e);
        // "العام قبل الماضي", "الأسبوع قبل الماضي": the one before last (delta -2 below).
        if (!dir && word(lex_.ago, k, false) && direction_at(k + 1, e) == Direction::past) {
          before_last = true;
          dir = Direction::past;
          dir_at = k + 1;
        }
        if (!dir) return std::nullopt;
        if (!before_last) dir_at = k;
      }
    } else {
      // "the past year" is dated like "last year".
      const std::size_t from = t_[i].text == "the" ? i + 1 : i;
      dir_at = from;
      dir = direction_at(from, k);
      if (!dir || (from > i && *dir != Direction::past)) return std::nullopt;
      unit = word(lex_.calendar_units, k, false);
      if (!unit) return std::nullopt;
      e = k + unit->length;
    }
    if (!lex_.arabic && t_[i].text == "the" && (unit->value == "DE" || unit->value == "CE"))
      return make(i, e, unit->value == "DE" ? "P10Y" : "P100Y", TimexType::duration);  // "the past decade"
    Match m = make(i, e, "");
    m.stripped = stripped;
    const int delta = before_last ? -2 : *dir == Direction::past ? -1 : *dir == Direction::future ? 1 : 0;
    const std::string& u = unit->value;
    if (!dct_) {
      m.value = delta < 0 ? "PAST_REF" : delta > 0 ? "FUTURE_REF" : "PRESENT_REF";
      return m;
    }
    // "العام التالي", "the following year": the year (month) after the one named last, when one was.
    // ("العام السابق" stays the DCT's year before: it is as often the year before now as before the one named.)
    if (auto a = word(lex_.narrative_after, dir_at, false); a && a->value > 0 && *dir != Direction::current) {
      if (u == "Y" && last_year_) {
        m.value = pad(*last_year_ + a->value, 4);
        return m;
      }
      if (auto last = u == "M" ? year_month_of(last_month_, 7) : std::nullopt) {
        const int total = last->first * 12 + last->second - 1 + a->value;
        m.value = ym(total / 12, total % 12 + 1);
        return m;
      }
    }
    const Civil c = civil(*dct_);
    if (u == "W") m.value = week_value(*dct_ + 7 * delta);
    else if (u == "WE") m.value = week_value(*dct_ + 7 * delta) + "-WE";
    else if (u == "M") {
      int mm = c.m + delta, yy = c.y;
      if (mm < 1) { mm += 12; --yy; }
      if (mm > 12) { mm -= 12; ++yy; }
      m.value = ym(yy, mm);
    } else if (u == "Y") m.value = pad(c.y + delta, 4);
    else if (u == "Q") {
      int q = (c.m - 1) / 3 + 1 + delta, yy = c.y;
      if (q < 1) { q = 4; --yy; }
      if (q > 4) { q = 1; ++yy; }
      m.value = pad(yy, 4) + "-Q" + std::to_string(q);
    } else if (u == "DE") m.value = pad(c.y / 10 + delta, 3);
    else if (u == "CE") m.value = pad(c.y / 100 + delta, 2);
    else return std::nullopt;
    return m;
  }

  // A duration of `halves` half units ("نصف ساعة" 1, "ساعة ونصف" 3) in whole smaller units: PT30M, PT1H30M, P6M,
  // P1Y6M, P50Y …; none for units without an exact half (weeks, quarters).
  static std::optional<std::string> half_value(const std::string& unit, int halves) {
    auto smaller = [](int n, const char* big, int per, const char* small) {
      std::string out;
      if (n / per) out += std::to_string(n / per) + big;
      if (n % per) out += std::to_string(n % per) + small;
      return out;
    };
    if (unit == "H") return "PT" + smaller(30 * halves, "H", 60, "M");
    if (unit == "MI") return "PT" + smaller(30 * halves, "M", 60, "S");
    if (unit == "D") return "PT" + std::to_string(12 * halves) + "H";
    if (unit == "M") return "P" + smaller(15 * halves, "M", 30, "D");
    if (unit == "Y") return "P" + smaller(6 * halves, "Y", 12, "M");  // P6M, P1Y6M, P2Y6M (as TimeBank writes them)
    if (unit == "DE") return "P" + std::to_string(5 * halves) + "Y";
    if (unit == "CE") return "P" + std::to_string(50 * halves) + "Y";
    return std::nullopt;
  }

  static std::string duration_value(const std::string& unit, int count) {
    const std::string n = count > 0 ? std::to_string(count) : "X";
    if (unit == "H" || unit == "MI" || unit == "S") return "PT" + n + (unit == "MI" ? "M" : unit);
    if (unit == "DE") return count > 0 ? "P" + std::to_string(count * 10) + "Y" : "PXDE";
    if (unit == "CE") return count > 0 ? "P" + std::to_string(count * 100) + "Y" : "PXCE";
    if (unit == "Q") return count > 0 ? "P" + std::to_string(count * 3) + "M" : "PXQ";
    if (unit == "WE") return "P" + n + "WE";
    return "P" + n + unit;
  }

  // "قبل ثلاثة أيام", "قبل حوالى عشرة ايام", "two weeks ago", "three years earlier".
  std::optional<Match> ago(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (lex_.arabic ? !(mask_at(i) & lex_.ago.bit)
                    : !at(i, Kind::number) && !(mask_at(i) & (lex_.numbers.bit | lex_.units.bit)))
      return std::nullopt;
    std::size_t k = i, b = i, stripped = 0;
    bool approx = false;
    if (lex_.arabic) {
      auto a = word(lex_.ago, i);
      if (!a) return std::nullopt;
      stripped = a->stripped;  // "وقبل أيام": the conjunction stays outside
      k = i + a->length;
      if (auto ap = word(lex_.approx, k, false)) {
        approx = true;
        k += ap->length;
      }
      if (auto ml = word(lex_.more_less, k, false)) k += ml->length;  // "قبل أكثر من شهر"
    }
    std::size_t after_number = k;
    int count = 0;
    if (!lex_.arabic && t_[k].text == "a" && at(k + 1, Kind::word) && (t_[k + 1].text == "few" || t_[k + 1].text == "couple")) ++k;
    if (auto n = number_at(k, after_number)) count = *n;
    if (!lex_.arabic && after_number > k && at(after_number, Kind::word) && t_[after_number].text == "of") ++after_number;  // "a couple of"
    auto unit = word(lex_.units, after_number, false);
    if (!unit) return std::nullopt;
    // "قبل سنة 2017" is before the year 2017, not a year ago: the year rule reads it. "قبل يومين (فقط) من زيارته"
    // counts from an event, not from the DCT: the duration rule reads "يومين".
    if (lex_.arabic) {
      std::size_t x = after_number + unit->length;
      if (at(x, Kind::number) && t_[x].digits == 4) return std::nullopt;
      if (auto f = word(lex_.few_words, x, false)) x += f->length;              // "قبل أيام قليلة من الانتخابات"
      if (at(x, Kind::word) && t_[x].text == "\xD9\x81\xD9\x82\xD8\xB7") ++x;  // فقط
      if (at(x, Kind::word) && t_[x].text == "\xD9\x85\xD9\x86") return std::nullopt;  // من
    }
    if (count == 0) count = unit->value.count;
    std::size_t e = after_number + unit->length;
    // "a few years ago", "several months ago", "years ago", "قبل أيام", "قبل بضعة أشهر", "قبل سنوات قليلة": some time
    // back, not a date to name (PAST_REF).
    if (count <= 0 && !lex_.arabic && at(e, Kind::word) && t_[e].text == "ago") return make(i, e + 1, "PAST_REF");
    if (count <= 0 && lex_.arabic) {
      if (auto f = word(lex_.few_words, e, false)) e += f->length;
      Match m = make(i, e, "PAST_REF");
      if (approx) m.mod = Mod::approx;
      m.stripped = stripped;
      return m;
    }
    if (count <= 0) return std::nullopt;
    if (!lex_.arabic) {
      auto a = word(lex_.ago, e, false);
      if (!a) return std::nullopt;
      // "the day before (the vote)": the narrative rule's, or counted from an event ("the year before" stays).
      if (after_number == k && i > 0 && t_[i - 1].text == "the" && unit->value.unit == "D") return std::nullopt;
      // "six days before the fund diversion came to light": counted from an event, a duration (as TimeBank has "30
      // days before", "two months before").
      if (before_event(e)) return std::nullopt;
      e += a->length;
      if (i > 0 && word(lex_.approx, i - 1, false)) {
        approx = true;
        b = i - 1;
      }
    }
    Match m = make(b, e, "");
    if (approx) m.mod = Mod::approx;
    m.stripped = stripped;
    if (!dct_) {
      m.value = "PAST_REF";
      return m;
    }
    const Civil c = civil(*dct_);
    const std::string& u = unit->value.unit;
    // "ago" counts from the article's day; "earlier" and "before" from the time the narrative is at: "up in February
    // from a month earlier" is January, "on March 3 … two days earlier" March 1.
    // (A count must be written: "the business day before a redemption date" is no date of the narrative.)
    const bool from_narrative = !lex_.arabic && t_[e - 1].text != "ago" && after_number > k;
    if (u == "D" && from_narrative && last_day_) m.value = format_day(*last_day_ - count);
    else if (u == "D") m.value = format_day(*dct_ - count);
    else if (u == "W") m.value = week_value(*dct_ - 7 * count);
    else if (u == "M" && from_narrative && year_month_of(last_month_, 7)) {
      const auto [y, mo] = *year_month_of(last_month_, 7);
      const int total = y * 12 + (mo - 1) - count;
      m.value = ym(total / 12, total % 12 + 1);
    } else if (u == "M") {
      int total = c.y * 12 + (c.m - 1) - count;
      m.value = ym(total / 12, total % 12 + 1);
    } else if (u == "Y") {
      m.value = pad(c.y - count, 4);
      // "a year ago" in a sentence about a quarter compares quarters: the last completed one, a year back.
      if (!lex_.arabic && count == 1 && mentioned_before(i, "quarter", 400)) m.value = last_quarter(1);
    } else if (u == "DE") m.value = pad((c.y - 10 * count) / 10, 3);
    else m.value = format_day(*dct_);
    return m;
  }

  // English "before" at e followed by an event ("six days before the fund diversion came to light", "1,250 hours
  // before failing"): the time is counted from the event, and the expression is the duration (as TimeBank has "30
  // days before", "two months before").
  bool before_event(std::size_t e) const {
    if (lex_.arabic || !at(e, Kind::word) || t_[e].text != "before" || !at(e + 1, Kind::word)) return false;
    static constexpr std::array<std::string_view, 11> kDeterminers = {"the", "a", "an", "his", "her", "its", "their",
                                                                      "this", "that", "these", "those"};
    const std::string_view next = t_[e + 1].text;
    return std::find(kDeterminers.begin(), kDeterminers.end(), next) != kDeterminers.end() || (next.size() > 5 && next.ends_with("ing"));
  }

  // "على مدى السنوات الثلاث الماضية" (P3Y), "الأشهر الستة الماضية", "عامين", "three years", "the past year",
  // "a two-year", "seven-week", "years" after a duration lead (PXY).
  // A duration, and in Arabic with a hedge before it ("نحو الساعتين", "حوالي ثلاث ساعات": mod APPROX, the hedge
  // inside, as "قبل نحو ثلاث سنوات" has it), but not an age ("البالغ من العمر 30 عاما", "توفي عن 91 عاما").
  // "أكثر من أربعة أعوام", "أقل من نصف ساعة" are inside too, as the gold has "قبل أكثر من شهر", without a modifier
  // (TIMEX3's MORE_THAN and LESS_THAN are not among those CONTRACT.md lists).
  // After a hedge or a bound a bare unit is one of it ("أكثر من عقد", "نحو عام").
  std::optional<Match> duration(std::size_t i) { return duration_at(i, false); }
  std::optional<Match> duration_at(std::size_t i, bool bounded) {
    if (lex_.arabic && i < t_.size())
      for (const auto& [lead, mod] : {std::pair{&lex_.approx, std::optional<Mod>(Mod::approx)}, std::pair{&lex_.more_less, std::optional<Mod>()}})
        if (mask_at(i) & lead->bit)
          if (auto l = word(*lead, i))
            if (auto m = duration_at(i + l->length, true)) {
              m->begin = i;
              m->stripped = l->stripped;
              if (mod) m->mod = mod;
              return m;
            }
    auto m = plain_duration(i, bounded);
    // "الـ72 ساعة", "الـ 24 ساعة": the article before the number belongs to the expression.
    if (m && lex_.arabic && m->begin > 0 && at(m->begin, Kind::number) && article_token(m->begin - 1)) {
      --m->begin;
      m->stripped = 0;
    }
    if (m && lex_.arabic && m->begin > 0 && word(lex_.not_time_after, m->begin - 1, false)) return std::nullopt;  // "الأمين العام السابق"
    if (m && lex_.arabic && m->type == TimexType::duration && m->value.size() >= 3 && m->value[0] == 'P' && m->value.back() == 'Y' &&
        (age_before(m->begin) || (m->begin > 0 && punct(m->begin - 1, "(") && punct(m->end, ")")) ||  // "(35 سنة)" after a name
         // "وروى آيدين، 39 عامًا، قصته", "محمد، 19 سنة، وعبد القادر": years in digits between commas after a word
         (m->begin > 1 && at(m->begin, Kind::number) && punct(m->begin - 1, ",") && at(m->begin - 2, Kind::word) &&
          punct(m->end, ","))))
      return std::nullopt;
    return m;
  }

  // An age word one to four words before token b ("العمر", "عمره", "أعمارهم", "سن"), or "عن" right before it after a word of
  // death ("توفي … عن"), in the same sentence.
  bool age_before(std::size_t b) const {
    std::size_t reach = 4;  // (4: "أعمارهم بين 16 - 60 سنة")
    for (std::size_t k = b; k-- > 0 && b - k <= reach && sentence_[k] == sentence_[b];) {
      if (word(lex_.age_words, k)) return true;
      // The second end of a range of ages: look on before its "بين" ("في عمر يتراوح بين 20 و24 عاما", "أفضل سن
      // للزواج هي ما بين 25 و32 عاما").
      if (reach == 4 && t_[k].text == "\xD8\xA8\xD9\x8A\xD9\x86") reach = b - k + 5;  // بين
    }
    if (b == 0 || !at(b - 1, Kind::word) || t_[b - 1].text != "\xD8\xB9\xD9\x86") return false;  // عن
    for (std::size_t k = b - 1; k-- > 0 && b - k <= 9 && sentence_[k] == sentence_[b];)
      if (word(lex_.death_words, k)) return true;
    return false;
  }

  std::optional<Match> plain_duration(std::size_t i, bool bounded = false) {
    if (i >= t_.size()) return std::nullopt;
    if (!at(i, Kind::number) && !(mask_at(i) & (lex_.numbers.bit | lex_.teen_units.bit | lex_.units.bit | lex_.half_words.bit)) &&
        (lex_.arabic || t_[i].text != "the"))
      return std::nullopt;
    std::size_t k = i;
    int count = -1;
    std::size_t after = i;
    if (lex_.arabic) {
      // "نصف ساعة", "نصف قرن": half a unit.
      if (auto half = word(lex_.half_words, i)) {
        const std::size_t uk = i + half->length;
        if (auto u = word(lex_.units, uk, false); u && u->value.count == 1)
          if (auto v = half_value(u->value.unit, 1)) {
            Match m = make(i, uk + u->length, *v, TimexType::duration);
            m.stripped = half->stripped;
            return m;
          }
        return std::nullopt;
      }
      // unit (number)? (past)?  |  number unit
      std::size_t number_stripped = 0;
      // n units [i, e), and a half when "ونصف" follows ("ثلاثة أشهر ونصف").
      auto with_half = [this, i](std::size_t e, const std::string& unit, int n) {
        Match m = finish_duration(i, e, unit, n);
        if (at(e, Kind::word) && word(lex_.half_words, e))
          if (auto v = half_value(unit, 2 * n + 1)) {
            m.end = e + 1;
            m.value = *v;
          }
        return m;
      };
      if (auto n = number_at(i, after, &number_stripped); n && at(i, Kind::number) == false) {
        if (auto u = word(lex_.units, after)) {
          Match m = with_half(after + u->length, u->value.unit, *n);
          m.stripped = number_stripped;
          return m;
        }
      }
      if (at(i, Kind::number) && t_[i].number > 0) {
        if (auto u = word(lex_.units, i + 1)) {
          std::size_t e = i + 1 + u->length, de = 0;
          // "الـ 24 ساعة الماضية": the direction word belongs to it, as in "الأشهر الستة الماضية".
          if (const auto dir = direction_at(e, de); (dir == Direction::past || dir == Direction::future) && i > 0 && article_token(i - 1))
            e = de;
          return with_half(e, u->value.unit, t_[i].number);
        }
        // "بين 10 و12 دقيقة", "من 3 إلى 4 أعوام": the first number of a range has the second's unit.
        if (i > 0 && word(lex_.range_from, i - 1, false)) {
          std::size_t j = i + 1;
          if (auto to = word(lex_.range_to, j, false)) j += to->length;
          else if (punct(j, "-")) ++j;
          if (j > i + 1 && at(j, Kind::number) && t_[j].number > t_[i].number)
            if (auto u = word(lex_.units, j + 1, false); u && u->value.count <= 1)  // "دقيقة", "أعوام"
              return make(i, i + 1, duration_value(u->value.unit, t_[i].number), TimexType::duration);
        }
      }
      auto u = word(lex_.units, i);
      if (!u) return std::nullopt;
      k = i + u->length;
      count = u->value.count;
      // "عام ونصف", "ساعتين ونصف": one or two units and a half.
      if ((count == 1 || count == 2) && at(k, Kind::word) && word(lex_.half_words, k))
        if (auto v = half_value(u->value.unit, 2 * count + 1)) {
          Match m = make(i, k + 1, *v, TimexType::duration);
          m.stripped = u->stripped;
          return m;
        }
      bool counted = false;  // a number word after the unit: "السنوات الثلاث", "دقيقة واحدة"
      if (auto n = number_at(k, after); n && !at(k, Kind::number)) {  // "السنوات الثلاث", not "يوم 12"
        count = *n;
        k = after;
        counted = true;
        // "الأشهر الخمسة الأولى": the first ones, the same length.
        if (at(k, Kind::word) && (t_[k].text == "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xD9\x8A" ||  // الاولي (الأولى)
                                  t_[k].text == "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84"))        // الاول
          ++k;
      } else if (count == 0) {
        if (auto f = word(lex_.few_words, k, false)) k += f->length;  // "الأسابيع القليلة الماضية"
      }
      std::size_t de = 0;
      const auto dir = direction_at(k, de);
      if (dir == Direction::past || dir == Direction::future) k = de;
      if (dir && count == 1 && !counted && u->value.unit == "D") return std::nullopt;  // "اليوم التالي" is a day, not a length
      // A bare "عام" or "يوم" is not a duration, but after a hedge or a bound it is, and before "من الزمن" ("عقد من الزمان").
      const bool of_time = at(k, Kind::word) && t_[k].text == "\xD9\x85\xD9\x86" && at(k + 1, Kind::word) &&  // من
                           (t_[k + 1].text == "\xD8\xA7\xD9\x84\xD8\xB2\xD9\x85\xD9\x86" ||                       // الزمن
                            t_[k + 1].text == "\xD8\xA7\xD9\x84\xD8\xB2\xD9\x85\xD8\xA7\xD9\x86");               // الزمان
      // (after a hedge, "نحو الساعة السابعة" is a clock time: the bare unit has no article)
      const bool bare = !t_[i].text.starts_with("\xD8\xA7\xD9\x84") || u->stripped > 0;  // ال
      // "عاما كاملا", "يوما كاملا", "أسبوعا كاملا": a whole one is a length.
      if (count == 1 && !dir && !counted && at(k, Kind::word) &&
          (t_[k].text == "\xD9\x83\xD8\xA7\xD9\x85\xD9\x84\xD8\xA7" || t_[k].text == "\xD9\x83\xD8\xA7\xD9\x85\xD9\x84\xD9\x87")) {  // كاملا، كاملة
        Match m = finish_duration(i, k + 1, u->value.unit, 1);
        m.stripped = u->stripped;
        return m;
      }
      if (count == 1 && !dir && !counted && u->length == 1 && !(bounded && bare) && !of_time) return std::nullopt;
      // "عقد", "عقدين" are contracts as often as decades: a decade needs a lead, a bound, a direction or "من الزمن".
      if (u->value.unit == "DE" && count > 0 && !dir && !counted && !bounded && !of_time &&
          !(i > 0 && (word(lex_.since, i - 1) || lead_before(i))))
        return std::nullopt;
      if (count == 0 && !dir && word(lex_.hijri_holidays, k)) return std::nullopt;  // "أيام عيد الفطر": the holiday's days
      if (count == 0 && !dir) {
        // A vague plural needs a lead ("على مدى سنوات", "منذ سنوات") or a following "من" ("سنوات من التعاون").
        const bool of_follows = at(k, Kind::word) && word(lex_.ordinal_link, k, false);
        // ل glued on an indefinite plural is "for" ("استمرت لساعات", "ولسنوات ألزم", "لسنوات طويلة"); not "لأشهر", also
        // "to the most famous", nor a construct ("لسنوات الجامعة", the years of university) or the article ("للأشهر").
        std::string_view w = t_[i].text;
        if (u->stripped > 0 && (w.starts_with("\xD9\x88") || w.starts_with("\xD9\x81"))) w.remove_prefix(2);  // و، ف
        const bool for_lead = u->stripped > 0 && w.starts_with("\xD9\x84") && !w.starts_with("\xD9\x84\xD9\x84") &&  // ل, not لل
                              !w.starts_with("\xD9\x84\xD8\xA7\xD8\xB4\xD9\x87\xD8\xB1") &&                          // لاشهر
                              // ال and three letters or more: a noun (not "ألزم", a verb, in matching form "الزم")
                              !(at(k, Kind::word) && t_[k].text.starts_with("\xD8\xA7\xD9\x84") && t_[k].text.size() >= 10);
        if (!(i > 0 && (word(lex_.since, i - 1) || lead_before(i))) && !of_follows && !for_lead) return std::nullopt;
      }
      Match m = finish_duration(i, k, u->value.unit, count);
      m.stripped = u->stripped;
      return m;
    }
    // English.
    std::size_t b = i;
    // "half an hour", "half a century", "a half-hour".
    if (auto half = word(lex_.half_words, i, false)) {
      std::size_t uk = i + half->length;
      if (punct(uk, "-")) ++uk;
      else if (at(uk, Kind::word) && (t_[uk].text == "a" || t_[uk].text == "an")) ++uk;
      if (auto u = word(lex_.units, uk, false); u && u->value.count == 1)
        if (auto v = half_value(u->value.unit, 1)) {
          const std::size_t e = uk + u->length;
          if (punct(e, "-") && at(e + 1, Kind::word) && t_[e + 1].text == "old") return std::nullopt;
          return make(i > 0 && (t_[i - 1].text == "a" || t_[i - 1].text == "an") ? i - 1 : i, e, *v, TimexType::duration);
        }
      return std::nullopt;
    }
    if (t_[i].text == "the") {
      k = i + 1;
      std::size_t de = 0;
      // "the past three years", "the next 14 months" (TimeBank takes the direction in: over [the next two years]).
      if (const auto d = direction_at(k, de); d == Direction::past || (d == Direction::future && t_[k].text == "next")) k = de;
      else if (!word(lex_.numbers, k, false)) return std::nullopt;
    }
    if (t_[k].text == "a" && at(k + 1, Kind::word) && (t_[k + 1].text == "couple" || t_[k + 1].text == "few")) ++k;  // "a couple of"
    std::optional<int> n = number_at(k, after);
    if (n && *n >= 1000) return std::nullopt;  // "1988 second quarter": a year, not 1988 seconds
    int halves = 0;
    if (n) {
      count = *n;
      k = after;
      // "5 1/2 hours", "6-1/2-year", "two and a half years": whole units and a half.
      const std::size_t f = punct(k, "-") ? k + 1 : k;
      if (at(f, Kind::number) && t_[f].number == 1 && punct(f + 1, "/") && at(f + 2, Kind::number) && t_[f + 2].number == 2) {
        halves = 2 * count + 1;
        k = f + 3;
      } else if (at(k, Kind::word) && t_[k].text == "and" && at(k + 1, Kind::word) && t_[k + 1].text == "a" &&
                 at(k + 2, Kind::word) && t_[k + 2].text == "half") {
        halves = 2 * count + 1;
        k += 3;
      }
      if (punct(k, "-")) {  // "two-year"
        ++k;
        // An adjective ("the three-day summit", "the 14-day deadline"): "the" stays outside, as TimeBank has it.
        if (b == i && t_[i].text == "the" && i + 1 < after && (at(i + 1, Kind::number) || word(lex_.numbers, i + 1, false))) b = i + 1;
      }
      if (punct(k, "/") || punct(k, ".")) return std::nullopt;
      // "a couple of years", "two more weeks", "eight trading days", "an additional year".
      if (at(k, Kind::word) && t_[k].text == "of" && (t_[after - 1].text == "couple" || t_[after - 1].text == "dozen")) ++k;
      auto one_of = [](std::string_view w, std::initializer_list<std::string_view> list) {
        for (std::string_view x : list)
          if (w == x) return true;
        return false;
      };
      if (at(k, Kind::word)) {
        const std::string_view w = t_[k].text;
        if (one_of(w, {"more", "additional", "consecutive", "straight", "full"}) && !(at(k + 1, Kind::word) && t_[k + 1].text == "than"))
          ++k;
        else if (one_of(w, {"trading", "business", "working"}) && at(k + 1, Kind::word) && t_[k + 1].text.starts_with("day"))
          ++k;  // not "business year", a fiscal year
      }
    } else if (k == i) {
      // "years" alone after "for", "in", "over".
      auto u = word(lex_.units, i, false);
      if (!u || u->value.count != 0 || !lead_before(i)) return std::nullopt;
      return finish_duration(i, i + u->length, u->value.unit, 0);
    }
    auto u = word(lex_.units, k, false);
    if (!u) return std::nullopt;
    if (count <= 0 && u->value.count > 0) count = u->value.count == 1 && n ? count : u->value.count;
    std::size_t e = k + u->length;
    // Ages are not annotated in TimeBank or TempEval-3: "a 52-year-old", "52 years old".
    if ((punct(e, "-") && at(e + 1, Kind::word) && t_[e + 1].text == "old") || (at(e, Kind::word) && t_[e].text == "old"))
      return std::nullopt;
    // "a year-earlier quarter", "year-ago levels": a date of the reports (english_dates), not a year's length.
    if (punct(e, "-") && at(e + 1, Kind::word) && (t_[e + 1].text == "ago" || t_[e + 1].text == "earlier")) return std::nullopt;
    if (word(lex_.ago, e, false) && !before_event(e)) return std::nullopt;  // the ago rule
    if (halves == 0 && count == 1 && at(e, Kind::word) && t_[e].text == "and" && at(e + 1, Kind::word) && t_[e + 1].text == "a" &&
        at(e + 2, Kind::word) && t_[e + 2].text == "half")
      halves = 3, e += 3;  // "a minute and a half"
    if (count == 1 && !n && !halves) return std::nullopt;
    std::optional<std::string> value = halves ? half_value(u->value.unit, halves) : duration_value(u->value.unit, count);
    if (!value) return std::nullopt;
    Match m = make(b, e, std::move(*value), TimexType::duration);
    // "nearly two years": TimeBank takes "nearly" into the expression (other hedges, "about", mostly stay outside).
    if (b > 0 && at(b - 1, Kind::word) && t_[b - 1].text == "nearly") {
      m.begin = b - 1;
      m.mod = Mod::approx;
    }
    return m;
  }

  bool lead_before(std::size_t i) const {
    for (std::size_t back = 1; back <= 2 && back <= i; ++back)
      if (auto l = word(lex_.duration_leads, i - back); l && i - back + l->length == i) return true;
    return false;
  }

  Match finish_duration(std::size_t b, std::size_t e, const std::string& unit, int count) const {
    Match m = make(b, e, duration_value(unit, count), TimexType::duration);
    return m;
  }

  // "صيف 2014", "الصيف الماضي", "summer 2014", "this summer", "last winter", "the spring of 1990".
  std::optional<Match> season(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & (lex_.seasons.bit | direction_bits())) && (lex_.arabic || t_[i].text != "the")) return std::nullopt;
    std::size_t k = i;
    std::optional<Direction> before;
    std::size_t be = 0;
    bool last_word = false;  // English "last": TimeBank dates "last spring" in the year before, "this past spring" not
    if (!lex_.arabic) {
      if (t_[i].text == "the") ++k;  // "the winter of 1990"
      before = direction_at(k, be);
      last_word = before && t_[k].text == "last";
      if (before) k = be;
    } else if (t_[i].text == "\xD9\x87\xD8\xB0\xD8\xA7" || t_[i].text == "\xD9\x87\xD8\xB0\xD9\x87") {  // "هذا الصيف", "هذه"
      before = direction_at(i, be);
      if (before != Direction::current) return std::nullopt;
      k = be;
    }
    auto s = word(lex_.seasons, k);
    if (!s) return std::nullopt;
    std::size_t e = k + s->length;
    if (!lex_.arabic && !before) {
      // "fall" and "spring" are also verbs: a season needs "the", "in", "this"… before it or a year after it.
      std::size_t after_year = 0, yk = (at(e, Kind::word) && t_[e].text == "of") ? e + 1 : e;
      const bool year_follows = year_at(yk, after_year).has_value();
      const bool lead = k > i || (i > 0 && (t_[i - 1].text == "the" || t_[i - 1].text == "in" || t_[i - 1].text == "during" ||
                                  t_[i - 1].text == "early" || t_[i - 1].text == "late" || t_[i - 1].text == "mid" ||
                                  t_[i - 1].text == "this" || t_[i - 1].text == "last" || t_[i - 1].text == "next"));
      if (!year_follows && !lead) return std::nullopt;
    }
    std::size_t yk = e;
    if (!lex_.arabic && at(yk, Kind::word) && t_[yk].text == "of") ++yk;
    std::size_t after = 0;
    int year = 0;
    const std::optional<int> y = year_at(yk, after);
    // "ربيع العام الماضي": the season of a relative year.
    const std::optional<Match> rel_year = !y && lex_.arabic ? relative_year(e) : std::nullopt;
    if (y) {
      year = *y;
      e = after;
    } else if (rel_year) {
      year = std::stoi(rel_year->value);
      e = rel_year->end;
    } else {
      std::size_t de = 0;
      std::optional<Direction> dir = before;
      if (!dir && lex_.arabic) {
        dir = direction_at(e, de);
        if (dir) e = de;
        // Without the article, a year or a direction word the season word is a name as often (ربيع، رُبيّع).
        const std::string_view w = std::string_view(t_[k].text).substr(std::min(t_[k].text.size(), 2 * s->stripped));
        if (!dir && w.substr(0, 4) != "\xD8\xA7\xD9\x84") return std::nullopt;  // ال
      }
      if (!dct_) return make(i, e, "XXXX-" + s->value);
      const Civil c = civil(*dct_);
      const int y0 = c.y;
      year = dir == Direction::past ? y0 - 1 : dir == Direction::future ? y0 + 1 : y0;
      // "الربيع الماضي", "this past spring" in July are this year's spring: the last one that has ended (the next one
      // to begin). Spring, summer and autumn lie within a year (March–May, June–August, September–November); winter
      // spans two.
      const int first = s->value == "SP" ? 3 : s->value == "SU" ? 6 : s->value == "FA" ? 9 : 0;
      if (first && dir == Direction::past && c.m > first + 2 && !last_word) year = y0;
      if (first && dir == Direction::future && c.m < first) year = y0;
    }
    Match m = make(i, e, pad(year, 4) + "-" + s->value);
    if (!before) m.stripped = s->stripped;
    return m;
  }

  // "مطلع 2017", "منتصف عام 2014", "أواخر العام الماضي", "early 2017", "mid-1990s", "the end of 1997".
  std::optional<Match> period_part(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & lex_.period_parts.bit) && (lex_.arabic || t_[i].text != "the")) return std::nullopt;
    std::size_t k = i;
    if (!lex_.arabic && t_[i].text == "the") ++k;
    auto p = word(lex_.period_parts, k);
    if (!p) return std::nullopt;
    k += p->length;
    if (punct(k, "-")) ++k;
    if (!lex_.arabic && at(k, Kind::word) && t_[k].text == "of") ++k;
    if (!lex_.arabic && at(k, Kind::word) && t_[k].text == "the") ++k;
    std::optional<Match> inner;
    for (auto rule : {&Run::month_expression, &Run::year_expression, &Run::relative_unit, &Run::english_extra, &Run::century_ar,
                      &Run::decade}) {
      auto m = (this->*rule)(k);
      if (m && m->type == TimexType::date && (!inner || m->end > inner->end)) inner = m;
    }
    if (!inner) {
      std::size_t after = 0;
      if (auto y = year_at(k, after)) inner = make(k, after, pad(*y, 4));  // "بداية 2015": a bare year is enough here
    }
    if (!inner) {
      // "the end of the year": the DCT's year.
      auto u = word(lex_.calendar_units, k);
      if (!u || !dct_) return std::nullopt;
      const Civil c = civil(*dct_);
      inner = make(k, k + u->length, u->value == "M" ? ym(c.y, c.m) : pad(c.y, 4));
    }
    Match m = *inner;
    m.begin = i;
    m.stripped = p->stripped;
    m.mod = p->value == "START" ? Mod::start : p->value == "MID" ? Mod::mid : Mod::end;
    // The interval narrows to the first, middle or last third of the period.
    if (auto span = span_of_value(m.value, dct_)) {
      const Day len = span->end - span->start + 1;
      const int part = *m.mod == Mod::start ? 0 : *m.mod == Mod::mid ? 1 : 2;
      m.start = span->start + len * part / 3;
      m.end_day = span->start + len * (part + 1) / 3 - 1;
    }
    return m;
  }

  // "حاليا", "now", "recently", "recent years", "the future".
  std::optional<Match> refs(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!(mask_at(i) & (lex_.present.bit | lex_.past_ref.bit | lex_.future_ref.bit | lex_.future.bit))) return std::nullopt;
    // "recent weeks", "recent months", "recent days", "coming years": an unspecified number of them (TimeBank's PXW,
    // PXM, PXD, PXY; "recent years" stays a reference, as it mostly is there).
    if (!lex_.arabic && at(i, Kind::word) && (t_[i].text == "recent" || t_[i].text == "coming"))
      if (auto u = word(lex_.units, i + 1, false);
          u && u->value.count == 0 &&
          (u->value.unit == "W" || u->value.unit == "M" || u->value.unit == "D" || (u->value.unit == "Y" && t_[i].text == "coming"))) {
        const std::size_t e = i + 1 + u->length;
        if (!(at(e, Kind::word) && t_[e].text == "and")) return make(i, e, duration_value(u->value.unit, 0), TimexType::duration);
      }
    if (!(mask_at(i) & (lex_.present.bit | lex_.past_ref.bit | lex_.future_ref.bit))) return std::nullopt;
    if (auto h = word(lex_.present, i)) {
      Match m = make(i, i + h->length, "PRESENT_REF");
      m.stripped = h->stripped;
      return m;
    }
    if (auto h = word(lex_.past_ref, i)) {
      // "أخيرا" is "recently" inside a clause ("وافق أخيرا على", "اتخذتها أخيرا الحكومة") and "finally" where a
      // sentence, a clause or a list starts ("أخيرا وجد", "وأخيرا تتم"): only the first is a timex.
      if (lex_.arabic && std::string_view(t_[i].text).ends_with("\xD8\xA7\xD8\xAE\xD9\x8A\xD8\xB1\xD8\xA7") &&  // اخيرا (أخيرا)
          (h->stripped > 0 || i == 0 || !at(i - 1, Kind::word) || sentence_[i - 1] != sentence_[i]))
        return std::nullopt;
      // "في الماضي" is listed whole ("الماضي" alone is a direction word), but في is a signal word, outside.
      const bool fi = lex_.arabic && h->length > 1 && t_[i].text == "\xD9\x81\xD9\x8A" && h->stripped == 0;
      Match m = make(fi ? i + 1 : i, i + h->length, "PAST_REF");
      m.stripped = fi ? 0 : h->stripped;
      return m;
    }
    // Not "the future of …", nor a future described ("مستقبلا أفضل", a better future): those are the noun.
    if (auto h = word(lex_.future_ref, i); h && !(at(i + h->length, Kind::word) && t_[i + h->length].text == "of") &&
                                           !word(lex_.not_after_future, i + h->length, false)) {
      // "في المستقبل": في outside, as for "في الماضي".
      const bool fi = lex_.arabic && h->length > 1 && t_[i].text == "\xD9\x81\xD9\x8A" && h->stripped == 0;
      Match m = make(fi ? i + 1 : i, i + h->length, "FUTURE_REF");
      m.stripped = fi ? 0 : h->stripped;
      return m;
    }
    return std::nullopt;
  }

  // "2024-01-27", "1/27/2024" (US order in English, day first in Arabic), "27/1/2024".
  std::optional<Match> iso_date(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (!at(i, Kind::number)) return std::nullopt;
    // Hijri dates in digits, day first or year first: "26 - 5 - 1436هـ", "17/10/1436 هـ", "1436/5/26هـ" (a year of
    // 1300..1500 is Hijri without its marker too), by ICU's Umm al-Qura calendar.
    if (lex_.arabic && at(i + 2, Kind::number) && at(i + 4, Kind::number) &&
        ((punct(i + 1, "/") && punct(i + 3, "/")) || (punct(i + 1, "-") && punct(i + 3, "-")))) {
      const bool year_first = t_[i].digits == 4, year_last = t_[i + 4].digits == 4;
      if (year_first != year_last && t_[i + 2].digits <= 2 && t_[(year_first ? i + 4 : i)].digits <= 2) {
        const int y = year_first ? t_[i].number : t_[i + 4].number, mo = t_[i + 2].number;
        const int d = year_first ? t_[i + 4].number : t_[i].number;
        const auto marker = word(lex_.hijri_markers, i + 5, false);
        if (marker || (y >= 1300 && y <= 1500)) {
          if (mo < 1 || mo > 12 || d < 1 || d > 30) return std::nullopt;
          const auto day = hijri_to_day(y, mo, d);
          if (!day) return std::nullopt;
          return make(i, i + 5 + (marker ? marker->length : 0), format_day(*day));
        }
      }
    }
    if (t_[i].digits == 4 && punct(i + 1, "-") && at(i + 2, Kind::number) && punct(i + 3, "-") && at(i + 4, Kind::number)) {
      const int y = t_[i].number, mo = t_[i + 2].number, d = t_[i + 4].number;
      if (!is_valid_civil(y, mo, d)) return std::nullopt;
      return make(i, i + 5, ymd(y, mo, d));
    }
    if (t_[i].digits <= 2 && punct(i + 1, "/") && at(i + 2, Kind::number) && t_[i + 2].digits <= 2 && punct(i + 3, "/") &&
        at(i + 4, Kind::number) && (t_[i + 4].digits == 4 || t_[i + 4].digits == 2)) {
      int a = t_[i].number, b = t_[i + 2].number, y = t_[i + 4].number;
      if (t_[i + 4].digits == 2) y += y < 50 ? 2000 : 1900;
      const int mo = lex_.arabic ? b : a, d = lex_.arabic ? a : b;
      if (!is_valid_civil(y, mo, d)) return std::nullopt;
      return make(i, i + 5, ymd(y, mo, d));
    }
    return std::nullopt;
  }

  // English only: decades ("1990s", "the '90s"), quarters, fiscal years, clock times, "tonight", "last night".
  std::optional<Match> english_extra(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (lex_.arabic) return std::nullopt;
    if (!at(i, Kind::number) && !punct(i, "'") && next_quarter_[i] > i + 12 &&
        !(mask_at(i) & (lex_.fiscal.bit | lex_.day_parts.bit | direction_bits())) && t_[i].text != "noon" && t_[i].text != "midnight")
      return std::nullopt;
    // Decades.
    if (at(i, Kind::number) && t_[i].digits == 4 && at(i + 1, Kind::word) && t_[i + 1].text == "s" && !t_[i + 1].space_before &&
        t_[i].number % 10 == 0)
      return make(i, i + 2, pad(t_[i].number / 10, 3));
    if (punct(i, "'") && at(i + 1, Kind::number) && t_[i + 1].digits == 2 && at(i + 2, Kind::word) && t_[i + 2].text == "s")
      return make(i, i + 3, "19" + pad(t_[i + 1].number / 10, 1));
    // Quarters: "the first quarter (of 1997)", "fourth-quarter", "the 1988 second quarter", "this year's third
    // quarter". Without a year, the latest such quarter that has begun by the DCT (the next one in future tense).
    // (The longest lead before the ordinal, "the previous year's", is six tokens; twelve leave a margin.)
    if (next_quarter_[i] <= i + 12) {
      std::size_t k = i;
      if (t_[k].text == "the") ++k;
      std::optional<int> lead_year;
      std::size_t after_lead = 0;
      if (auto y = year_at(k, after_lead)) {
        lead_year = y;
        k = after_lead;
      } else if (auto rel = relative_year(k); rel && punct(rel->end, "'") && at(rel->end + 1, Kind::word) &&
                 t_[rel->end + 1].text == "s") {
        lead_year = std::stoi(rel->value);
        k = rel->end + 2;
      }
      if (auto o = word(lex_.ordinals, k, false); o && o->value >= 1 && o->value <= 4) {
        std::size_t q = k + o->length;
        if (punct(q, "-")) ++q;
        if (at(q, Kind::word) && (t_[q].text == "quarter" || t_[q].text == "half")) {
          const bool half = t_[q].text == "half";
          if (half && o->value > 2) return std::nullopt;
          std::size_t e = q + 1, after = 0;
          int year = 0;
          bool known = dct_.has_value();
          if (dct_) {
            const Civil c = civil(*dct_);
            const int now = half ? (c.m - 1) / 6 + 1 : (c.m - 1) / 3 + 1;
            year = c.y;
            if (future_tense(i) ? o->value < now : o->value > now) year += future_tense(i) ? 1 : -1;
          }
          if (lead_year) {
            year = *lead_year;
            known = true;
          }
          if (at(e, Kind::word) && t_[e].text == "of") {
            if (auto y = year_at(e + 1, after)) {
              year = *y;
              known = true;
              e = after;
            } else if (auto rel = relative_year(e + 1)) {  // "the second half of next year"
              year = std::stoi(rel->value);
              known = true;
              e = rel->end;
            }
          } else if (auto y = year_at(e, after)) {
            year = *y;
            known = true;
            e = after;
          }
          const std::string suffix = (half ? "-H" : "-Q") + std::to_string(o->value);
          return make(i, e, (known ? pad(year, 4) : "XXXX") + suffix);
        }
      }
    }
    // Fiscal years: "fiscal 1989", "fiscal year 1989".
    if (auto f = word(lex_.fiscal, i, false)) {
      std::size_t k = i + f->length;
      if (at(k, Kind::word) && t_[k].text == "year") ++k;
      std::size_t after = 0;
      if (auto y = year_at(k, after)) return make(i, after, pad(*y, 4));  // TimeBank and TempEval-3 give the year
    }
    // Clock times: "10:30 a.m.", "5 p.m.", "noon".
    if (at(i, Kind::number) && t_[i].digits <= 2) {
      int h = t_[i].number, mi = 0;
      std::size_t e = i + 1;
      if (punct(e, ":") && at(e + 1, Kind::number) && t_[e + 1].digits == 2) {
        mi = t_[e + 1].number;
        e += 2;
      }
      bool meridiem = false;
      if (at(e, Kind::word) && (t_[e].text == "a" || t_[e].text == "p") && punct(e + 1, ".") && at(e + 2, Kind::word) &&
          t_[e + 2].text == "m") {
        if (t_[e].text == "p" && h < 12) h += 12;
        if (t_[e].text == "a" && h == 12) h = 0;
        e += 3;
        if (punct(e, ".")) ++e;
        meridiem = true;
      } else if (at(e, Kind::word) && (t_[e].text == "am" || t_[e].text == "pm")) {
        if (t_[e].text == "pm" && h < 12) h += 12;
        ++e;
        meridiem = true;
      }
      // A time zone after it is part of the expression: "4 a.m. EDT", "10:30 GMT" (the value stays local time, as
      // TimeBank writes it).
      const bool zone = at(e, Kind::word) && lex_.time_zones.count(t_[e].text) > 0;
      if (zone && (meridiem || e > i + 1)) ++e;
      if ((meridiem || e > i + 1) && h <= 24 && mi < 60) {
        const std::string clock = "T" + pad(h, 2) + ":" + pad(mi, 2);
        return make(i, e, day_or_unknown(dct_) + clock, TimexType::time);
      }
    }
    // A 24-hour time in four digits before a time zone: "0300 GMT".
    if (at(i, Kind::number) && t_[i].digits == 4 && t_[i].number < 2400 && t_[i].number % 100 < 60 && at(i + 1, Kind::word) &&
        lex_.time_zones.count(t_[i + 1].text)) {
      const std::string clock = "T" + pad(t_[i].number / 100, 2) + ":" + pad(t_[i].number % 100, 2);
      return make(i, i + 2, day_or_unknown(dct_) + clock, TimexType::time);
    }
    // "noon", "midnight" (a weekday after them joins: "noon Thursday").
    if (t_[i].text == "noon" || t_[i].text == "midnight") {
      if (i > 0 && t_[i - 1].text == "high") return std::nullopt;  // "high noon"
      return make(i, i + 1, day_or_unknown(today_) + (t_[i].text == "noon" ? "T12:00" : "T24:00"),
                  TimexType::time);
    }
    // "tonight", "this morning", "last night".
    if (auto p = word(lex_.day_parts, i, false); p && t_[i].text == "tonight")
      return make(i, i + 1, day_or_unknown(dct_) + "T" + p->value, TimexType::time);
    std::size_t de = 0;
    if (auto dir = direction_at(i, de)) {
      if (auto p = word(lex_.day_parts, de, false)) {
        const int delta = *dir == Direction::past ? -1 : *dir == Direction::future ? 1 : 0;
        return make(i, de + p->length,
                    day_or_unknown(dct_, delta) + "T" + p->value, TimexType::time);
      }
    }
    return std::nullopt;
  }

  // English: the periods of earnings reports ("the year-earlier quarter", "year-ago levels"), centuries ("the 20th
  // century") and the holidays of the civil year ("Thanksgiving", "last Christmas", "Easter 1998").
  std::optional<Match> english_dates(std::size_t i) {
    if (i >= t_.size() || !(has_year_ago_ || has_century_ || !holiday_at_.empty())) return std::nullopt;
    // Each part is asked only where its key word is near: "year" for the reports' periods, "century" for centuries,
    // a holiday's name for holidays. Most tokens asked here ("the", numbers) have none.
    auto text_at = [this](std::size_t k) { return k < t_.size() ? std::string_view(t_[k].text) : std::string_view(); };
    if (has_year_ago_ && (text_at(i) == "year" || text_at(i + 1) == "year" || text_at(i + 2) == "year"))
      if (auto m = year_ago_period(i)) return m;
    if (has_century_)
      for (std::size_t k = i + 1; k <= i + 4; ++k)
        if (text_at(k) == "century") {
          if (auto m = century(i)) return m;
          break;
        }
    if (!holiday_at_.empty() && (holiday_at_[i] || ((mask_at(i) & direction_bits()) && holiday_at_[i + 1]))) return civil_holiday(i);
    return std::nullopt;
  }

  // "the year-earlier quarter", "the comparable year-ago period", "the year-ago third quarter", "year-earlier" alone:
  // the same period a year before the one the report speaks of — the last completed quarter a year back when the
  // text speaks of quarters, else the year before the DCT's; "the year-earlier nine months" is a duration.
  std::optional<Match> year_ago_period(std::size_t i) {
    if (!dct_) return std::nullopt;
    std::size_t k = i;
    if (t_[k].text == "the") ++k;
    if (at(k, Kind::word) && (t_[k].text == "comparable" || t_[k].text == "same")) ++k;
    if (!(at(k, Kind::word) && t_[k].text == "year" && punct(k + 1, "-") && at(k + 2, Kind::word) &&
          (t_[k + 2].text == "ago" || t_[k + 2].text == "earlier")))
      return std::nullopt;
    const std::size_t adjective = k;
    k += 3;
    const Civil c = civil(*dct_);
    if (auto o = word(lex_.ordinals, k, false); o && o->value >= 1 && o->value <= 4) {
      std::size_t q = k + o->length;
      if (punct(q, "-")) ++q;
      if (at(q, Kind::word) && t_[q].text == "quarter") return make(i, q + 1, pad(c.y - 1, 4) + "-Q" + std::to_string(o->value));
    }
    std::size_t after = 0;
    if (auto n = number_at(k, after); n && *n > 1 && at(k, Kind::word))
      if (auto u = word(lex_.units, after, false); u && u->value.unit == "M")
        return make(i, after + u->length, "P" + std::to_string(*n) + "M", TimexType::duration);
    const std::string value = mentioned_before(i, "quarter", 400) ? last_quarter(1) : pad(c.y - 1, 4);
    if (at(k, Kind::word) && (t_[k].text == "quarter" || t_[k].text == "period")) return make(i, k + 1, value);
    return make(adjective, k, value);  // the adjective alone: "year-earlier levels"
  }

  // "the 20th century" (19), "the nineteenth century", "the twenty-first century", "11th-century".
  std::optional<Match> century(std::size_t i) {
    std::size_t k = i;
    if (t_[k].text == "the") ++k;
    int n = 0;
    if (at(k, Kind::number) && t_[k].digits <= 2 && at(k + 1, Kind::word) && !t_[k + 1].space_before &&
        (t_[k + 1].text == "th" || t_[k + 1].text == "st" || t_[k + 1].text == "nd" || t_[k + 1].text == "rd")) {
      n = t_[k].number;
      k += 2;
    } else if (auto o = word(lex_.ordinals, k, false)) {
      n = o->value;
      k += o->length;
    } else if (auto tens = word(lex_.numbers, k, false); tens && tens->value == 20 && punct(k + 1, "-")) {
      auto unit = word(lex_.ordinals, k + 2, false);
      if (!unit || unit->value > 9) return std::nullopt;
      n = 20 + unit->value;
      k += 2 + unit->length;
    } else {
      return std::nullopt;
    }
    if (punct(k, "-")) ++k;
    if (n < 1 || n > 30 || !at(k, Kind::word) || t_[k].text != "century") return std::nullopt;
    if (std::size_t bc = era_bc_end(k + 1)) return make(i, bc, "BC" + pad(n - 1, 2));  // "the 5th century BC"
    return make(i, k + 1, pad(n - 1, 2));
  }

  // The day of a civil holiday (data: "12-25", "11-4-4" the fourth Thursday of November, "05-L-1" the last Monday
  // of May, "E-2" two days before Western Easter) in a year.
  static std::optional<Day> holiday_day(std::string_view spec, int year) {
    if (spec.size() >= 2 && spec[0] == 'E') {
      // Western Easter: the anonymous Gregorian computus (Meeus).
      const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
      const int h = (19 * a + b - d - g + 15) % 30, ii = c / 4, kk = c % 4, l = (32 + 2 * e + 2 * ii - h - kk) % 7;
      const int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
      return days_from_civil(year, month, day) + std::stoi(std::string(spec.substr(1)));
    }
    if (spec.size() < 5 || spec[2] != '-') return std::nullopt;
    const int month = std::stoi(std::string(spec.substr(0, 2)));
    if (spec.size() == 5) {
      const int day = std::stoi(std::string(spec.substr(3, 2)));
      if (!is_valid_civil(year, month, day)) return std::nullopt;
      return days_from_civil(year, month, day);
    }
    if (spec.size() != 6 || spec[4] != '-') return std::nullopt;  // MM-N-W
    const int weekday = spec[5] - '0';
    if (spec[3] == 'L') {
      Day d = days_from_civil(year, month, days_in_month(year, month));
      while (iso_weekday(d) != weekday) --d;
      return d;
    }
    Day d = days_from_civil(year, month, 1);
    while (iso_weekday(d) != weekday) ++d;
    return d + 7 * (spec[3] - '1');
  }

  // "Thanksgiving", "Christmas Eve", "last Easter", "next Christmas", "Christmas 1998": the holiday's day in the year
  // written, else the one nearest the DCT by the rule of dates without a year (anchor_year).
  std::optional<Match> civil_holiday(std::size_t i) {
    std::size_t k = i, de = 0;
    const auto dir = direction_at(i, de);
    if (dir) k = de;
    if (!(mask_at(k) & lex_.holidays.bit)) return std::nullopt;
    auto h = word(lex_.holidays, k, false);
    if (!h) return std::nullopt;
    std::size_t e = k + h->length, after = 0;
    const std::string& spec = h->value;
    if (auto y = year_at(e, after)) {
      if (auto d = holiday_day(spec, *y)) return make(i, after, format_day(*d));
      return std::nullopt;
    }
    if (!dct_) return spec.size() == 5 ? std::optional<Match>(make(i, e, "XXXX-" + spec)) : std::nullopt;
    const Civil c = civil(*dct_);
    std::optional<Day> when;
    auto on = [&](int y) { return holiday_day(spec, y); };
    const auto here = on(c.y);
    if (!here) return std::nullopt;
    if (dir == Direction::current) when = here;
    else if (dir == Direction::past) when = *here < *dct_ ? here : on(c.y - 1);
    else if (dir == Direction::future) when = *here > *dct_ ? here : on(c.y + 1);
    else if (future_tense(i)) when = *here >= *dct_ ? here : on(c.y + 1);
    else
      for (int y : {c.y - 1, c.y, c.y + 1})
        if (auto d = on(y); d && *d > *dct_ + lex_.upcoming_window_days - 366 && *d <= *dct_ + lex_.upcoming_window_days) when = d;
    if (!when) return std::nullopt;
    return make(i, e, format_day(*when));
  }

  // "the quarter", "the latest quarter", "the year-ago quarter", "the year", "the week", "the weekend": the period
  // the report speaks of — the last completed quarter, the DCT's year, month and week, the latest weekend.
  std::optional<Match> anaphoric(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (lex_.arabic || !dct_) return std::nullopt;
    if (!(mask_at(i) & lex_.anaphoric_leads.bit)) return std::nullopt;
    auto lead = word(lex_.anaphoric_leads, i, false);
    if (!lead) return std::nullopt;
    std::size_t k = i + lead->length;
    bool year_ago = false;
    if (at(k, Kind::word) && t_[k].text == "year" && punct(k + 1, "-") && at(k + 2, Kind::word) && t_[k + 2].text == "ago") {
      year_ago = true;
      k += 3;
    }
    auto u = word(lex_.calendar_units, k, false);
    if (!u) return std::nullopt;
    const std::size_t e = k + u->length;
    if (at(e, Kind::word) && (t_[e].text == "before" || t_[e].text == "after")) return std::nullopt;
    const std::string& unit = u->value;
    // "for the year ended Sept. 30", "the quarter ending June 30": a reporting period, a duration (TimeBank).
    if (!year_ago && at(e, Kind::word) && (t_[e].text == "ended" || t_[e].text == "ending") &&
        (unit == "Y" || unit == "Q" || unit == "M"))
      return make(i, e, "P1" + unit, TimexType::duration);
    const Civil c = civil(*dct_);
    const int back = year_ago ? 1 : 0;
    // "the current quarter" is the DCT's own; "the quarter", "the latest quarter" the last completed one.
    if (unit == "Q" && !year_ago && t_[i + lead->length - 1].text == "current")
      return make(i, e, pad(c.y, 4) + "-Q" + std::to_string((c.m - 1) / 3 + 1));
    if (unit == "Q") return make(i, e, last_quarter(back));
    if (unit == "Y") return make(i, e, pad(c.y - back, 4));
    if (unit == "M") return make(i, e, ym(c.y - back, c.m));
    if (unit == "W") return make(i, e, week_value(*dct_ - 364 * back));
    if (unit == "WE") return make(i, e, week_value(*dct_ - (iso_weekday(*dct_) + 1) % 7) + "-WE");
    return std::nullopt;
  }

  // "that day", "the next day", "the following morning", "earlier that day", "that same night": a day counted from
  // the narrative's day (the last full date named before, else the article's day). "the day after" and "the day
  // before" likewise when nothing follows them ("the day before the vote" counts from the vote: not read), and from
  // the article's day before "tomorrow"/"yesterday" ("the day before yesterday").
  // Arabic: "اليوم التالي", "صباح اليوم التالي", "اليوم نفسه", "نفس اليوم", "ذلك اليوم", "اليوم السابق" likewise;
  // "الليلة" is tonight and "الليلة الماضية" last night, from the article's day.
  std::optional<Match> narrative_day(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    const std::optional<Day> anchor = narrative_anchor();
    auto day_value = [](std::optional<Day> day, int offset, const std::string& part) {
      return day_or_unknown(day, offset) + (part.empty() ? "" : "T" + part);
    };
    if (lex_.arabic) {
      const std::uint64_t bits = mask_at(i);
      // Without a day named before only the night words are read here.
      if (!(bits & (last_day_ ? lex_.narrative_day_leads.bit | lex_.day_offsets.bit | lex_.day_parts.bit | lex_.night_words.bit
                              : lex_.night_words.bit)))
        return std::nullopt;
      if (auto n = (bits & lex_.night_words.bit) ? word(lex_.night_words, i) : std::nullopt;
          n && !(i > 0 && word(lex_.narrative_day_leads, i - 1))) {  // not "تلك الليلة"
        std::size_t e = i + n->length, de = 0;
        if (std::size_t after = 0; number_at(e, after)) return std::nullopt;  // "الليلة الواحدة": a night, counted
        int delta = 0;
        if (auto d = direction_at(e, de)) {
          delta = *d == Direction::past ? -1 : *d == Direction::future ? 1 : 0;
          e = de;
        } else if (word(lex_.ago, e, false) && direction_at(e + 1, de) == Direction::past) {  // "الليلة قبل الماضية"
          delta = -2;
          e = de;
        }
        Match m = make(i, e, day_value(today_, delta, "NI"), TimexType::time);
        m.stripped = n->stripped;
        return m;
      }
      if (!last_day_) return std::nullopt;  // no day named before: "يمكنهم العودة في نفس اليوم" is generic
      std::size_t k = i, stripped = 0;
      std::string part;
      if (auto p = word(lex_.day_parts, k)) {
        part = p->value;
        stripped = p->stripped;
        k += p->length;
      }
      int offset = 0;
      bool lead = false;
      if (auto l = word(lex_.narrative_day_leads, k, k == i)) {
        offset = l->value;
        if (k == i) stripped = l->stripped;
        k += l->length;
        lead = true;
      }
      if (lead && part.empty())  // "تلك الليلة": that night
        if (auto n = word(lex_.night_words, k, false)) {
          Match m = make(i, k + n->length, day_value(anchor, offset, "NI"), TimexType::time);
          m.stripped = stripped;
          return m;
        }
      auto h = word(lex_.day_offsets, k, k == i);
      if (!h || h->value != 0) return std::nullopt;
      // "لليوم التالي (على التوالي)": for a second day running, a count, not a date.
      if (!lead && t_[k].text.starts_with("\xD9\x84\xD9\x84")) return std::nullopt;  // لل
      if (k == i) stripped = h->stripped;
      std::size_t e = k + h->length;
      if (!lead && part.empty() && k == i && h->stripped == 0 && last_day_end_ > 0 && last_day_end_ <= i &&
          sentence_[last_day_end_ - 1] == sentence_[i])
        // "أمس، في اليوم الثالث للعملية", "التقى كارتر أمس … في اليوم الثاني من زيارته": the nth day of an event in
        // the sentence that named its day is that day (not "اليوم الأول من رمضان", a day of the calendar).
        if (auto o = word(lex_.ordinals, e, false); o && o->value >= 1 && o->value <= 10) {
          const std::size_t after = e + o->length;
          const std::uint64_t calendar = lex_.months.bit | lex_.hijri_months.bit | lex_.calendar_units.bit | lex_.units.bit |
                                         lex_.hijri_holidays.bit | direction_bits();  // "من هذا الشهر", "من أيام المعهد"
          const bool of_event = (at(after, Kind::word) && t_[after].text.starts_with("\xD9\x84") /*ل*/ &&
                                 !(mask_at(after) & calendar)) ||
                                (word(lex_.ordinal_link, after, false) /*من*/ && at(after + 1, Kind::word) &&
                                 !(mask_at(after + 1) & calendar));
          if (of_event) return make(i, after, day_value(last_day_, 0, ""));
        }
      if (!lead) {
        auto a = word(lex_.narrative_after, e, false);
        if (!a) return std::nullopt;
        offset = a->value;
        e += a->length;
      }
      Match m = make(i, e, day_value(anchor, offset, part), part.empty() ? TimexType::date : TimexType::time);
      m.stripped = stripped;
      return m;
    }
    if (!(mask_at(i) & lex_.narrative_day_leads.bit)) return std::nullopt;
    // "day" or a day part one or two words on, or nothing to read here (asked at every "the" and "that").
    auto day_at = [this](std::size_t k) {
      return at(k, Kind::word) && (t_[k].text == "day" || (mask_at(k) & lex_.day_parts.bit));
    };
    if (!day_at(i + 1) && !day_at(i + 2)) return std::nullopt;
    if (t_[i].text == "the" && at(i + 1, Kind::word) && t_[i + 1].text == "day" && at(i + 2, Kind::word) &&
        (t_[i + 2].text == "after" || t_[i + 2].text == "before")) {
      const int sign = t_[i + 2].text == "after" ? 1 : -1;
      if (auto d = word(lex_.day_offsets, i + 3, false); d && d->value == sign)
        return make(i, i + 3 + d->length, day_value(today_, d->value + sign, ""));
      if (at(i + 3, Kind::word) || at(i + 3, Kind::number)) return std::nullopt;
      return make(i, i + 3, day_value(anchor, sign, ""));
    }
    auto lead = word(lex_.narrative_day_leads, i, false);
    if (!lead || !last_day_) return std::nullopt;  // no day named before: generic ("patients go home the same day")
    const std::size_t k = i + lead->length;
    std::string part;
    if (!at(k, Kind::word)) return std::nullopt;
    if (t_[k].text != "day") {
      auto p = word(lex_.day_parts, k, false);
      if (!p || p->length != 1 || t_[k].text == "tonight" || t_[k].text == "noon" || t_[k].text == "midnight") return std::nullopt;
      part = p->value;
    }
    if (punct(k + 1, "-")) return std::nullopt;  // "day-to-day"
    return make(i, k + 1, day_value(anchor, lead->value, part), part.empty() ? TimexType::date : TimexType::time);
  }

  // "في العام نفسه", "الشهر ذاته", "the same month": the year or month of the expression named last.
  std::optional<Match> same_period(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    // The preposition stays outside ("في" + "العام نفسه"); the phrase is matched again from the next word.
    const std::string_view w = t_[i].text;
    if (w.size() <= 6 && (w.ends_with("\xD9\x81\xD9\x8A") || w.ends_with("\xD9\x85\xD9\x86") || w == "in" || w == "of"))
      return std::nullopt;
    std::optional<Match> out;
    if (auto y = word(lex_.same_year, i); y && last_year_) {
      out = make(i, i + y->length, pad(*last_year_, 4));
      out->stripped = y->stripped;
    } else if (auto m = word(lex_.same_month, i); m && !last_month_.empty()) {
      out = make(i, i + m->length, last_month_);
      out->stripped = m->stripped;
    }
    return out;
  }

  // Where a count of times that ends at token `last` begins: "مرة", "مرتين"/"مرتان", "مرة واحدة", "ثلاث مرات". With
  // `quantified`, also a count with كثيرة، عديدة or واحدة after it ("مرات كثيرة"); a bare "مرات" never.
  std::optional<std::size_t> times_begin(std::size_t last, bool quantified) const {
    std::size_t k = last;
    bool quantifier = false;
    if (k > 0 && at(k, Kind::word)) {
      const std::string_view q = t_[k].text;
      if (q == "\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF\xD9\x87" ||                                           // واحدة
          (quantified && (q == "\xD9\x83\xD8\xAB\xD9\x8A\xD8\xB1\xD9\x87" || q == "\xD8\xB9\xD8\xAF\xD9\x8A\xD8\xAF\xD9\x87"))) {  // كثيرة، عديدة
        quantifier = true;
        --k;
      }
    }
    if (!at(k, Kind::word)) return std::nullopt;
    const std::string_view c = t_[k].text;
    const bool once = c == "\xD9\x85\xD8\xB1\xD9\x87";                                                  // مرة (ة as ه)
    const bool twice = c == "\xD9\x85\xD8\xB1\xD8\xAA\xD9\x8A\xD9\x86" || c == "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xA7\xD9\x86";  // مرتين، مرتان
    const bool times = c == "\xD9\x85\xD8\xB1\xD8\xA7\xD8\xAA";                                      // مرات
    if (!(once || twice || times) || (quantifier && !quantified && !once)) return std::nullopt;  // only "مرة واحدة"
    if (!times) return k;
    if (k > 0 && (at(k - 1, Kind::number) || word(lex_.numbers, k - 1, false))) return k - 1;  // "ثلاث مرات"
    if (quantified && quantifier) return k;  // "مرات كثيرة"
    return std::nullopt;                     // a bare "مرات في اليوم": times of a day, not how often
  }

  // "ثلاث مرات في اليوم", "مرات كثيرة في اليوم", "أربع مرات في العام", "مرة واحدة في الشهر": how often in a
  // period, a SET of that period (asked at the period's word; the expression starts at the count).
  std::optional<Match> frequency_ar(std::size_t i) {
    if (!lex_.arabic || i < 2 || i >= t_.size() || t_[i - 1].text != "\xD9\x81\xD9\x8A" /*في*/) return std::nullopt;
    std::string unit;
    if (word(lex_.day_offsets, i, false) && t_[i].text == "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85" /*اليوم*/) unit = "D";
    else if (auto u = word(lex_.calendar_units, i, false); u && u->length == 1) unit = u->value;
    if (unit.empty()) return std::nullopt;
    std::size_t dir_end = 0;
    if (direction_at(i + 1, dir_end) || word(lex_.narrative_after, i + 1, false)) return std::nullopt;  // "في العام التالي"
    const auto b = times_begin(i - 2, true);
    if (!b || *b < out_end_) return std::nullopt;
    return make(*b, i + 1, duration_value(unit, 1), TimexType::set);
  }

  // "daily", "weekly", "every Monday", "each year".
  std::optional<Match> set(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    if (auto s = word(lex_.sets, i, lex_.arabic)) {
      // "quarterly earnings", "a daily newspaper": English adjectives before a noun are not timexes (Arabic's sets
      // are adverbs, "سنويا"; the adjective is another word, "يومية").
      const std::size_t e = i + s->length;
      // "annually" is only an adverb; the others are adverbs before a preposition ("gather daily outside the home",
      // "rise 8.5% annually through 1992").
      static constexpr std::array<std::string_view, 16> kPrepositions = {"for", "in", "at", "on", "to", "from", "by", "since", "through",
                                                                         "until", "outside", "during", "over", "with", "after", "before"};
      if (!lex_.arabic && e < t_.size() && t_[e].kind == Kind::word && !word(lex_.range_to, e, false) && t_[i].text != "annually" &&
          std::find(kPrepositions.begin(), kPrepositions.end(), t_[e].text) == kPrepositions.end())
        return std::nullopt;
      Match m = make(i, e, s->value, TimexType::set);
      m.stripped = s->stripped;
      // "مرتين أسبوعيًا", "مرة واحدة شهريا", "ثلاث مرات يوميا": how often is part of it.
      if (lex_.arabic && s->stripped == 0 && i > 0)
        if (const auto b = times_begin(i - 1, false); b && out_end_ <= *b) m.begin = *b;
      return m;
    }
    if (auto l = word(lex_.set_leads, i)) {
      const std::size_t k = i + l->length;
      std::optional<Match> m;
      if (auto w = word(lex_.weekdays, k, false)) m = make(i, k + w->length, "XXXX-WXX-" + std::to_string(w->value), TimexType::set);
      // (not "كل عصر", every era: an Arabic afternoon or noon after كل is another word as often)
      else if (auto p = word(lex_.day_parts, k, false); p && !(lex_.arabic && (p->value == "AF" || p->value == "MI")))
        m = make(i, k + p->length, "XXXX-XX-XXT" + p->value, TimexType::set);
      else if (auto u = word(lex_.units, k, false); u && u->value.count == 1)
        m = make(i, k + u->length, duration_value(u->value.unit, 1), TimexType::set);
      // "each July", "every summer": that month or season of every year (English: "every may" is not a month).
      else if (auto mo = word(lex_.months, k, false); mo && !lex_.arabic && t_[k].text != "may") {
        const std::size_t d = k + mo->length + (punct(k + mo->length, ".") ? 1 : 0);  // "each Sept. 30"
        if (at(d, Kind::number) && t_[d].digits <= 2 && is_valid_civil(2000, mo->value, t_[d].number))  // "each March 15"
          m = make(i, d + 1, "XXXX-" + pad(mo->value, 2) + "-" + pad(t_[d].number, 2), TimexType::set);
        else
          m = make(i, k + mo->length, "XXXX-" + pad(mo->value, 2), TimexType::set);
      }
      else if (auto se = word(lex_.seasons, k, false); se && !lex_.arabic)
        m = make(i, k + se->length, "XXXX-" + se->value, TimexType::set);
      // "كل 25 سنة", "كل شهرين", "every two weeks": the duration's length (asked only before a number or a unit:
      // كل is among the commonest Arabic words).
      else if (at(k, Kind::number) || (mask_at(k) & (lex_.numbers.bit | lex_.units.bit | lex_.teen_units.bit)))
        if (auto d = plain_duration(k); d && d->type == TimexType::duration && d->begin == k && d->value.find('X') == std::string::npos)
          m = make(i, d->end, d->value, TimexType::set);
      if (m) m->stripped = l->stripped;
      return m;
    }
    return std::nullopt;
  }

  const TemporalLexicon& lex_;
  const std::vector<PhraseToken>& t_;
  std::vector<std::uint64_t> masks_;  // per token: the bits of the tables a phrase can start there
  std::vector<char> starts_;          // per token: whether the rules are asked there
  bool every_rule_ = false;           // ask every rule at every candidate token (without the gate table)
  std::vector<std::size_t> next_quarter_;
  std::vector<RuleGate> gates_ = make_gates();
  // What english_dates reads, found once: "year-ago"/"year-earlier", "century", where a holiday's name starts.
  bool has_year_ago_ = false, has_century_ = false;
  std::vector<bool> holiday_at_;  // empty: none in the text
  // Per token: the direction word there and its length; {none, 0} not read yet, {none, 1} none.
  mutable std::vector<std::pair<Direction, std::size_t>> directions_;
  std::optional<Day> dct_;
  std::vector<std::size_t> sentence_;
  std::vector<std::uint8_t> cue_;
  std::optional<int> last_year_;
  std::string last_month_;       // "YYYY-MM" of the last expression that named a month
  std::optional<Day> last_day_;  // the last day named: the narrative day for a clock time
  std::size_t last_day_end_ = 0;  // where the expression that named it ends
  std::size_t out_end_ = 0;      // where the last expression found ends (a rule may reach back to here, no further)
  std::size_t last_begin_ = 0;   // and where it begins
  std::array<std::optional<Day>, 8> weekday_named_{};  // per ISO weekday: the day it was last read as in this text
  std::optional<Day> today_;     // the article's own day: the DCT unless a pinned weekday says otherwise
};

}  // namespace

TemporalTagger::TemporalTagger() {
  for (const char* lang : {"ar", "en"}) lexicons_.push_back(std::make_unique<TemporalLexicon>(lang));
}

TemporalTagger::~TemporalTagger() = default;

bool TemporalTagger::supports(const std::string& language) const {
  for (const auto& l : lexicons_)
    if (l->language == language) return true;
  return false;
}

std::vector<Timex> TemporalTagger::tag(std::string_view text, const std::string& language, std::optional<Day> dct) const {
  if (!supports(language)) return {};
  return tag(tokenize_text(text), text, language, dct);
}

std::vector<Timex> TemporalTagger::tag(const TokenizedText& tokenized, std::string_view text, const std::string& language,
                                       std::optional<Day> dct) const {
  const TemporalLexicon* lex = nullptr;
  for (const auto& l : lexicons_)
    if (l->language == language) lex = l.get();
  if (!lex) return {};
  const std::vector<PhraseToken>& tokens = tokenized.tokens;
  // Two things per token: whether the rules are asked there (words that start a phrase of some table, numbers, the
  // apostrophe of "'80s"), and the tables a phrase can start there, which spares a lookup in the others — for a
  // number too: the rules read numbers as tokens, and only a table with that number as a first word can match it.
  std::vector<std::uint64_t> masks(tokens.size());
  std::vector<char> starts(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    masks[i] = lex->mask(tokens[i]);
    starts[i] = masks[i] != 0 || tokens[i].kind == PhraseToken::Kind::number || (tokens[i].kind == PhraseToken::Kind::punct && tokens[i].text == "'");
  }
  // A number followed by a word that starts no expression and that no rule reads after a number ("5 mln", "300
  // dlrs") starts nothing either: the rules are not asked. Years (four digits) are always asked.
  static const std::unordered_set<std::string_view> after_number = {
      "s", "th", "st", "nd", "rd", "pm", "am", "p", "m", "a", "noon", "midnight", "half", "year", "quarter",
      "old", "of", "in", "the", "and", "or", "to", "more", "less", "than", "additional", "trading", "business", "working",
      "consecutive", "straight", "full", "bc", "bce", "b",
      "\xD9\x82" /*ق: "65 ق.م"*/, "\xD9\x85\xD8\xA7" /*ما: "1800 ما قبل الميلاد"*/};
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const PhraseToken& t = tokens[i];
    const PhraseToken& next = tokens[i + 1];
    if (t.kind == PhraseToken::Kind::number && t.digits != 4 && next.kind == PhraseToken::Kind::word && masks[i + 1] == 0 &&
        !after_number.count(next.text))
      masks[i] = 0, starts[i] = 0;
  }
  Run run(*lex, tokens, std::move(masks), std::move(starts), dct, every_rule_);
  std::vector<Timex> out;
  for (const Match& m : run.run()) {
    Timex t;
    t.span = {tokens[m.begin].begin + m.stripped, tokens[m.end - 1].end};
    if (t.span.end <= t.span.begin) continue;
    t.type = m.type;
    try {
      t.date = date_from_value(m.value, dct);
    } catch (const Error&) {
      continue;  // a value our own rules made impossible (29 February of a common year, say): not a timex
    }
    if (m.type != TimexType::date) {
      t.date.start.reset();
      t.date.end.reset();
      t.date.granularity.reset();
    }
    if (m.start) t.date.start = m.start;
    if (m.end_day) t.date.end = m.end_day;
    if (m.open_end) t.date.end.reset();
    t.date.mod = m.mod;
    out.push_back(std::move(t));
  }
  // The expressions as written, through the code points' byte offsets (tokenize_text always gives them).
  const std::vector<std::size_t>& byte_of = tokenized.byte_of;
  const std::size_t last = byte_of.size() - 1;
  for (auto& t : out) {
    const std::size_t from = byte_of[std::min(t.span.begin, last)], to = byte_of[std::min(t.span.end, last)];
    t.date.text = std::string(text.substr(std::min(from, text.size()), to - from));
  }
  return out;
}

const TemporalTagger& temporal_tagger() {
  static const TemporalTagger tagger;
  return tagger;
}

}  // namespace chronograph
