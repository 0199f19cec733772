// The actor recogniser, construction by construction: text -> (mention text, actor id).
#include <catch2/catch.hpp>

#include <random>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/temporal/calendar.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "chronograph/text/utf8.hpp"
#include "../src/text/phrases.hpp"

using namespace chronograph;

namespace {

std::string found(const std::string& text, const std::string& lang = "ar") {
  std::string out;
  for (const auto& m : actor_recognizer().find(text, lang)) out += "[" + m.text + "=" + m.actor + "]";
  return out;
}

}  // namespace

TEST_CASE("countries from CLDR in Arabic and English, with clitics", "[actors]") {
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"وصل إلى العراق أمس", "[العراق=iraq]"},
      {"مع الولايات المتحدة والعراق", "[الولايات المتحدة=united-states][العراق=iraq]"},
      {"تواصل العراق وإيران", "[العراق=iraq][إيران=iran]"},
      {"قدمت للعراق معدات", "[لعراق=iraq]"},
      {"في سوريا والأردن", "[سوريا=syria][الأردن=jordan]"},
      {"Talks between the United States and Iraq", "[United States=united-states][Iraq=iraq]"},
      {"from Iran, Syria and Jordan", "[Iran=iran][Syria=syria][Jordan=jordan]"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(found(row.text) == row.expected);
  }
}

TEST_CASE("Arabic nisba adjectives and demonyms point to their country", "[actors]") {
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"رئيس الوزراء العراقي", "[العراقي=iraq]"},
      {"القوات العراقية", "[العراقية=iraq]"},
      {"خبراء عراقيون", "[عراقيون=iraq]"},
      {"للجنود العراقيين", "[العراقيين=iraq]"},
      {"المسؤولين العسكريين الأميركيين", "[الأميركيين=united-states]"},
      {"القوات الأمريكية", "[الأمريكية=united-states]"},
      {"الحرس الإيراني", "[الإيراني=iran]"},
      {"Iraqi forces and American officials", "[Iraqi=iraq][American=united-states]"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(found(row.text) == row.expected);
  }
}

TEST_CASE("organisations and groups from the lexicon, in any of their names", "[actors]") {
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"لإلحاق الهزيمة بداعش", "[داعش=isis]"},
      {"تنظيم الدولة الإسلامية", "[تنظيم الدولة الإسلامية=isis]"},
      {"The Islamic State and Daesh", "[Islamic State=isis][Daesh=isis]"},
      {"مستقبل التحالف الدولي", "[التحالف الدولي=global-coalition-against-daesh]"},
      // Companies, clubs and media, by a name that is no common word: نيسان alone is the month (April),
      // إعمار alone "reconstruction".
      {"وانتقل اللاعب إلى آرسنال الإنجليزي", "[آرسنال=arsenal-fc]"},
      {"في العاشر من نيسان الماضي وقعت شركة نيسان اتفاقا", "[شركة نيسان=nissan]"},
      {"وبدأت إعادة إعمار المدينة", ""},
      // Idioms that start with a lexicon name: سوق عكاظ (the fair, not the newspaper), البنين (boys, not Benin).
      {"يفتتح سوق عكاظ في المدارس البنين والبنات", ""},
      // A one-word name after ك is no name (كسبها "earned it" is no Sabha); a short name starting with ل is not read
      // in لل… (للحج "for the Hajj" is no Lahij), a longer one is (لليبيا); وفيات is deaths, not Fiat; the cruciate
      // ligament is no Rabat.
      {"المال الذي كسبها استعدادات للحج من وفيات الملاريا", ""},
      {"المساعدات لليبيا", "[ليبيا=libya]"},
      {"قطع في الرباط الصليبي", ""},
      // A word with tanween is no name (باكرًا "early"); an organisation's one-word name after a place head is the
      // place's (محافظة قنا is Qena, not the Qatar News Agency); لجأوا "they resorted" is no Java.
      {"الاستيقاظ باكرًا الذين لجأوا إلى الإضراب", ""},
      {"تتجاوز حركة الدمام وجدة ومكة", "[الدمام=dammam][جدة=jeddah][مكة=mecca]"},
      // A club's name in the adjective's form after a noun is that noun's adjective (civil society), not after a head
      // (النادي الأهلي); an organisation's short name after منطقة is the place's (Al-Faw, not the FAO); a known person's
      // one-word alias before عبد starts someone else's name.
      {"حيث نجح المجتمع الأهلي وفشلت المؤسسات", ""},
      {"وقال النادي الأهلي إن", "[الأهلي=al-ahly]"},
      {"في منطقة الفاو وقال كاتب السيناريو محفوظ عبد الرحمن", ""},
      // Places CLDR does not name: states, provinces, regions; a name that is a common word too only after a place
      // head (البندقية "the rifle", مدينة البندقية Venice).
      {"فرت الأسرة من ولاية أوهايو إلى إنجلترا ثم الشيشان", "[أوهايو=ohio][إنجلترا=england][الشيشان=chechnya]"},
      {"حمل البندقية ثم زار مدينة البندقية", "[البندقية=venice]"},
      {"عملية العزم الصلب", "[عملية العزم الصلب=global-coalition-against-daesh]"},
      {"أبرزها كتائب حزب الله", "[كتائب حزب الله=kataib-hezbollah]"},
      {"حزب الله اللبناني", "[حزب الله اللبناني=hezbollah]"},
      {"Reuters and AFP reported", "[Reuters=reuters][AFP=afp]"},
      {"رئيس الوزراء محمد شياع السوداني", "[محمد شياع السوداني=mohammed-shia-al-sudani]"},
      {"the Pentagon and the White House", "[Pentagon=pentagon][White House=white-house]"},
      {"ISIL and Daesh and تنظيم الدولة", "[ISIL=isis][Daesh=isis][تنظيم الدولة=isis]"},
      {"قوات البيشمركة وحزب العمال الكردستاني", "[قوات البيشمركة=peshmerga][حزب العمال الكردستاني=pkk]"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(found(row.text) == row.expected);
  }
}

namespace {

struct ActorRow {
  const char* text;
  const char* expected;  // [mention=id]… in text order
};

void check_rows(const std::vector<ActorRow>& rows, const std::string& lang) {
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(found(row.text, lang) == row.expected);
  }
}

const Actor* described(const ActorAnalysis& a, const std::string& id) {
  for (const auto& actor : a.actors)
    if (actor.id == id) return &actor;
  return nullptr;
}

}  // namespace

TEST_CASE("proclitics and the article come off names in any combination", "[actors]") {
  check_rows({{"وبالعراق", "[العراق=iraq]"},
              {"للعراق وللولايات المتحدة", "[لعراق=iraq][لولايات المتحدة=united-states]"},
              {"والولايات المتحدة", "[الولايات المتحدة=united-states]"},
              {"فإيران وكإيران", "[إيران=iran][إيران=iran]"},
              {"وأمريكا وأميركا", "[أمريكا=united-states][أميركا=united-states]"}},
             "ar");
}

TEST_CASE("nisba and demonym mentions are marked as adjectives", "[actors]") {
  const ActorAnalysis a = actor_recognizer().analyse("قال خبراء عراقيون إن العراق والقوات الأميركية", "ar");
  REQUIRE(a.mentions.size() == 3);
  CHECK(a.mentions[0].form == "adjective");
  CHECK(a.mentions[1].form == "name");
  CHECK(a.mentions[2].actor == "united-states");
  CHECK(a.mentions[2].form == "adjective");
}

