#!/usr/bin/env bash
# Whole-binary tests of chronograph, one case per ctest test:
#   cli_test.sh CASE CHRONOGRAPH SOURCE_DIR WORK_DIR
# "update" as CASE rewrites the golden files in tests/golden from the current binary.
set -u
case_name=$1
bin=$2
src=$3
work=$4
golden=$src/tests/golden

rm -rf "$work"
mkdir -p "$work"
cd "$src" || exit 2   # inputs are named relative to the project, so outputs do not depend on its path

fail() {
  echo "FAIL [$case_name]: $*" >&2
  exit 1
}

# expect_code WANT CMD...: runs CMD, stdout to $work/out, stderr to $work/err, checks the exit code.
expect_code() {
  local want=$1
  shift
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "--- stderr:" >&2
    cat "$work/err" >&2
    fail "'$*' exited $got, expected $want"
  fi
}

expect_line() {  # expect_line FILE TEXT: FILE has a line equal to TEXT
  grep -qxF -- "$2" "$1" || { echo "--- $1:" >&2; cat "$1" >&2; fail "no line '$2' in $1"; }
}

same() {  # same EXPECTED ACTUAL
  diff -u "$1" "$2" >&2 || fail "$2 differs from $1"
}

sample_queries() {  # the query transcript compared against tests/golden/queries.txt
  local g=$1
  for args in "path Mohammed-Shia-al-Sudani Iran" "path ISIS Kataib-Hezbollah" "neighbors Iraq" \
              "events --actor Kataib-Hezbollah --from 2024-01-29" "events --from 2014 --to 2014" \
              "actors --top 5 --by betweenness" "actors --top 5 --by mentions"; do
    echo "\$ chronograph query g.json $args"
    # shellcheck disable=SC2086
    "$bin" query "$g" $args
    echo "[exit $?]"
  done
  echo "\$ chronograph query g.json --format json path Iraq Iran"
  "$bin" query "$g" --format json path Iraq Iran
}

case $case_name in
update)
  "$bin" build samples -o "$golden/samples.graph.json" || exit 1
  sample_queries "$golden/samples.graph.json" >"$golden/queries.txt" 2>&1
  "$bin" annotate samples/articles >"$golden/annotate.jsonl" || exit 1
  "$bin" render "$golden/samples.graph.json" --view timeline -o "$golden/timeline.dot" || exit 1
  "$bin" render "$golden/samples.graph.json" --view relations --lang both -o "$golden/relations.dot" || exit 1
  echo "updated $golden"
  ;;

golden_samples)
  expect_code 0 "$bin" build samples -o "$work/g.json"
  same "$golden/samples.graph.json" "$work/g.json"
  # Deterministic: a second run gives the same bytes, also on stdout.
  expect_code 0 "$bin" build samples
  same "$work/g.json" "$work/out"
  ;;

golden_queries)
  expect_code 0 "$bin" build samples -o "$work/g.json"
  sample_queries "$work/g.json" >"$work/queries.txt" 2>&1
  same "$golden/queries.txt" "$work/queries.txt"
  ;;

annotate)
  expect_code 0 "$bin" annotate samples/articles
  same "$golden/annotate.jsonl" "$work/out"
  # A pure mapper: JSON Lines in on stdin, one object out per line, in order.
  "$bin" annotate - <samples/articles/ar-news.jsonl >"$work/stdin.jsonl" || fail "annotate from stdin"
  python3 - "$work/stdin.jsonl" <<'PY' || fail "annotate output"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["doc"] for r in rows] == ["ar-talks", "ar-strikes"], rows
for r in rows:
    for t in r["timexes"]:
        b, e = t["span"]
        assert r["text"][b:e] == t["text"], t
values = {t["value"] for t in rows[0]["timexes"]}
assert {"2024-01-27", "2014-09", "2014-06"} <= values, values
PY
  expect_code 0 "$bin" annotate samples/articles/en-strikes.html --format timeml
  python3 - "$work/out" <<'PY' || fail "timeml output"
import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
dct = doc.getElementsByTagName("DCT")[0].getElementsByTagName("TIMEX3")[0]
assert dct.getAttribute("tid") == "t0" and dct.getAttribute("value") == "2024-02-03"
timexes = doc.getElementsByTagName("TEXT")[0].getElementsByTagName("TIMEX3")
assert any(t.getAttribute("value") == "2024-01-28" for t in timexes), [t.toxml() for t in timexes]
PY
  mkdir -p "$work/tml"
  expect_code 0 "$bin" annotate samples/articles --format timeml --output-dir "$work/tml"
  [ "$(ls "$work/tml" | wc -l)" = 4 ] || fail "one .tml per document"
  expect_code 2 "$bin" annotate samples --format timeml --output-dir "$work/none"
  ;;

