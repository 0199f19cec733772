#include <catch2/catch.hpp>

#include "chronograph/error.hpp"
#include "chronograph/temporal/calendar.hpp"

using namespace chronograph;

TEST_CASE("civil dates round-trip through day numbers", "[temporal]") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(format_day(days_from_civil(2024, 2, 29)) == "2024-02-29");
  for (Day d = days_from_civil(1899, 12, 25); d < days_from_civil(2101, 1, 5); d += 13) {
    int y = 0, m = 0, dd = 0;
    civil_from_days(d, y, m, dd);
    REQUIRE(days_from_civil(y, m, dd) == d);
    REQUIRE(parse_day(format_day(d)) == d);
  }
  CHECK(iso_weekday(days_from_civil(2024, 1, 27)) == 6);  // a Saturday
}

TEST_CASE("TIMEX3 values map to inclusive spans", "[temporal]") {
  struct Row {
    const char* value;
    const char* start;
    const char* end;
    Granularity granularity;
  };
  const Row rows[] = {
      {"2014", "2014-01-01", "2014-12-31", Granularity::year},
      {"2014-09", "2014-09-01", "2014-09-30", Granularity::month},
      {"2024-02", "2024-02-01", "2024-02-29", Granularity::month},
      {"2023-02", "2023-02-01", "2023-02-28", Granularity::month},
      {"2014-09-10", "2014-09-10", "2014-09-10", Granularity::day},
      {"1987-02-26TNI", "1987-02-26", "1987-02-26", Granularity::time},
      {"2013-03-22T14:30", "2013-03-22", "2013-03-22", Granularity::time},
      {"1987-W12", "1987-03-16", "1987-03-22", Granularity::week},
      {"2015-W53", "2015-12-28", "2016-01-03", Granularity::week},
      {"2014-SU", "2014-06-01", "2014-08-31", Granularity::season},
      {"2023-WI", "2023-12-01", "2024-02-29", Granularity::season},
      {"2014-Q3", "2014-07-01", "2014-09-30", Granularity::quarter},
      {"2014-H1", "2014-01-01", "2014-06-30", Granularity::half},
      {"201", "2010-01-01", "2019-12-31", Granularity::decade},
      {"19", "1900-01-01", "1999-12-31", Granularity::century},
      // Before the Common Era, in astronomical years (1 BC is year 0): 586 BC, the years 599-500 BC, 99-1 BC.
      {"BC0586", "-0585-01-01", "-0585-12-31", Granularity::year},
      {"BC05", "-0598-01-01", "-0499-12-31", Granularity::century},
      {"BC00", "-0098-01-01", "0000-12-31", Granularity::century},
  };
  for (const auto& row : rows) {
    INFO(row.value);
    auto span = span_of_value(row.value);
    REQUIRE(span);
    CHECK(format_day(span->start) == row.start);
    CHECK(format_day(span->end) == row.end);
    CHECK(span->granularity == row.granularity);
  }
}

TEST_CASE("values without a fixed span give no interval", "[temporal]") {
  for (const char* v : {"XXXX-01-27", "P3Y", "PXD", "PAST_REF", "FUTURE_REF", "PRESENT_REF", "2014-XX"}) {
    INFO(v);
    CHECK_FALSE(span_of_value(v));
  }
  auto present = span_of_value("PRESENT_REF", parse_day("2024-02-05"));
  REQUIRE(present);
  CHECK(format_day(present->start) == "2024-02-05");
}

TEST_CASE("impossible and malformed dates are errors that name the value", "[temporal]") {
  struct Row {
    const char* value;
    const char* message;
  };
  const Row rows[] = {
      {"2023-02-30", "impossible date '2023-02-30'"},
      {"2023-13", "impossible date '2023-13'"},
      {"2024-00-10", "impossible date '2024-00-10'"},
      {"2023-02-29", "impossible date '2023-02-29'"},
      {"2014-W54", "impossible week '2014-W54'"},
      {"2014-09-10T25:00", "impossible time '2014-09-10T25:00'"},
      {"yesterday", "not a TIMEX3 date value: 'yesterday'"},
      {"2014/09", "not a TIMEX3 date value: '2014/09'"},
      {"BC586", "not a TIMEX3 date value: 'BC586'"},
      {"BC0000", "not a TIMEX3 date value: 'BC0000'"},
  };
  for (const auto& row : rows) {
    INFO(row.value);
    try {
      (void)span_of_value(row.value);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(std::string(e.what()) == row.message);
    }
  }
  CHECK_THROWS_AS(parse_day("2023-02-30"), Error);
  CHECK_THROWS_AS(parse_day("2023-2-3"), Error);
  CHECK_THROWS_AS(parse_day("0585-01-01-"), Error);
  CHECK_THROWS_AS(parse_day("-585-01-01"), Error);
  CHECK_THROWS_AS(parse_day("20240-01-01"), Error);  // five digits need their sign
}

TEST_CASE("years before the Common Era round-trip as ISO 8601 expanded years", "[temporal]") {
  CHECK(format_day(days_from_civil(-585, 1, 1)) == "-0585-01-01");
  CHECK(parse_day("-0585-01-01") == days_from_civil(-585, 1, 1));
  CHECK(parse_day("+10000-03-01") == days_from_civil(10000, 3, 1));
  for (Day d = days_from_civil(-3000, 2, 27); d < days_from_civil(50, 1, 1); d += 997) REQUIRE(parse_day(format_day(d)) == d);
  CHECK_THROWS_AS(parse_day("-0585-02-30"), Error);
}

TEST_CASE("publication dates accept ISO dates with times", "[temporal]") {
  CHECK(format_day(*parse_publication_date("2024-02-05")) == "2024-02-05");
  CHECK(format_day(*parse_publication_date("2015-07-21 02:51:32")) == "2015-07-21");
  CHECK(format_day(*parse_publication_date("2024-01-28T09:30:00Z")) == "2024-01-28");
  CHECK_FALSE(parse_publication_date("Jan 28, 2024"));
  CHECK_THROWS_AS(parse_publication_date("2023-02-30T10:00"), Error);
}
