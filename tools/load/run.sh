#!/usr/bin/env bash
# make load: p50/p99 per route of `marsad serve` under 16 clients, idle and
# while an ingest runs. The store holds the first 2,000 articles of the news
# sample (../shared, reserved days left out) when it is there, else the
# demo corpus; the ingest adds the next 500.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
secs=${LOAD_SECONDS:-30}
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$dir"' EXIT
go build -o "$dir/marsad" ./cmd/marsad
go build -o "$dir/load" ./tools/load
sample="$shared/data/arabic-news-sample/articles.jsonl"
if [ -f "$sample" ]; then
	python3 - "$sample" "$dir" <<'PY'
import json, sys
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = (json.loads(line).get("date") or "")[:10]
    if "2018-04-08" <= d <= "2018-04-10" or "2018-05-12" <= d <= "2018-05-14":
        continue
    rows.append(line)
open(sys.argv[2] + "/base.jsonl", "w", encoding="utf-8").writelines(rows[:2000])
open(sys.argv[2] + "/more.jsonl", "w", encoding="utf-8").writelines(rows[2000:2500])
PY
	base="$dir/base.jsonl"; more="$dir/more.jsonl"
else
	base=internal/demo/corpus; more=""
fi
"$dir/marsad" ingest --db "$dir/m.db" "$base" 2>&1 | tail -1
"$dir/marsad" serve --db "$dir/m.db" --addr 127.0.0.1:18088 >/dev/null 2>&1 &
for _ in $(seq 50); do curl -sf http://127.0.0.1:18088/api/outlets >/dev/null 2>&1 && break; sleep 0.2; done
"$dir/load" --url http://127.0.0.1:18088 --clients 16 --for "${secs}s" --label idle
if [ -n "$more" ]; then
	"$dir/marsad" ingest --db "$dir/m.db" "$more" >/dev/null 2>&1 &
	"$dir/load" --url http://127.0.0.1:18088 --clients 16 --for "${secs}s" --label "while ingesting 500 articles"
fi