golden_dot)
  expect_code 0 "$bin" build samples -o "$work/g.json"
  expect_code 0 "$bin" render "$work/g.json" --view timeline -o "$work/timeline.dot"
  same "$golden/timeline.dot" "$work/timeline.dot"
  expect_code 0 "$bin" render "$work/g.json" --view relations --lang both --format dot
  same "$golden/relations.dot" "$work/out"
  ;;

render_outputs)
  expect_code 0 "$bin" build samples -o "$work/g.json"
  expect_code 0 "$bin" render "$work/g.json" --view timeline -o "$work/timeline.svg"
  expect_code 0 "$bin" render "$work/g.json" --view relations -o "$work/relations.svg"
  expect_code 0 "$bin" render "$work/g.json" --view timeline --lang ar -o "$work/timeline.png"
  expect_code 0 "$bin" render "$work/g.json" --view relations --lang both -o "$work/relations.pdf"
  expect_code 0 "$bin" render "$work/g.json" --view relations --actor Iran --depth 2 --format svg
  python3 - "$work" <<'PY' || fail "rendered files"
import sys, struct, xml.dom.minidom
w = sys.argv[1]
for name in ("timeline.svg", "relations.svg", "out"):
    doc = xml.dom.minidom.parse(f"{w}/{name}")
    assert doc.documentElement.tagName == "svg", name
    texts = [t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild]
    assert len(texts) > 5, name
    fonts = {t.getAttribute("font-family") for t in doc.getElementsByTagName("text")}
    assert any("Noto Naskh Arabic" in f for f in fonts), fonts
png = open(f"{w}/timeline.png", "rb").read()
assert png[:8] == b"\x89PNG\r\n\x1a\n"
width, height = struct.unpack(">II", png[16:24])
assert width > 1000 and height > 300 and len(png) > 50000, (width, height, len(png))
assert open(f"{w}/relations.pdf", "rb").read(5) == b"%PDF-"
PY
  ;;

render_errors)
  expect_code 0 "$bin" build samples -o "$work/g.json"
  echo '{"format": "gexf", "version": 1}' >"$work/wrong.json"
  expect_code 2 "$bin" render "$work/wrong.json" --view timeline -o "$work/a.svg"
  expect_line "$work/err" "chronograph: $work/wrong.json: not a chronograph graph: \"format\" is \"gexf\", expected \"chronograph-graph\""
  echo '{"format": "chronograph-graph", "version": 2}' >"$work/v2.json"
  expect_code 2 "$bin" render "$work/v2.json" --view relations -o "$work/a.svg"
  expect_code 2 "$bin" render "$work/g.json" --view sideways -o "$work/a.svg"
  expect_code 2 "$bin" render "$work/g.json" --view timeline --format gif -o "$work/a.svg"
  expect_code 2 "$bin" render "$work/g.json" --view timeline -o "$work/a.gif"
  expect_line "$work/err" "chronograph: cannot tell the format from '$work/a.gif': use --format svg|png|pdf|dot"
  expect_code 1 "$bin" render "$work/g.json" --view timeline --actor Atlantis -o "$work/a.svg"
  expect_line "$work/err" "chronograph: no actor matches 'Atlantis'"
  expect_code 1 "$bin" render "$work/g.json" --view timeline --from 1990 --to 1991 -o "$work/a.svg"
  expect_line "$work/err" "chronograph: no events match the filters"
  expect_code 1 "$bin" render "$work/g.json" --view relations --type no-such-type -o "$work/a.svg"
  expect_line "$work/err" "chronograph: no relations match the filters"
  [ ! -e "$work/a.svg" ] && [ ! -e "$work/a.gif" ] || fail "an output file was written"
  ls -a "$work" | grep -q '\.tmp-' && fail "temporary file left behind"
  true
  ;;

exports)
  expect_code 0 "$bin" build samples -o "$work/g.json"
  for f in graphml gexf jgf cytoscape timelinejs visjs dot; do
    expect_code 0 "$bin" export "$work/g.json" --to "$f" -o "$work/x.$f"
  done
  expect_code 2 "$bin" export "$work/g.json" --to svgz -o "$work/x.svgz"
  expect_line "$work/err" "chronograph: unknown export format 'svgz' (expected: cytoscape, dot, gexf, graphml, html, jgf, timelinejs, visjs)"
  [ ! -e "$work/x.svgz" ] || fail "wrote a file for an unknown format"
  python3 - "$work" <<'PY' || fail "export structure"