TEST_CASE("people after titles, with role and affiliation", "[actors][people]") {
  check_rows({{"رئيس الوزراء العراقي محمد شياع السوداني يشرف", "[العراقي=iraq][محمد شياع السوداني=mohammed-shia-al-sudani]"},
              {"أكد وزير الدفاع الأميركي لويد أوستن أن", "[الأميركي=united-states][لويد أوستن=lloyd-austin]"},
              {"قال المحلل السياسي طارق الشمري إن", "[طارق الشمري=tarq-al-shmry]"},
              {"قال الخبير العسكري أعياد الطوفان للفاصل", "[أعياد الطوفان=ayad-al-twfan]"},
              {"قائد التحالف الدولي الجنرال ماثيو ماكفارلين إن",
               "[التحالف الدولي=global-coalition-against-daesh][ماثيو ماكفارلين=mathyw-makfarlyn]"},
              {"المتحدث باسم القوات المسلحة العراقية اللواء يحيى رسول]", "[العراقية=iraq][يحيى رسول=yhyy-rswl]"},
              {"رئيس النادي رامون كالديرون يشغل", "[رامون كالديرون=ramwn-kaldyrwn]"},
              // باسم after a spokesperson is "on behalf of", not the given name Basem.
              {"كشف عمر حميدان الناطق الرسمي باسم المؤتمر الوطني العام أن", "[عمر حميدان=amr-hmydan][المؤتمر الوطني العام=general-national-congress]"},
              // An indefinite title is the first term of a construct: the noun after it is its complement, and after
              // that only a given name starts a name.
              {"كشف وزير حقوق الإنسان اليمني عز الدين الأصبحي أمس", "[اليمني=yemen][عز الدين الأصبحي=az-al-dyn-al-asbhy]"},
              {"سمكة قرش تهاجم بطل ركوب الأمواج في جنوب أفريقيا", "[جنوب أفريقيا=south-africa]"},
              {"وقال أندري باكليتسكي مدير برنامج منع انتشار الأسلحة النووية", ""},
              {"تسلم الفريق أول صدقي صبحي الطائرات", "[صدقي صبحي=sdqy-sbhy]"},
              {"وقال القيادي صالح العاروري إن", "[صالح العاروري=salh-al-arwry]"},
              // Titles of culture and politics pages; a verbal noun after a title is the verb's object, and a nisba
              // title after a noun with the article is its adjective (المؤتمر الصحافي).
              {"وقال السيناتور تشاك شومر إن", "[تشاك شومر=tshak-shwmr]"},
              {"تقترح الباحثة إطلاق مصطلح جديد", ""},
              {"ويقيم المدربان غدا المؤتمر الصحافي الخاص بنهائي كأس السوبر", ""},
              // ب on a place's name ends a name: "in Aden".
              {"قتل الحوثيون أحمد سعيد بعدن أمس", "[الحوثيون=houthis][أحمد سعيد=ahmd-syd][عدن=aden]"},
              // A third name word without the article heading a construct is a common noun (not in a name that
              // starts with an Arabic given name, whose third word is often followed by a title or a family name).
              {"وافتتح النجم البرازيلي ريكاردينيو دا كوستا مهرجان الأهداف", "[البرازيلي=brazil][ريكاردينيو دا كوستا=rykardynyw-da-kwsta]"},
              {"وأكد الرئيس اليمني عبد ربه منصور هادي بضم المحافظات", "[اليمني=yemen][عبد ربه منصور هادي=abd-rabbuh-mansur-hadi]"},
              {"وأكد الرئيس الإيطالي جوزف كوزينسكي مهرجان الأهداف", "[الإيطالي=italy][جوزف كوزينسكي=jwzf-kwzynsky]"},
              {"وقال الوزير سالم سعيد كبيش النائب العام", "[سالم سعيد كبيش=salm-syd-kbysh]"},
              // A dual verb of the افتعل form, a participle's plural in a construct, ب on a place context word end a
              // name (not a given name with و: محمدو).
              {"وقال الموسيقار ميشال فاضل اختصرا بفنهما", "[ميشال فاضل=myshal-fadl]"},
              {"اجتمع في كامب ديفيد ممثلو دول المجلس", "[كامب ديفيد=camp-david]"},
              {"وقال الرئيس النيجري محمدو إيسوفو إن", "[النيجري=niger][محمدو إيسوفو=mhmdw-ayswfw]"},
              // After a royal title a nisba that is a given name is the person's (تركي, not Turkish).
              {"برئاسة الأمير تركي محمد العبد الله الفيصل", "[تركي محمد العبد الله=trky-mhmd-al-bd-allah]"},
              // A known person's genealogy goes on after the lexicon's name; a one-word alias before بن is someone else.
              {"قام الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة",
               "[محمد بن سلمان بن عبدالعزيز آل سعود=mohammed-bin-salman]"},
              {"وكان محمد بن سلمان ابن الملك", "[محمد بن سلمان=mohammed-bin-salman]"},
              {"وأكد الدكتور مبارك بن حسن ظافر أن", "[مبارك بن حسن ظافر=mbark-bn-hsn-zafr]"},
              // A pronoun ends a name; an indefinite adjective of number or age after a head names nothing.
              {"تعيين نائبين للملا منصور هما الملا", "[منصور=mnswr]"},
              {"بهدف فتح جبهة جديدة للقتال", ""},
              {"ويحمل المصمم وسام الشرف الفرنسي", "[الفرنسي=france]"},
              // A title the lexicon spells with a name is a role: the mention, written apart or with عبد joined, and
              // the short forms are the name after it.
              {"وقال الملك عبدالله الثاني إن الملك عبد الله الثاني التقى", "[عبدالله الثاني=king-abdullah-ii][عبد الله الثاني=king-abdullah-ii]"},
              {"أكد خادم الحرمين الملك سلمان بن عبدالعزيز أن المملكة، وأضاف سلمان أن",
               "[سلمان بن عبدالعزيز=king-salman][سلمان=king-salman]"},
              // A past verb of the أفعل form after a title or a name is no name word (the verbs news repeats most).
              {"ولكن الرئيس الفرنسي أعاد إدخال أطباق الجبنة", "[الفرنسي=france]"},
              {"وكان الوزير علي غيدان أبلغ الصحافيين", "[علي غيدان=aly-ghydan]"},
              // A short lexicon name matches only a word that writes its alefs as the name does (وام the agency, not
              // وأم "and a mother"; أبل the company, not وابل "a barrage"); an idiom is no name (مسقط رأسه).
              {"زار شاه إيران وأم كلثوم المدينة", "[إيران=iran]"},
              {"وقالت وكالة وام إن وتعرض إلى وابل من الرصاص", "[وام=wam]"},
              {"وعادت إلى مسقط رأسها ثم إلى مسقط", "[مسقط=muscat]"},
              // … nor one with ك glued on (كسرت "broke" is no Sirte); a club named by its city is the club.
              {"منذ أن كسرت ساقه ثم وصل إلى سرت", "[سرت=sirte]"},
              {"وفاز بايرن ميونيخ على خصمه", "[بايرن ميونيخ=bayern-munich]"},
              // "مجلس التعاون" alone is the GCC in this news.
              {"وقالت دول مجلس التعاون إنها ستظل", "[مجلس التعاون=gcc]"},
              // A known person's one-word alias after a place head names the place; before a family name العبد + ال…
              // it names someone else; "أفريقيا الوسطى" is a country, UNESCO's Arabic name is not the UN.
              {"وقعت مظاهرات في مدينة فيرغسون الأميركية", "[الأميركية=united-states]"},
              {"وقال المهندس عبدالناصر العبداللطيف إن", "[عبدالناصر العبداللطيف=abdalnasr-al-bdalltyf]"},
              {"مع حكومة أفريقيا الوسطى ومنظمة الأمم المتحدة للتربية والعلم والثقافة",
               "[أفريقيا الوسطى=central-african-republic][منظمة الأمم المتحدة للتربية والعلم والثقافة=unesco]"},
              // A correspondent is a title: "… مراسل «واشنطن بوست»" ends the name.
              {"تحتجز إيران جيسون رضائيان مراسل «واشنطن بوست»",
               "[إيران=iran][جيسون رضائيان=jyswn-rdayyan][واشنطن بوست=washington-post]"}},
             "ar");
  check_rows({{"Defense Secretary Lloyd Austin said", "[Lloyd Austin=lloyd-austin]"},
              {"Gen. Michael Kurilla met Iraqi officials", "[Michael Kurilla=michael-kurilla][Iraqi=iraq]"},
              {"Hojatoleslam Ali Akbar Nateq-Nouri spoke", "[Ali Akbar Nateq-Nouri=ali-akbar-nateq-nouri]"},
              {"the speaker of parliament, Mohammed al-Halbousi, said", "[Mohammed al-Halbousi=mohammed-al-halbousi]"},
              {"Prime Minister Mohammed Shia al-Sudani", "[Mohammed Shia al-Sudani=mohammed-shia-al-sudani]"}},
             "en");
  const ActorAnalysis a = actor_recognizer().analyse("قال قائد التحالف الدولي الجنرال ماثيو ماكفارلين إن", "ar");
  const Actor* general = described(a, "mathyw-makfarlyn");
  REQUIRE(general);
  CHECK(general->kind == ActorKind::person);
  CHECK(general->attributes.at("role") == "Commander");
  CHECK(general->attributes.at("affiliation") == "global-coalition-against-daesh");
  CHECK(general->labels.at("ar") == "ماثيو ماكفارلين");
  CHECK(general->labels.at("en") == "Mathyw Makfarlyn");
  CHECK(general->attributes.at("label_source.en") == "transliteration");
  const ActorAnalysis b = actor_recognizer().analyse("رئيس الوزراء العراقي محمد شياع السوداني", "ar");
  const Actor* pm = described(b, "mohammed-shia-al-sudani");
  REQUIRE(pm);
  CHECK(pm->labels.at("en") == "Mohammed Shia al-Sudani");  // the lexicon's label: no transliteration mark
  CHECK(!pm->attributes.count("label_source.en"));
  CHECK(pm->attributes.at("affiliation") == "iraq");
}

