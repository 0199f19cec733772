#include <catch2/catch.hpp>

#include <sstream>

#include "chronograph/error.hpp"
#include "chronograph/export/export.hpp"
#include "chronograph/pipeline.hpp"
#include "chronograph/temporal/calendar.hpp"
#include "support/samples.hpp"

using namespace chronograph;

namespace {

const Graph& samples() { return chronograph::testing::sample_graph(); }

std::string run(const std::string& format) {
  std::ostringstream out;
  make_exporter(format)->write(samples(), {}, out);
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the factory knows every format and names them when asked for another", "[export]") {
  CHECK(exporter_names() == std::vector<std::string>{"cytoscape", "dot", "gexf", "graphml", "html", "jgf", "timelinejs", "visjs"});
  CHECK_THROWS_WITH(make_exporter("svgz"),
                    "unknown export format 'svgz' (expected: cytoscape, dot, gexf, graphml, html, jgf, timelinejs, visjs)");
}

TEST_CASE("GraphML and GEXF hold every actor and relation", "[export]") {
  const auto& d = samples().data();
  const std::string graphml = run("graphml");
  CHECK(graphml.find("<graphml") != std::string::npos);
  CHECK(count(graphml, "<node ") == d.actors.size());
  CHECK(count(graphml, "<edge ") == d.relations.size());
  const std::string gexf = run("gexf");
  CHECK(gexf.find("<gexf xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(gexf.find("mode=\"dynamic\"") != std::string::npos);
  CHECK(count(gexf, "<node ") == d.actors.size());
  CHECK(count(gexf, "<edge ") == d.relations.size());
  CHECK(gexf.find("start=\"2014-09-01\"") != std::string::npos);
  CHECK(gexf.find("lastmodifieddate=") == std::string::npos);  // curated events only: no article, and never today
  GraphBuilder with_article;
  with_article.add_graph(d);
  Document article;
  article.id = "a";
  article.published = parse_day("2024-02-04");
  with_article.add_document(article);
  std::ostringstream out;
  make_exporter("gexf")->write(Graph(with_article.build()), {}, out);
  CHECK(out.str().find("lastmodifieddate=\"2024-02-04\"") != std::string::npos);  // the newest article
}

TEST_CASE("JSON Graph Format v2 and Cytoscape.js elements", "[export]") {
  const auto& d = samples().data();
  const auto jgf = Json::parse(run("jgf"));
  CHECK(jgf.at("graph").at("nodes").size() == d.actors.size());
  CHECK(jgf.at("graph").at("nodes").at("iraq").at("metadata").at("kind") == "country");
  CHECK(jgf.at("graph").at("edges").size() == d.relations.size());
  const auto& edge = jgf.at("graph").at("edges").at(0);
  for (const char* key : {"source", "target", "relation", "directed", "metadata"}) CHECK(edge.contains(key));
  const auto cy = Json::parse(run("cytoscape"));
  CHECK(cy.at("elements").at("nodes").size() == d.actors.size());
  CHECK(cy.at("elements").at("edges").at(0).at("data").contains("source"));
  CHECK(cy.at("elements").at("nodes").at(0).at("data").contains("label"));
}

TEST_CASE("TimelineJS slides set date parts only to the known granularity", "[export]") {
  const auto tl = Json::parse(run("timelinejs"));
  const auto& events = tl.at("events");
  auto slide = [&](const std::string& id) {
    for (const auto& e : events)
      if (e.at("unique_id") == id) return e;
    FAIL("no slide " << id);
    return events.at(0);
  };
  CHECK(slide("coalition-formed").at("start_date") == Json{{"year", 2014}, {"month", 9}});
  CHECK(slide("talks-open").at("start_date") == Json{{"year", 2024}, {"month", 1}, {"day", 27}});
  CHECK(slide("talks-open").at("display_date") == "27 كانون الثاني/يناير");
  CHECK(slide("militia-attacks").at("end_date") == Json{{"year", 2024}, {"month", 2}});
  CHECK(slide("advise-assist").at("start_date") == Json{{"year", 2018}});
  CHECK(slide("advise-assist").at("display_date") == "since 2018-01-01");
  CHECK(slide("us-strikes").at("group") == "United States");
  CHECK(tl.at("title").at("text").at("text") == "17 dated events, 3 without a calendar date not shown");
}

TEST_CASE("vis-timeline items and groups", "[export]") {
  const auto vis = Json::parse(run("visjs"));
  const auto& items = vis.at("items");
  CHECK(items.size() == 17);
  for (const auto& item : items) {
    CHECK(item.contains("start"));
    CHECK((item.at("type") == "point" || item.at("type") == "range"));
    if (item.at("type") == "range") CHECK(item.contains("end"));
  }
  CHECK(items.at(0).at("end") == "2014-07-01");  // June 2014, with vis-timeline's exclusive end
  bool has_us = false;
  for (const auto& g : vis.at("groups")) has_us |= g.at("id") == "united-states";
  CHECK(has_us);
}