import json, sys, xml.dom.minidom
w = sys.argv[1]
g = json.load(open(f"{w}/g.json"))
na, nr = len(g["actors"]), len(g["relations"])
gm = xml.dom.minidom.parse(f"{w}/x.graphml").documentElement
assert gm.tagName == "graphml" and gm.getAttribute("xmlns") == "http://graphml.graphdrawing.org/xmlns"
assert len(gm.getElementsByTagName("node")) == na and len(gm.getElementsByTagName("edge")) == nr
assert {k.getAttribute("attr.name") for k in gm.getElementsByTagName("key")} >= {"label", "kind", "type", "weight"}
gx = xml.dom.minidom.parse(f"{w}/x.gexf").documentElement
assert gx.tagName == "gexf" and gx.getAttribute("version") == "1.3"
graph = gx.getElementsByTagName("graph")[0]
assert graph.getAttribute("mode") == "dynamic" and graph.getAttribute("timeformat") == "date"
assert len(gx.getElementsByTagName("node")) == na and len(gx.getElementsByTagName("edge")) == nr
assert all(e.getAttribute("source") and e.getAttribute("target") for e in gx.getElementsByTagName("edge"))
jgf = json.load(open(f"{w}/x.jgf"))["graph"]
assert isinstance(jgf["nodes"], dict) and len(jgf["nodes"]) == na and len(jgf["edges"]) == nr
assert all("metadata" in n for n in jgf["nodes"].values())
cy = json.load(open(f"{w}/x.cytoscape"))["elements"]
ids = {n["data"]["id"] for n in cy["nodes"]}
assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in cy["edges"])
tl = json.load(open(f"{w}/x.timelinejs"))
assert "headline" in tl["title"]["text"]
assert all("year" in e["start_date"] and "headline" in e["text"] for e in tl["events"])
vis = json.load(open(f"{w}/x.visjs"))
groups = {g["id"] for g in vis["groups"]}
assert all(i["group"] in groups and "start" in i and "content" in i for i in vis["items"])
assert open(f"{w}/x.dot").read().startswith("digraph relations {")
PY
  ;;

bad_input)
  d=$work/in
  mkdir -p "$d"
  printf 'Title\nbad \xff byte\n' >"$d/utf8.txt"
  : >"$d/empty.txt"
  printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$d/image.txt"
  printf '{"text": "good one"}\n{"text": "broken"\n{"text": "good two", "published": "2023-02-30"}\n{"date": "2020", "actors": ["A"], "colour": "red"}\n' >"$d/docs.jsonl"
  printf 'date,actors,type,summary,source\n2023-02-30,A;B,assault,bad date,\n2023-02-28,A;B,assault,good,\n' >"$d/events.csv"
  printf 'A fine article.\n' >"$d/fine.txt"
  expect_code 0 "$bin" build "$d" -o "$work/g.json"
  expect_line "$work/err" "chronograph: $d/utf8.txt:2: invalid UTF-8 at byte 10"
  expect_line "$work/err" "chronograph: $d/empty.txt: empty file"
  expect_line "$work/err" "chronograph: $d/image.txt: binary content, not text"
  expect_line "$work/err" "chronograph: $d/docs.jsonl:2: malformed JSON at byte 18 of the line"
  expect_line "$work/err" "chronograph: $d/docs.jsonl:3: impossible date '2023-02-30'"
  grep -q "^chronograph: $d/docs.jsonl:4: unknown field 'colour' in event record" "$work/err" || fail "unknown field not reported"
  expect_line "$work/err" "chronograph: $d/events.csv:2: impossible date '2023-02-30'"
  expect_line "$work/err" "chronograph: 7 input record(s) skipped (listed under \"skipped\")"
  # The rest was processed, and every skip is listed in the graph.
  python3 - "$work/g.json" "$d/" <<'PY' || fail "graph content"
import json, sys
g = json.load(open(sys.argv[1]))
assert [d["id"] for d in g["documents"]] == ["docs.jsonl#1", "fine.txt"], g["documents"]
assert [e["summary"] for e in g["events"]] == ["good"], g["events"]
assert len(g["skipped"]) == 7, g["skipped"]
assert all(s["source"].startswith(sys.argv[2]) and s["reason"] for s in g["skipped"]), g["skipped"]
PY
  ;;

