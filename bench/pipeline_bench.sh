#!/usr/bin/env bash
# The whole pipeline (read -> annotate -> build -> graph JSON) on the two corpora of the speed target, one core,
# side by side: every program given is run ROUNDS times on each corpus, interleaved, so that the machine's noise
# falls on all of them alike. Prints each run, then per program and corpus the best and median time, the
# throughput of the best run on the input bytes (and, for Reuters, on the story text) and the peak RSS.
#   bench/pipeline_bench.sh ROUNDS SHARED_DIR PROGRAM [PROGRAM...]
#   bench/pipeline_bench.sh 5 ../shared build/chronograph /tmp/old-chronograph
set -euo pipefail
rounds=$1 shared=$2
shift 2
sn="$shared/corpus/saudinewsnet/saudinewsnet_political_subset.jsonl"
reuters=("$shared"/corpus/reuters21578/*.sgm)
[ -f "$sn" ] && [ -f "${reuters[0]}" ] || { echo "corpora not found under $shared/corpus" >&2; exit 2; }
sn_bytes=$(stat -c %s "$sn")
reuters_bytes=$(cat "${reuters[@]}" | wc -c)
reuters_text=8.5  # MB of story text (<TITLE>, <DATELINE>, <BODY>) in the ten files, measured once
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
results="$out/results"
for ((r = 1; r <= rounds; r++)); do
  for program in "$@"; do
    for corpus in saudinewsnet reuters; do
      if [ $corpus = saudinewsnet ]; then inputs=("$sn"); else inputs=("${reuters[@]}"); fi
      /usr/bin/time -o "$out/time" -f "%e %M" "$program" build "${inputs[@]}" -o "$out/graph.json" >/dev/null 2>"$out/log"
      echo "$program $corpus $(tail -1 "$out/time")" | tee -a "$results"
    done
  done
done
echo
python3 - "$results" "$sn_bytes" "$reuters_bytes" "$reuters_text" <<'PY'
import sys, statistics, collections
path, sn_bytes, r_bytes, r_text = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
runs = collections.defaultdict(list)
for line in open(path):
    program, corpus, seconds, rss = line.split()
    runs[(program, corpus)].append((float(seconds), int(rss)))
for (program, corpus), values in runs.items():
    times = [t for t, _ in values]
    best, median, peak = min(times), statistics.median(times), max(m for _, m in values) / 1024
    size = sn_bytes if corpus == "saudinewsnet" else r_bytes
    text = f", {r_text / best:.1f} MB/s of story text" if corpus == "reuters" else ""
    print(f"{program} {corpus}: best {best:.2f} s, median {median:.2f} s; best = {size / 1e6 / best:.1f} MB/s of input{text}; peak RSS {peak:.0f} MiB")
PY
