#include <catch2/catch.hpp>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/eval/event_eval.hpp"

using namespace chronograph;

namespace {

// A MEANTIME-shaped document of our own: "Iraq condemned the attack ." with Iraq (LOC) taking part in the
// condemnation, which the DCT includes, and "the attack" (no actor type) taking part too.
const char* kDoc = R"(<Document doc_id="77" url="x">
<token t_id="1" sentence="0" number="0">Iraq</token>
<token t_id="2" sentence="0" number="1">condemned</token>
<token t_id="3" sentence="0" number="2">the</token>
<token t_id="4" sentence="0" number="3">attack</token>
<token t_id="5" sentence="0" number="4">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="9" type="DATE" value="2024-01-29"/>
<EVENT_MENTION m_id="10" pred="condemn"><token_anchor t_id="2"/></EVENT_MENTION>
<ENTITY_MENTION m_id="11" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="12" syntactic_type="NOM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY ent_type="LOC" m_id="13"/>
<ENTITY ent_type="PRO" m_id="14"/>
</Markables>
<Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="10"/><target m_id="11"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="2" sem_role="Arg1"><source m_id="10"/><target m_id="12"/></HAS_PARTICIPANT>
<REFERS_TO r_id="3"><source m_id="11"/><target m_id="13"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="12"/><target m_id="14"/></REFERS_TO>
<TLINK r_id="5" reltype="IS_INCLUDED"><source m_id="10"/><target m_id="9"/></TLINK>
</Relations>
</Document>)";

}  // namespace

TEST_CASE("MEANTIME triples: gold from participants and anchors, scored against our events", "[events][eval]") {
  const TripleDocument doc = read_meantime_triples(kDoc, "t.xml");
  CHECK(doc.id == "77");
  REQUIRE(doc.tokens.size() == 5);
  REQUIRE(doc.gold.size() == 2);
  CHECK(doc.gold[0].event_begin == 1);
  CHECK(doc.gold[0].entity_begin == 0);
  CHECK(doc.gold[0].entity_end == 1);
  CHECK(doc.gold[0].time == "2024-01-29");
  CHECK(doc.gold[0].actor);
  CHECK_FALSE(doc.gold[1].actor);  // a product-typed participant: not an actor

  const TripleCounts c = score_triples(doc, actor_recognizer());
  CHECK(c.gold == 1);
  CHECK(c.pair_gold == 1);
  CHECK(c.system >= 1);
  CHECK(c.gold_found == 1);  // Iraq, condemned, dated by the DCT (a speech act)
  CHECK(c.pair_gold_found == 1);
  CHECK(c.system_correct >= 1);

  // The event-word reading: "condemned" and "attack" both lie in Iraq's window; only the first is a gold triple.
  const TripleCounts w = score_word_triples(doc);
  CHECK(w.system == 2);
  CHECK(w.system_correct == 1);
  CHECK(w.gold_found == 1);
  CHECK(w.pair_gold_found == 1);

  CHECK_THROWS_WITH(read_meantime_triples("<Document doc_id=\"1\"><token t_id=\"1\" sentence=\"0\">x", "bad.xml"),
                    Catch::Contains("bad.xml"));
}