TEST_CASE("people from given names, kunyas and reporting verbs", "[actors][people]") {
  check_rows({{"أنس البار |", "[أنس البار=ans-al-bar]"},
              {"وقال عبد الله بن زايد إن", "[عبد الله بن زايد=abd-allah-bn-zayd]"},
              {"وأضاف كمال الدين حسين: ", "[كمال الدين حسين=kmal-al-dyn-hsyn]"},
              {"زار أبو سياف المدينة ثم غادر أبا سياف وأبي سياف", "[أبو سياف=abw-syaf][أبا سياف=abw-syaf][أبي سياف=abw-syaf]"},
              // A family name with the article goes on the name when it is not shaped like a participle.
              {"لقصيدة الشاعر بدر شاكر السياب الشهيرة", "[بدر شاكر السياب=bdr-shakr-al-syab]"},
              // A verb after a name ends it.
              {"وقال الرئيس محمد قدوري أقال قادة الجيش", "[محمد قدوري=mhmd-qdwry]"},
              // A given name that opens a title (أمين عام) ends the name before it.
              {"وقال محمد أبو الفضل بدران أمين عام المجلس إن", "[محمد أبو الفضل بدران=mhmd-abw-al-fdl-bdran]"},
              // A given name written أل… is not the article; a surname after a given name may start with ف.
              {"وقال ألكسندر سلطانوف إن", "[ألكسندر سلطانوف=al-ksndr-sltanwf]"},
              {"وقال بيل فريست إن", "[بيل فريست=byl-fryst]"},
              // Given names of many languages start a name without a title: a foreign one before a surname no
              // list knows, an Arabic woman's name; the English "and" (آند) is no surname.
              {"وتغلب روجيه بيرمان على منافسه", "[روجيه بيرمان=rwjyh-byrman]"},
              {"وغنت سميحة أيوب في الحفل", "[سميحة أيوب=smyht-aywb]"},
              {"زار روان آند جيمس", ""},
              // After a given name, a foreign surname may look like an imperfect verb (تيفيز، يونكر), but not like
              // the verbs of that shape (توفي "died"); a word written with a hamza is not a given name written without
              // one (تأمر "orders" is not تامر).
              {"وسجل كارلوس تيفيز هدفين", "[كارلوس تيفيز=karlws-tyfyz]"},
              {"وقال جان كلود يوستاش إن", "[جان كلود يوستاش=jan-klwd-ywstash]"},
              {"عندما توفي عمر توفي والده", ""},
              {"وتأمر تويتر بحذف الحسابات", ""},
              // After a genealogy a family name may have the فاعل or diminutive مفيعل shape (الزامل، المحيسن); not
              // after other names, where those shapes are participles (المرشح).
              {"أكد عبد الله بن محمد الزامل أن", "[عبد الله بن محمد الزامل=abd-allah-bn-mhmd-al-zaml]"},
              {"أكد خالد بن عبد المحسن المحيسن أن", "[خالد بن عبد المحسن المحيسن=khald-bn-abd-al-mhsn-al-mhysn]"},
              {"وقال محمد أحمد المرشح للانتخابات إن", "[محمد أحمد=mhmd-ahmd]"},
              // A nisba that is a given name too (تركي "Turkish") starts a genealogy before بن; a kin word (الأخ)
              // after a name ends it.
              {"قدم تركي بن فهد المشيقح عضو شرف النصر", "[تركي بن فهد المشيقح=trky-bn-fhd-al-mshyqh]"},
              // After any title too, when a name word follows; a given name that is a common word (صالح) goes on a
              // name before بن; after a genealogy a family name may end in ة (not in the pronoun ه).
              {"وأوضح الدكتور تركي منور المخلفي أن", "[تركي منور المخلفي=trky-mnwr-al-mkhlfy]"},
              {"رئيس المؤسسة الدكتور محمد صالح بن طاهر بنتن قد", "[محمد صالح بن طاهر بنتن=mhmd-salh-bn-tahr-bntn]"},
              {"وأوضح الدكتور عادل بن أحمد باناعمة أن", "[عادل بن أحمد باناعمة=aadl-bn-ahmd-banamt]"},
              // An indefinite title word after a reporting verb is no name; a blessing is no name.
              {"وأوضح مدرب الهلال أنه يقدر", ""},
              // An ordinal or fraction starts no name after a title (الفريق "the team", النجم "the star"); a building
              // named with a genealogy names no person.
              {"فقد بلغ الفريق القطري الدور ربع النهائي لمواجهة", "[القطري=qatar]"},
              {"وكتب عن مسجد عمرو بن العاص، رابع مسجد", ""},
              {"ولسمو ولي ولي العهد ـ حفظهم الله ـ على الثقة", ""},
              {"مالك أوباما الأخ غير الشقيق للرئيس", "[مالك أوباما=malk-awbama]"},
              // After a kunya, a title with a conjunction glued on ends the name (آبي read as أبي); the nisba of a
              // verbal noun (اختصاصي "specialist") ends a name.
              {"عقب اجتماعات بين آبي والرئيس الصيني شي جين بينغ", "[الصيني=china][شي جين بينغ=xi-jinping]"},
              {"وقال باتريك جاك اختصاصي سوق الديون", "[باتريك جاك=batryk-jak]"},
              // A league, cup or prize named after a person is not that person.
              {"وأكد نادي الوحدة الصاعد حديثا لدوري عبد اللطيف جميل للمحترفين", "[الوحدة=al-whdt]"},
              // Foreign name particles (دي، دا، فان …) go on the name; a ruler's number ends it and belongs to it.
              {"وقال المبعوث لوكا دي ميستيري إن", "[لوكا دي ميستيري=lwka-dy-mystyry]"},
              {"وقال لويس دا كوستا إن", "[لويس دا كوستا=lwys-da-kwsta]"},
              {"في عهد الملك هنري الثامن كانت", "[هنري الثامن=hnry-al-thamn]"},
              {"جاء خالد الأول في السباق", ""},
              // A kunya with و glued on; a given name that is also a common word (صالح) before بن.
              {"من أعلامها أبو مصعب الزرقاوي وأبو محمد المقدسي في العراق",
               "[أبو مصعب الزرقاوي=abu-musab-al-zarqawi][أبو محمد المقدسي=abw-mhmd-al-mqdsy][العراق=iraq]"},
              {"وجه صالح بن عبدالعزيز آل الشيخ وزير الشؤون الإسلامية بتوزيع الموسوعة",
               "[صالح بن عبدالعزيز آل الشيخ=salh-bn-abdalzyz-al-al-shykh]"},
              {"هذا صالح للاستخدام", ""},
              // A title of two words (الخليفة المزعوم، اللواء أركان حرب) is not part of the name; a family name
              // العبد الله; a period word, a common verb or a participle of the تفعّل form ends a name.
              {"جاءت بعد أن فشلت محاولات مندوبين للخليفة المزعوم أبو بكر البغدادي في", "[أبو بكر البغدادي=abu-bakr-al-baghdadi]"},
              {"من جهته، أكد اللواء أركان حرب كامل الوزير، رئيس", "[كامل الوزير=kaml-al-wzyr]"},
              {"والمطرب الشاب محمد العبد الله، والمخرج", "[محمد العبد الله=mhmd-al-bd-allah]"},
              {"وقال محمد الخالد الله يرحمه", "[محمد الخالد=mhmd-al-khald]"},
              {"جدد عقد مدربه جوزيه مانويل غوميز منتصف الموسم الماضي", "[جوزيه مانويل غوميز=jwzyh-manwyl-ghwmyz]"},
              {"وكان محمد مفتاح متذمر من القرار", "[محمد مفتاح=mhmd-mftah]"},
              {"يمارسن الرياضة في عمر مبكر في فترة الطفولة", ""},
              // A preposition with a pronoun, a verbal noun of the تفعيل form, أراد end a name; a royal title's
              // city-named person (الملكة صوفيا) is the person.
              {"التي فرضها المدرب كريستيان غروس عليهم", "[كريستيان غروس=krystyan-ghrws]"},
              {"وجدد وزير الداخلية محمد عباس التأكيد على أن", "[محمد عباس=mhmd-abas]"},
              {"لكن توم هانكس أراد ذلك", "[توم هانكس=twm-hanks]"},
              {"تحت رعاية الملكة صوفيا بعنوان", "[صوفيا=swfya]"},
              {"ولحسن حظ هؤلاء فإن المصممين", ""},
              // A reporting verb, an استفعل verb, ب on a function word or a verbal noun: not name words.
              {"كان اسمه أحمد صرح بحقائق كثيرة", ""},
              {"ويدعى خالد استمر في تجنيد الشباب", ""},
              {"وفيما اعترف ياسين بذلك نفى الأمر", ""},
              {"وقال وليد بتلر إن", "[وليد بتلر=wlyd-btlr]"},
              // Direction and number words are never name words ("… سعد شمال المدينة", "الفريق أربع مباريات").
              {"أمطرت ضاحية دار سعد شمال المدينة بالصواريخ", ""},
              {"إذ لعب الفريق أربع مباريات تجريبية", ""},
              {"في عيون موسى بجنوب سيناء", "[سيناء=sinai]"},
              // A nisba before الأصل is an origin, not a family name; a given name reached by taking off the article
              // (الفارس) is a noun.
              {"وأكد السيناتور الجمهوري ماركو روبيو الكوبي الأصل المرشح", "[ماركو روبيو=marco-rubio][الكوبي=cuba]"},
              {"ترك الشاعر والفارس العربي دريد بن الصمة بيتا من الشعر", ""},
              // After a name, a foreign surname may end in ا; adverbs, participles, verbal nouns, titles with ا and
              // pronoun or verb endings may not.
              {"ويعتبر المستشار الجديد خوان فليبي هيريرا من أشهر الشعراء", "[خوان فليبي هيريرا=khwan-flyby-hyryra]"},
              {"وعلق عبد الله قائلا إن الأمر صعب", ""},
              // The adjective فاعل + ا is no surname ("صار فيصل باردا"); a nasal before a stop is (سامبا).
              {"وبعد ذلك صار فيصل باردا للغاية نحوها", ""},
              // A generic noun (listed without the article) with the article after a given name: عمر is "age".
              {"وسأل: إذا كان عمر الطفل أكثر من 8 سنوات", ""},
              {"وقال إن عمر الاتفاق قصير", ""},
              {"وجاء العداء معتز برشم ثالثا في السباق", "[معتز برشم=mtz-brshm]"},
              {"وقال المدافع كريستوفر سامبا إن الخطة واضحة", "[كريستوفر سامبا=krystwfr-samba]"},
              // فعول and فعيل + ا, and any word written with tanween, are accusatives; كبير before a word is "chief".
              {"وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على الدول", "[الإسرائيلي=israel][دان غيلرمان=dan-ghylrman]"},
              {"وقال الأمين العام سمير مقبل قرارًا بذلك", "[سمير مقبل=smyr-mqbl]"},
              {"وقال كريستيان كوشن كبير المستشارين في الشركة إن", "[كريستيان كوشن=krystyan-kwshn]"},
              {"ونقلت الوكالة عن السفير عبد الباقي كبير، أن الرئيس", "[عبد الباقي كبير=abd-al-baqy-kbyr]"},
              // Common past verbs end a name; a building word (مستشفى) starts none, after a title either.
              {"وكان إدوارد نورتون ساهم في الفيلم", "[إدوارد نورتون=adward-nwrtwn]"},
              {"وحسب الناطق بلسان مستشفى سوروكا في بئر السبع", ""},
              // A known person's compound given name before another family name is someone else's.
              {"ويقول الخبير العسكري السوري عبد الناصر العايد إن المعركة", "[السوري=syria][عبد الناصر العايد=abd-al-nasr-al-ayd]"},
              {"وقال الرئيس جمال عبد الناصر إن", "[جمال عبد الناصر=gamal-abdel-nasser]"},
              // الملا is a title; أمر (ordered), ترك, a position (منصب) and ب + a generic noun end names.
              {"والنائب السابق للملا عمر الملا أختر محمد منصور أميرا", "[عمر=mullah-omar][أختر محمد منصور=akhtr-mhmd-mnswr]"},
              {"وبعد وفاة النبي محمد أمر الخليفة أبو بكر بجمعها", "[أبو بكر=abw-bkr]"},
              {"وتولى الملا أختر منصور منصب نائب الرئيس", "[أختر منصور=akhtr-mnswr]"},
              {"وتلاعب ديمتري بايت بدفاع آرسنال", "[ديمتري بايت=dymtry-bayt][آرسنال=arsenal-fc]"},
              // Function words (هل، ذات), kin words with a pronoun (ابنتي) and common nouns end names; محامي is a title.
              {"وقال إن نادية ابنتي الأولى ولدت", ""},
              {"وكتب طارق ذات مرة أن", ""},
              {"وقال محامي بولارد إن موكله", ""},
              {"وتلاعب بيتر تشيك قلوب جماهير آرسنال", "[بيتر تشيك=bytr-tshyk][آرسنال=arsenal-fc]"},
              // مني "from me" is no منى; لديك holds no ديك; a فعيل family name in ين is no plural (الحصين).
              {"ثم اقترب مني رزق ليقول", ""},
              {"وقالت الفنانة منى زكي إن", "[منى زكي=mny-zky]"},
              {"وقال إن لديك الوقت الكافي", ""},
              {"والمهندس عبد الله بن عبد الرحمن الحصين وزيرا", "[عبد الله بن عبد الرحمن الحصين=abd-allah-bn-abd-al-rhmn-al-hsyn]"},
              {"وعندما تسلم الملك سلمان مقاليد الحكم", "[سلمان=king-salman]"},
              {"البروفسور أيمن أبو النور في جامعة عين شمس", "[أيمن أبو النور=aymn-abw-al-nwr][جامعة عين شمس=ain-shams-university]"},
              // Verbal nouns (إفعال، افتعال with or without the article) and أفعال plurals end names; not a word with
              // و or ي second, as foreign names have it.
              {"كما أكد منصور إلغاء القرار الصادر", ""},
              {"وقال المدير جون كيري إعلان الهدنة قريب", "[جون كيري=john-kerry]"},
              {"وقال الوزير محمد عبدالله أحداث الأمس مؤسفة", "[محمد عبدالله=mhmd-abdallh]"},
              {"وقال المستثمر كارل أيكان إن", "[كارل أيكان=karl-aykan]"},
              {"وانتخب الحزب منصور زعيما جديدا له", ""},
              {"وقال هادي سقطوا في الفخ", ""},
              {"ويلعب ألفونسو كمهاجم صريح في الفريق", ""},
              {"وسجل واين روني هدفا", "[واين روني=wayne-rooney]"},
              // An article word after a word that is not a given name is not a family name unless it is a nisba.
              {"فيما أحرز الكرواتي إيفان راكيتيتش الهدف الثاني", "[الكرواتي=croatia][إيفان راكيتيتش=ayfan-rakytytsh]"},
              {"الأجواء جميلة داخل المعسكر", ""},
              {"التقى سليمان هلال الأسد بأهل الضابط", "[سليمان هلال الأسد=slyman-hlal-al-asd]"},
              // عبد and a name of God is a given name when more name words follow, not alone.
              {"والعريف عبد العزيز عبد الله يحيى مشراف (21 عاما)", "[عبد العزيز عبد الله يحيى مشراف=abd-al-zyz-abd-allah-yhyy-mshraf]"},
              {"وصلى عبد الله في المسجد", ""},
              // A perfect verb written with a final ى ends a name; a family name with the article and ى does not.
              {"وقال إن أحمد داود أوغلو أجرى اتصالات هاتفية", "[أحمد داود أوغلو=ahmet-davutoglu]"},
              {"وقال إن سامي اليحيى سافر", "[سامي اليحيى=samy-al-yhyy]"},
              // عمر after بلغ is "age"; حيال is a preposition.
              {"ويبلغ عمر هولمز 27 عاما", ""},
              {"وبدأ يقول إنه واثق من أن عمر سوف يصبح ممثلا", ""},
              {"وقال إن عمر بانهيار عصبي", ""},
              {"في مباحثاتها مع ممثل الأمين العام حيال إعلان الهدنة", ""},
              // ب on a verbal noun of the إفعال/استفعال forms, an elative, a title of two words (أمين صندوق) end a name.
              {"وبعد نجاح المبادرة قام الملك عبد العزيز بإصدار قرار", "[عبد العزيز=king-abdulaziz]"},
              {"وقال إنه يرى أسامة هوساوي أفضل لاعب", "[أسامة هوساوي=asamt-hwsawy]"},
              {"وطالب البوليفي كارلوس تشافيز أمين صندوق الاتحاد", "[البوليفي=bolivia][كارلوس تشافيز=karlws-tshafyz]"},
              // A country, or a city without the article, is not a family name after a given name; a city with it may be.
              {"من أجل نيل رضا طهران", "[طهران=iran]"},
              {"اعتبر الدكتور خليل الخليل الأكاديمي", "[خليل الخليل=khlyl-al-khlyl]"},
              // Sports words are generic: "أحرز باولو ديبالا هدفين".
              {"وأحرز الوافد الجديد باولو ديبالا هدفين", "[باولو ديبالا=bawlw-dybala]"},
              // An indefinite title word heading a construct ends the name (المهاجم and المدرب are titles).
              {"ويرى كريستيان بينتيكي مهاجم أستون فيلا أن", "[كريستيان بينتيكي=krystyan-byntyky][أستون فيلا=aston-villa]"},
              {"وأرجع فتحي مبروك مدرب الأهلي سبب التعادل", "[فتحي مبروك=fthy-mbrwk][الأهلي=al-ahly]"}},
             "ar");
  check_rows({{"Rick Wagoner told reporters", "[Rick Wagoner=rick-wagoner]"},
              {"\"We will fight,\" said Jane Doerfler.", "[Jane Doerfler=jane-doerfler]"}},
             "en");
}

