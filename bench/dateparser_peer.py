#!/usr/bin/env python3
"""The peer for bench_temporal: Debian's python3-dateparser `search_dates` on the first N documents of a
JSON Lines corpus, timed inside the process (start-up excluded). Usage: dateparser_peer.py CORPUS.jsonl N"""
import json
import sys
import time

from dateparser.search import search_dates

path, n = sys.argv[1], int(sys.argv[2])
texts = []
with open(path, encoding="utf-8") as f:
    for line in f:
        if len(texts) >= n:
            break
        record = json.loads(line)
        texts.append(record.get("content") or record.get("text") or "")
size = sum(len(t.encode("utf-8")) for t in texts)
search_dates("warm-up 2024", languages=["ar"])
start = time.perf_counter()
found = 0
for t in texts:
    found += len(search_dates(t, languages=["ar"]) or [])
seconds = time.perf_counter() - start
print(f"dateparser search_dates on {len(texts)} documents ({size / 1e6:.2f} MB): {seconds:.2f} s, "
      f"{size / 1e6 / seconds:.3f} MB/s, {found} dates")