strict)
  d=$work/in
  mkdir -p "$d"
  printf 'date,actors,type,summary,source\n2023-02-30,A,assault,bad,\n' >"$d/events.csv"
  echo '{"old": true}' >"$work/g.json"
  expect_code 2 "$bin" --strict build "$d" -o "$work/g.json"
  expect_line "$work/err" "chronograph: 1 input record(s) skipped; --strict: no graph written"
  same <(echo '{"old": true}') "$work/g.json"
  expect_code 0 "$bin" --strict build samples/events.csv -o "$work/ok.json"
  ;;

atomic_output)
  expect_code 2 "$bin" build samples -o "$work/no/such/dir/g.json"
  expect_line "$work/err" "chronograph: $work/no/such/dir: cannot write: no such directory"
  [ ! -e "$work/no" ] || fail "created a directory"
  # A missing input is reported (exit 2) but the rest is still built and written.
  expect_code 2 "$bin" build samples/events.csv "$work/missing.csv" -o "$work/g.json"
  expect_line "$work/err" "chronograph: $work/missing.csv: no such file or directory"
  [ -s "$work/g.json" ] || fail "no graph written"
  ls -a "$work" | grep -q '\.tmp-' && fail "temporary file left behind"
  true
  ;;

query_errors)
  expect_code 0 "$bin" build samples -o "$work/g.json"
  expect_code 1 "$bin" query "$work/g.json" neighbors Atlantis
  expect_line "$work/err" "chronograph: no actor matches 'Atlantis'"
  expect_code 1 "$bin" query "$work/g.json" events --type nonexistent-type
  expect_code 0 "$bin" query "$work/g.json" --format json events --type establish
  python3 -c "import json,sys; d=json.load(open('$work/out')); assert d['events'][0]['id']=='coalition-formed'" ||
    fail "json events"
  echo '{"format": "gexf", "version": 1}' >"$work/wrong.json"
  expect_code 2 "$bin" query "$work/wrong.json" actors
  expect_line "$work/err" "chronograph: $work/wrong.json: not a chronograph graph: \"format\" is \"gexf\", expected \"chronograph-graph\""
  echo '{"format": "chronograph-graph", "version": 9}' >"$work/v9.json"
  expect_code 2 "$bin" query "$work/v9.json" actors
  expect_line "$work/err" "chronograph: $work/v9.json: unsupported graph version 9, this chronograph reads version 1"
  printf '{"format": "chronograph-graph",\n "version": 1,\n "actors": [}\n' >"$work/broken.json"
  expect_code 2 "$bin" query "$work/broken.json" actors
  expect_line "$work/err" "chronograph: $work/broken.json:3: malformed JSON in graph file"
  expect_code 2 "$bin" query "$work/g.json" events --from 2023-02-30
  expect_line "$work/err" "chronograph: --from: impossible date '2023-02-30'"
  expect_code 2 "$bin" query "$work/g.json" teleport
  expect_code 2 "$bin" query "$work/g.json" actors --by charm
  # Ambiguous: two actors share an alias.
  printf '{"date": "2020", "actors": [{"name": "Georgia", "id": "georgia-country"}, {"name": "Georgia", "id": "georgia-us-state"}]}\n' >"$work/amb.jsonl"
  expect_code 0 "$bin" build "$work/amb.jsonl" -o "$work/amb.json"
  expect_code 2 "$bin" query "$work/amb.json" neighbors georgia
  grep -q "ambiguous" "$work/err" || fail "ambiguity not reported"
  expect_line "$work/err" "  Georgia (georgia-us-state, other)"
  ;;

append_merge)
  expect_code 0 "$bin" build samples/events.csv -o "$work/g.json"
  expect_code 0 "$bin" build samples/events.jsonl samples/articles -o "$work/g.json" --append
  expect_code 0 "$bin" build samples/events.csv samples/events.jsonl samples/articles -o "$work/one.json"
  same "$work/one.json" "$work/g.json"
  # Appending the same shard again changes nothing (idempotent), and graphs merge as inputs too.
  expect_code 0 "$bin" build samples/events.csv -o "$work/g.json" --append
  same "$work/one.json" "$work/g.json"
  expect_code 0 "$bin" build samples/events.csv -o "$work/a.json"
  expect_code 0 "$bin" build samples/events.jsonl samples/articles -o "$work/b.json"
  expect_code 0 "$bin" build "$work/b.json" "$work/a.json" -o "$work/merged.json"
  same "$work/one.json" "$work/merged.json"
  # A corpus split across processes: annotate each shard apart (JSON Lines), build from the shards in any order;
  # the graph equals one build over the articles, extracted events and actors included.
  "$bin" annotate samples/articles/ar-news.jsonl >"$work/s1.jsonl" 2>"$work/err" || fail "annotate shard 1"
  "$bin" annotate samples/articles/en-strikes.html samples/articles/en-talks-open.html >"$work/s2.jsonl" 2>"$work/err" || fail "annotate shard 2"
  expect_code 0 "$bin" build "$work/s2.jsonl" "$work/s1.jsonl" -o "$work/from-shards.json"
  expect_code 0 "$bin" build samples/articles -o "$work/direct.json"
  same "$work/direct.json" "$work/from-shards.json"
  python3 - "$work/direct.json" <<'PY' || fail "the shards' graph has no extracted events"