TEST_CASE("a word of a temporal expression does not continue a name", "[actors][people]") {
  // As the pipeline runs the stage: after the temporal tagger, with its expressions.
  auto with_timexes = [](const std::string& text, const std::string& lang) {
    const TokenizedText tokens = tokenize_text(text);
    const std::vector<Timex> timexes = temporal_tagger().tag(tokens, text, lang, days_from_civil(2015, 7, 21));
    std::string out;
    for (const auto& m : actor_recognizer().analyse(tokens, text, lang, &timexes).mentions) out += "[" + m.text + "=" + m.actor + "]";
    return out;
  };
  const std::string text = "حسبما صرح السفير روبرت غوديك مساء أول من أمس.";
  CHECK(with_timexes(text, "ar") == "[روبرت غوديك=rwbrt-ghwdyk]");
  CHECK(found(text) == "[روبرت غوديك مساء=rwbrt-ghwdyk-msa]");  // without the expressions the name runs on
  CHECK(with_timexes("وقال الجنرال عوزي ناركيس صباح أمس إن", "ar") == "[عوزي ناركيس=awzy-narkys]");
}

TEST_CASE("organisations and places from their heads", "[actors]") {
  check_rows({{"أعلن اتحاد صناعة السيارات في ألمانيا", "[اتحاد صناعة السيارات=athad-snat-al-syarat][ألمانيا=germany]"},
              {"ذكرت وزارة الخارجية الأمريكية أن", "[وزارة الخارجية الأمريكية=us-state-department]"},
              {"ذكرت وزارة الزراعة المصرية أن", "[وزارة الزراعة المصرية=wzart-al-zrat-al-msryt]"},
              {"وقالت مجلة نيوزويك إن", "[نيوزويك=newsweek]"},
              {"سقطت في مدينة تلكيف أمس", "[تلكيف=tlkyf]"},
              {"عين الأسد بمحافظة الأنبار وحرير في أربيل", "[عين الأسد=ain-al-asad][الأنبار=anbar][حرير=harir][أربيل=erbil]"},
              {"من أبناء قضاء حديثة وأمير منطقة عسير", "[حديثة=haditha][عسير=asir]"},
              // An institution head stays before a common noun; an outlet named by one is that word (and its country).
              {"ذكرت وكالة الأنباء الألمانية أن", "[وكالة الأنباء الألمانية=wkalt-al-anba-al-almanyt]"},
              {"طلب نادي النصر الراغبة في التعاقد", "[النصر=al-nsr]"},
              {"وقع نادي الهلال السعودي مع اللاعب", "[الهلال السعودي=al-hlal-al-swdy]"},
              // A ل… word goes on an organisation's name only with the article (للدراسات), not on an indefinite noun.
              {"وكانت نائبة حزب العمال لمنطقة ليستر ويست", "[حزب العمال=hzb-al-mal]"},
              // A university keeps its head (not the city); a word before a quoted name says what the outlet is.
              {"مجزرة في جامعة غاريسا شمال شرق كينيا", "[جامعة غاريسا=jamt-gharysa][كينيا=kenya]"},
              {"ونقلت وكالة أنباء \"الأناضول\" عن مصادر", "[الأناضول=anadolu]"},
              // A battlefront is not a group; generic words end an organisation's name.
              {"كثف الطيران قصفه على جبهة مدينة الزبداني", "[الزبداني=zabadani]"},
              {"وقاتلت جبهة التحرير الوطني في حلب", "[جبهة التحرير الوطني=jbht-al-thryr-al-wtny][حلب=aleppo]"},
              {"وقال محلل لحركة سوق الذهب إن", ""},
              // A bank keeps its head, and a bank named after a place keeps the place (not the country).
              {"واحتل سهم بنك صحار المركز الأول", "[بنك صحار=bnk-shar]"},
              {"وقال مصرف لبنان المركزي إن", "[مصرف لبنان المركزي=msrf-lbnan-al-mrkzy]"},
              // A head and a common noun (المدينة، الإدارة) or one indefinite adjective describes, it does not name.
              {"وقالت رئيسة مجلس المدينة إن", ""},
              {"بتهمة المشاركة في أنشطة جماعة إرهابية", ""},
              // So does a noun and an adjective of size or age ("a small tea company"); and a ruling party is the
              // party (الحاكم ends its name).
              {"حولت الشركة من شركة شاي صغيرة إلى سلسلة", ""},
              {"بالإضافة إلى قيام مركز مشترك للأبحاث والتطوير", ""},
              {"وأكدت أن الدولة وحزب المؤتمر الوطني الحاكم في برنامج", "[حزب المؤتمر الوطني=hzb-al-mwtmr-al-wtny]"},
              // A person's name right after a building or place word is the place's name.
              {"لدى وصوله مطار الملك عبد العزيز الدولي", ""},
              {"لقادة القاعدة من سجن أبو غريب في يوليو", ""},
              // After a street, square, airport or university any person's name names it; a university named after a
              // person is an organisation of that name (and its nisba).
              {"مكتبة في شارع عبد الخالق ثروت وسط القاهرة", "[القاهرة=cairo]"},
              {"من جامعة الإمام محمد بن سعود الإسلامية في", "[جامعة الإمام محمد بن سعود الإسلامية=jamt-al-amam-mhmd-bn-swd-al-aslamyt]"},
              {"درس في جامعة الملك سعود بالرياض", "[جامعة الملك سعود=jamt-al-mlk-swd][الرياض=riyadh]"},
              // … but not a word that is no name: "جامعة لعلوم ذلك الزمان" (a comprehensive school of).
              {"كانت في وقتها جامعة لعلوم ذلك الزمان", ""},
              // … before the lexicon: a park or street named after a known person is no mention of the person.
              {"في منطقة قريبة من متنزه الشيخ زايد", ""},
              {"على مجسم لواجهة معبد «أبو سمبل» ومعبد نفرتاري", ""},
              {"توزيع المساعدات في حي الشيخ عثمان بمعدل", ""},
              // A head and a country's nisba describe: "مصرف فرنسي" (a French bank).
              {"بينها بي إن بي باريبا، مصرف فرنسي تعرض لغرامة", "[بي إن بي باريبا=bnp-paribas][فرنسي=france]"},
              // A university named by its city is an organisation, with one adjective at most.
              {"وفحص الباحثون في جامعة كوبنهاغن الحالة", "[جامعة كوبنهاغن=jamt-kwbnhaghn]"},
              {"رئيس جامعة جازان الترتيبات الخاصة", "[جامعة جازان=jamt-jazan]"},
              // A family (آل + a one-word alias) is not the person the alias names.
              {"فتواصل زمرة آل كاسترو الحكم", ""},
              // An adjective with its own complement ends an organisation's name.
              {"بتكليف من مجلس النواب المعترف به دوليا", "[مجلس النواب=mjls-al-nwab]"},
              // "News agency" is a head of two words; the agency keeps it. Without a name after it, or with an
              // adjective, it describes one named elsewhere.
              {"وقالت وكالة أنباء هاوار إن", "[وكالة أنباء هاوار=wkalt-anba-hawar]"},
              {"ونقلت وكالة أنباء آسيا عن", "[وكالة أنباء آسيا=wkalt-anba-asya]"},
              {"ونقلت وكالة أنباء رسمية عن", ""},
              {"وذكرت وكالة أنباء فارس الإيرانية أن", "[وكالة أنباء فارس=fars-news-agency][الإيرانية=iran]"},
              {"نقلت وكالة أنباء الجمهورية الإسلامية عن", "[وكالة أنباء الجمهورية الإسلامية=irna]"},
              // … and after a weapon's word: a rocket named after a person.
              {"وأكثر من مائتي صاروخ أبو طالب وغيرها", ""},
              // A given name that is a noun after ذات (possessing); ب on a فعول verbal noun, a ك-word, an افتعال
              // verbal noun, an indefinite plural in يات, a time adjective end a name; مقابل is a preposition.
              {"وهي واحة طبيعية ذات جمال ساحر", ""},
              {"وطالب علي عمر بخروج المسلحين", ""},
              {"كشف أن مهرجان مؤسسة بدرخان القادم سينظم", "[مؤسسة بدرخان=mwsst-bdrkhan]"},
              {"يتقدمه الرئيس الفرنسي فرانسوا هولاند كضيف شرف", "[الفرنسي=france][فرانسوا هولاند=francois-hollande]"},
              {"بقيادة العميد محمد مساعد ابتداء من يوم أمس", "[محمد مساعد=mhmd-msad]"},
              {"ولي العهد الأمير محمد بن نايف بن عبد العزيز ببرقيات تهنئة",
               "[محمد بن نايف بن عبد العزيز=mohammed-bin-nayef]"},
              {"في تونس مقابل إطلاق سراحهم", "[تونس=tunisia]"},
              {"وتنظيم حركة مرور السيارات", ""},
              // A perfect verb of the افتعل form, a pronoun on إن, ب on an إفعال noun right after a title end a name.
              {"السلطان عبد الحميد اعتقد أن الكهرباء", "[عبد الحميد=abd-al-hmyd]"},
              {"قال رئيس الاتحاد عبد الخالق مسعود إنهم ملتزمون", "[عبد الخالق مسعود=abd-al-khalq-mswd]"},
              {"وبدوره قام المقدم الخييلي بإطلاع الزياني على الخطط", ""},
              // An organisation phrase with an adjective of kind describes one named elsewhere; a plural nisba is
              // about members; بال… after a media head is not a name.
              {"في حوار مع وكالة الأنباء الرسمية (أرنا)", "[أرنا=irna]"},
              {"بين أعضاء مجلس الشيوخ الديمقراطيين الذي", "[مجلس الشيوخ=mjls-al-shywkh]"},
              {"فأول مجلة بالألوان كانت", ""},
              // و + an article word joins an organisation's name ("حزب الحرية والعدالة"), not a second body.
              {"وذراعها السياسية حزب الحرية والعدالة، وعلى", "[حزب الحرية والعدالة=freedom-and-justice-party]"},
              {"قالت وزارة الخارجية والسفارة الأميركية", "[وزارة الخارجية=wzart-al-kharjyt][الأميركية=united-states]"},
              // … and a medium after a medium (a head word of outlets) too.
              {"وقال إن هيئة الإذاعة والتلفزيون أصبحت قادرة", "[هيئة الإذاعة والتلفزيون=hyyt-al-adhat-waltlfzywn]"},
              // A family name after another given name is that person's, not the one named before.
              {"كل من طلال الشهري ويزيد. ثم فايز الشهري وخالد",
               "[طلال الشهري=tlal-al-shhry][فايز الشهري=fayz-al-shhry]"},
              // A participle's plural ends an organisation's name; صوب (towards), أحد (one of) are function words;
              // أسماء is "the names of" unless a title introduces it; a plural verbal noun ends a name.
              {"على أعضاء مجلس النواب المؤيدين للاتفاق", "[مجلس النواب=mjls-al-nwab]"},
              {"أن يتوجه الرئيس فؤاد معصوم صوب وساطة", "[فؤاد معصوم=fuad-masum]"},
              {"وتطرق الإعلام إلى أسماء أحمد شبراوي وعبد الله إسحق",
               "[أحمد شبراوي=ahmd-shbrawy][عبد الله إسحق=abd-allah-ashq]"},
              {"تلقى الأمير سلطان بن عبد العزيز اتصالات هاتفية", "[سلطان بن عبد العزيز=sultan-bin-abdulaziz]"},
              // عبد ربه is a two-word given name; a blocked phrase blocks a longer name it starts; مجلس إدارة (a board
              // of directors) describes.
              {"أصدر الرئيس، عبد ربه سالم الحداد، قرارًا", "[عبد ربه سالم الحداد=abd-rbh-salm-al-hdad]"},
              {"وأن يكون عند حسن الظن ببذل ما يستطيعه", ""},
              {"برئاسة رئيس الوفد عضو مجلس إدارة الاتحاد موسى الغيث", "[موسى الغيث=mwsy-al-ghyth]"},
              // A plural after a media head says what it carries.
              {"استخدام قناة مشتريات خاصة", ""},
              // عبد and a name of God with a conjunction glued on: "وعبد السلام".
              {"وعبد السلام سعد معجب بوراس", "[عبد السلام سعد معجب بوراس=abd-al-slam-sd-mjb-bwras]"}},
             "ar");
  // A known company followed by its organisation words is that company (its span takes them in); an unknown one is
  // named by the capitalised run.
  check_rows({{"General Motors Corp. said", "[General Motors Corp.=general-motors]"},
              {"Chrysler Group LLC said", "[Chrysler Group LLC=chrysler]"},
              {"Northwind Traders LLC said", "[Northwind Traders LLC=northwind-traders-llc]"},
              // A place's name at the start of a company's or an exchange's is part of that name.
              {"The London Stock Exchange and Ohio Edison Co said", "[London Stock Exchange=london-stock-exchange][Ohio Edison Co=ohio-edison-co]"},
              {"the Ministry of Finance of Canada agreed", "[Ministry of Finance of Canada=ministry-of-finance-of-canada]"},
              {"the Baath Party and the Detroit office", "[Baath Party=baath-party][Detroit=detroit]"}},
             "en");
  // Which of these reach the graph: a head and one noun with the article is good evidence after وزارة، حزب، مجلس
  // (one_noun_heads), and only with three mentions after the others, which mostly describe.
  auto low = [](const char* text) {
    const ActorAnalysis x = actor_recognizer().analyse(text, "ar");
    std::string out;
    for (const auto& actor : x.actors) {
      auto it = actor.attributes.find("confidence");
      out += "[" + actor.labels.at("ar") + (it != actor.attributes.end() && it->second == "low" ? " low" : "") + "]";
    }
    return out;
  };
  CHECK(low("وأعلنت وزارة الصحة أن") == "[وزارة الصحة]");
  CHECK(low("وفاز حزب العمال في") == "[حزب العمال]");
  CHECK(low("ونقل إلى مركز الاحتجاز في") == "[مركز الاحتجاز low]");
  CHECK(low("منحت مؤسسة البابطين جائزة. وقالت مؤسسة البابطين إن مؤسسة البابطين ستمنح") == "[مؤسسة البابطين]");
  const ActorAnalysis a = actor_recognizer().analyse("ذكرت وزارة الزراعة المصرية أن", "ar");
  REQUIRE(described(a, "wzart-al-zrat-al-msryt"));
  CHECK(described(a, "wzart-al-zrat-al-msryt")->attributes.at("affiliation") == "egypt");
  CHECK(described(a, "wzart-al-zrat-al-msryt")->kind == ActorKind::organization);
}