import json, sys
g = json.load(open(sys.argv[1]))
assert len(g["events"]) >= 5 and all(e["evidence"] for e in g["events"]), len(g["events"])
PY
  expect_code 2 "$bin" build samples/events.csv --append
  expect_line "$work/err" "chronograph: --append needs -o/--output naming the graph to merge into"
  ;;

stdin_jsonl)
  "$bin" build - <samples/articles/ar-news.jsonl >"$work/out" 2>"$work/err" || fail "stdin build failed"
  python3 - "$work/out" <<'PY' || fail "stdin graph"
import json, sys
g = json.load(open(sys.argv[1]))
assert [d["id"] for d in g["documents"]] == ["ar-strikes", "ar-talks"], g["documents"]
assert g["documents"][0]["language"] == "ar" and g["documents"][0]["published"] == "2024-02-04"
PY
  ;;

help_exit)
  expect_code 0 "$bin" --help
  grep -q "build" "$work/out" || fail "help lists no build"
  expect_code 0 "$bin" query --help
  expect_code 2 "$bin"
  expect_code 2 "$bin" build
  expect_code 2 "$bin" build samples --lang xx
  expect_code 2 "$bin" build samples --dct 2024-13-01
  expect_line "$work/err" "chronograph: --dct: impossible date '2024-13-01'"
  ;;

timeline)
  # Entity timelines from the sample articles: the actor stage's names count (US forces are the United States).
  expect_code 0 "$bin" timeline samples/articles --entity "United States" --entity "Kataib Hezbollah" -q
  expect_line "$work/out" "United States"
  expect_line "$work/out" "Kataib Hezbollah"
  grep -qP '^\d+\t2024-02-02\ten-strikes.html-2-struck$' "$work/out" || { cat "$work/out" >&2; fail "no dated strike"; }
  grep -qP '^\d+\t2024-01-30\ten-strikes.html-5-said$' "$work/out" || fail "no statement of Kataib Hezbollah"
  cp "$work/out" "$work/first"
  expect_code 0 "$bin" timeline samples/articles --entity "United States" --entity "Kataib Hezbollah" -q
  same "$work/first" "$work/out"
  # JSON with each event's sentence; a file written whole.
  expect_code 0 "$bin" timeline samples/articles --entity "Kataib Hezbollah" --format json -o "$work/t.json" -q
  # The Arabic and English reports of the 30 January statement share a date; كتائب حزب الله is Kataib Hezbollah.
  python3 -c "import json,sys; t=json.load(open(sys.argv[1])); ev=[(l['date'],e['doc'],e['text']) for l in t['timelines'][0]['lines'] for e in l['events']]; assert t['format']=='chronograph-timelines' and ('2024-01-30','en-strikes.html','Kataib Hezbollah said on January 30 that it was suspending its attacks on US forces.') in ev and any(d=='2024-01-30' and doc=='ar-strikes' for d,doc,_ in ev), ev" "$work/t.json" ||
    fail "bad timeline JSON"
  expect_code 2 "$bin" timeline samples/articles
  expect_code 2 "$bin" timeline samples/articles --entity " "
  # An input that cannot be read: the rest is processed, the exit code says so (also for annotate).
  expect_code 2 "$bin" timeline samples/articles no-such-file.txt --entity "Kataib Hezbollah" -q
  expect_line "$work/out" "Kataib Hezbollah"
  grep -q "no-such-file.txt: no such file or directory" "$work/err" || fail "the unreadable input is not named"
  expect_code 2 "$bin" annotate samples/articles/en-strikes.html no-such-file.txt
  [ -s "$work/out" ] || fail "annotate wrote nothing for the readable input"
  ;;

*)
  fail "unknown case"
  ;;
esac
echo "ok [$case_name]"