TEST_CASE("cities come from CLDR's exemplar cities with their country", "[actors]") {
  const ActorAnalysis a = actor_recognizer().analyse("Officials in Detroit and القاهرة", "en");
  REQUIRE(a.mentions.size() == 2);
  CHECK(a.mentions[0].actor == "detroit");
  CHECK(a.mentions[1].actor == "cairo");
  CHECK(described(a, "cairo")->attributes.at("affiliation") == "egypt");
  CHECK(described(a, "cairo")->kind == ActorKind::location);
}

TEST_CASE("بدا is ب + دا only in shape: no name particle, so no name runs on after it", "[actors][ar]") {
  CHECK(found("لافتا إلى أن المبعوث الأميركي بدأ بالتعريف عن نفسه", "ar").find("\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB9\xD8\xB1\xD9\x8A\xD9\x81") ==
        std::string::npos);  // بالتعريف
}

TEST_CASE("a later short form joins the full name introduced earlier", "[actors][coreference]") {
  check_rows({{"قال المحلل السياسي طارق الشمري إن الوجود ضروري. وشدد الشمري على ذلك.",
               "[طارق الشمري=tarq-al-shmry][الشمري=tarq-al-shmry]"},
              {"أكد وزير الدفاع لويد أوستن ذلك. وذكر أوستن أن", "[لويد أوستن=lloyd-austin][أوستن=lloyd-austin]"},
              {"قال الخبير العسكري أعياد الطوفان. ولفت الطوفان إلى", "[أعياد الطوفان=ayad-al-twfan][الطوفان=ayad-al-twfan]"},
              // A given name of four letters or more alone; a three-letter one (علي, also the preposition على) not.
              {"قال الخبير العسكري أعياد الطوفان. ولفت أعياد إلى", "[أعياد الطوفان=ayad-al-twfan][أعياد=ayad-al-twfan]"},
              {"قال الخبير العسكري علي الطوفان. ولفت علي إلى", "[علي الطوفان=aly-al-twfan]"},
              // Not a common word that spells the family name as the adjective of a definite noun or the complement
              // of a construct, nor the article-bearing form of a given name.
              {"قال المحافظ محمد الماضي إن العام الماضي كان صعبا", "[محمد الماضي=mhmd-al-mady]"},
              {"قال المدير سامي الدور إن صيانة الدور مكلفة", "[سامي الدور=samy-al-dwr]"},
              {"قال الرئيس حسين حبري إن الملك الحسين زار", "[حسين حبري=hissene-habre][الحسين=king-hussein]"},
              // A known person's one-word alias that is the short form of someone this document named is that one.
              {"يطل النجم فايز المالكي على الجمهور. ويقول المالكي إن البرنامج ناجح",
               "[فايز المالكي=fayz-al-malky][المالكي=fayz-al-malky]"},
              {"وقال رئيس الوزراء نوري المالكي إن. وأضاف المالكي أن", "[نوري المالكي=nouri-al-maliki][المالكي=nouri-al-maliki]"},
              // A name whose first and last words are a known person's two-word name is that person.
              {"وقال وزير الخارجية عادل بن أحمد الجبير إن. وأضاف الجبير أن",
               "[عادل بن أحمد الجبير=adel-al-jubeir][الجبير=adel-al-jubeir]"},
              {"وقال الشيخ عبد الله الناصر إن", "[عبد الله الناصر=abd-allah-al-nasr]"}},
             "ar");
  check_rows({{"Akbar Hashemi Rafsanjani spoke. Rafsanjani said", "[Akbar Hashemi Rafsanjani=akbar-hashemi-rafsanjani][Rafsanjani=akbar-hashemi-rafsanjani]"},
              {"Defense Secretary Lloyd Austin said. Austin added", "[Lloyd Austin=lloyd-austin][Austin=lloyd-austin]"},
              {"Rick Wagoner, the chief, said. Wagoner told", "[Rick Wagoner=rick-wagoner][Wagoner=rick-wagoner]"}},
             "en");
  // A family name of three letters without the article is no short form: it is a verb as often ("سجل" scored).
  CHECK(found("وقال الأميركي كارميلو أنطوني سجل هدفا. وسجل اللاعب", "ar").find("وسجل=") == std::string::npos);
  CHECK(found("لدينا مشاريع كثيرة", "ar") == "");
  // Without the full name, a bare surname is not an actor.
  CHECK(found("وشدد الشمري على ذلك", "ar") == "");
  CHECK(found("Austin is a city.", "en") == "");
}

TEST_CASE("the same actor across languages is one actor", "[actors][identity]") {
  CHECK(found("لويد أوستن", "ar") == "[لويد أوستن=lloyd-austin]");
  CHECK(found("Lloyd Austin", "en") == "[Lloyd Austin=lloyd-austin]");
  CHECK(found("العراق Iraq", "ar") == "[العراق=iraq][Iraq=iraq]");
  CHECK(found("داعش تنظيم الدولة ISIS", "ar") == "[داعش=isis][تنظيم الدولة=isis][ISIS=isis]");
  CHECK(found("بوتين Putin", "ar") == "[بوتين=vladimir-putin][Putin=vladimir-putin]");
  // عبد and the name after it, written apart or together, are one lexicon name.
  CHECK(found("عبد الفتاح السيسي وعبدالفتاح السيسي", "ar") ==
        "[عبد الفتاح السيسي=abdel-fattah-el-sisi][عبدالفتاح السيسي=abdel-fattah-el-sisi]");
}

TEST_CASE("page furniture, months, weekdays and generic nouns are never actors", "[actors][noise]") {
  check_rows({{"هل أعجبك هذا المقال؟", ""},
              {"يرجى إدخال الأرقام *\n\nمميز\nمهم", ""},
              {"الخبراء والمسؤولون والمحللون", ""},
              {"في كانون الثاني/يناير وشباط والثلاثاء والجمعة", ""},
              {"وقال مسؤول إن", ""},
              // تم ("was done") ends a name: "منطقة آمنة تم الاتفاق عليها".
              {"منطقة آمنة تم الاتفاق عليها", ""},
              {"لصالح دولة منبوذة", ""},
              // An organisation head before a generic noun describes, it does not name.
              {"وتلعب دورا في حركة الأسعار صعودا وعلى جبهة البطالة تراجع", ""},
              // Idioms that start with a given name: حسن "good" + a noun.
              {"ومن حسن الحظ أن المطر توقف وقال حسن الطالع", ""},
              // لجان (committees) is not ل + the given name جان; ولد after عبد العزيز is "was born".
              {"استضافته إحدى لجان العمل السياسي", ""},
              // Place names that are common words too are places only after a place head (context_names in
              // places.json): القائم "existing", دوما "always", العسير "the difficult"; حديثه is "his talk", not حديثة.
              {"وفي حديثه إلى الصحفيين قال إن من العسير التنبؤ، واستدعى القائم بأعمال السفارة، فهو دوما حاضر", ""},
              // A name written without the article does not match a word with it: المشهد is "the scene", not Mashhad;
              // المبارك "the blessed", not Mubarak; الصور "the pictures", not Tyre. ديلي (Daily) is never Dili.
              {"في المشهد السياسي خلال رمضان المبارك نشرت الصور ديلي ميل", ""},
              {"زار مدينة مشهد ثم التقى مبارك في كابل", "[مشهد=mashhad][مبارك=hosni-mubarak][كابل=kabul]"},
              // ناديه is نادي + ه ("his club"), not the given name نادية.
              {"وفاز ناديه الأهلي بالكأس", "[الأهلي=al-ahly]"},
              {"وأشارت إلى أن عبد العزيز ولد في الكويت", "[الكويت=kuwait]"}},
             "ar");
  check_rows({{"التقى حسن روحاني بالوزير", "[حسن روحاني=hassan-rouhani]"}}, "ar");
  check_rows({{"Officials said on Monday in January.", ""},
              {"Experts and analysts said.", ""}},
             "en");
}

TEST_CASE("English case rules keep common words out", "[actors]") {
  CHECK(found("He told us about the jordan river and iraq.", "en") == "");
  CHECK(found("The US and the EU agreed.", "en") == "[US=united-states][EU=european-union]");
  CHECK(found("Ap and Afp are not acronyms here.", "en") == "");
}

TEST_CASE("a --lexicon adds actors and names", "[actors]") {
  ActorRecognizer r;
  r.add_lexicon(Json::parse(R"({"actors": [{"id": "tariq-al-shammari", "kind": "person",
      "labels": {"en": "Tariq al-Shammari", "ar": "طارق الشمري"}, "names": ["الشمري"]},
      {"id": "iraq", "names": ["بلاد الرافدين"]}]})"), "test.json");
  std::string got;
  for (const auto& m : r.find("قال المحلل السياسي طارق الشمري إن بلاد الرافدين", "ar")) got += "[" + m.text + "=" + m.actor + "]";
  CHECK(got == "[طارق الشمري=tariq-al-shammari][بلاد الرافدين=iraq]");
  CHECK(r.actor("tariq-al-shammari").kind == ActorKind::person);
  CHECK(r.actor("iraq").labels.at("ar") == "العراق");
  CHECK_THROWS_WITH(r.add_lexicon(Json::parse(R"({"actors": [{"id": "x", "kind": "alien"}]})"), "bad.json"),
                    "bad.json: unknown actor kind 'alien'");
}

TEST_CASE("mention spans lie inside the text on code-point boundaries", "[actors][fuzz]") {
  std::mt19937 rng(5);
  const std::u32string alphabet = U" وبالعراق الولايات المتحدة داعش Iraq US the Islamic State العراقيين ،.";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 50);
    for (int k = 0; k < len; ++k) append_utf8(text, rng() % 6 == 0 ? static_cast<char32_t>(0x20 + rng() % 0x600) : alphabet[rng() % alphabet.size()]);
    if (find_invalid_utf8(text)) continue;
    const std::size_t n = count_code_points(text);
    std::size_t previous = 0;
    for (const auto& m : actor_recognizer().find(text, "ar")) {
      REQUIRE(m.span.begin < m.span.end);
      REQUIRE(m.span.end <= n);
      REQUIRE(m.span.begin >= previous);
      previous = m.span.end;
      CHECK(m.text == std::string(substr_code_points(text, m.span.begin, m.span.end)));
    }
  }
}
