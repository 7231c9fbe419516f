#!/usr/bin/env bash
# make interop: the exports read by the tools analysts load them with.
# Builds marsad, loads the demo corpus into a fresh store, exports every
# format and checks each with an outside reader: GDAL's ogrinfo (Debian
# gdal-bin, installed here when missing and run as root) for GeoJSON and the
# ACLED CSV, Python's csv and json for the rest. Fails on the first problem.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v ogrinfo >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then
		apt-get install -y --no-install-recommends gdal-bin >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends gdal-bin >/dev/null; }
	else
		echo "interop: ogrinfo (Debian gdal-bin) is missing; install it or run as root" >&2
		exit 1
	fi
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/marsad" ./cmd/marsad
"$dir/marsad" ingest --db "$dir/m.db" internal/demo/corpus >/dev/null 2>&1
for f in jsonl stories-jsonl acled-csv plover-jsonl geojson; do
	"$dir/marsad" export --db "$dir/m.db" --format "$f" >"$dir/out.$f" 2>"$dir/err.$f"
	echo "interop: $f: $(cat "$dir/err.$f" 2>/dev/null | tr -d '\n')"
done
cp "$dir/out.geojson" "$dir/events.geojson"
cp "$dir/out.acled-csv" "$dir/events.csv"

# GeoJSON: GDAL reads points in EPSG:4326, `date` as a Date, every feature.
info=$(ogrinfo -ro -al -so "$dir/events.geojson")
echo "$info" | grep -q 'Geometry: Point' || { echo "interop: geojson: not points"; exit 1; }
echo "$info" | grep -q 'ID\["EPSG",4326\]' || { echo "interop: geojson: not EPSG:4326"; exit 1; }
echo "$info" | grep -q '^date: Date' || { echo "interop: geojson: GDAL does not read date as a Date"; echo "$info" | grep '^date'; exit 1; }
features=$(echo "$info" | sed -n 's/^Feature Count: //p')
echo "interop: geojson: ogrinfo reads $features points, date as Date"

# ACLED CSV: GDAL and Python read every row; each is dated and placed, the
# country is a name with its ISO numeric code and region.
rows=$(ogrinfo -ro -q "$dir/events.csv" -sql "SELECT COUNT(*) FROM events" | sed -n 's/.*COUNT_\* (Integer) = //p')
python3 - "$dir/events.csv" "$rows" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
assert len(rows) == int(sys.argv[2]), ("GDAL and Python count rows differently", len(rows), sys.argv[2])
for r in rows:
    assert r["event_date"] and len(r["event_date"]) == 10, r["event_id_cnty"]
    assert r["latitude"] and r["longitude"] and r["location"], r["event_id_cnty"]
    assert r["iso"].isdigit() and r["region"] and len(r["country"]) > 2, (r["event_id_cnty"], r["iso"], r["country"])
    assert not r["interaction"] or r["inter1"], r["event_id_cnty"]
print(f"interop: acled-csv: ogrinfo and Python read {len(rows)} rows, all dated and placed")
PY

# PLOVER: every line a record with the manual's required fields.
python3 - "$dir/out.plover-jsonl" <<'PY'
import json, re, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    for k in ("id", "date", "actor", "event"):
        assert k in r, (k, r.get("id"))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]), r["id"]
    assert all("entity_text" in a for a in r["actor"] + r["recipient"]), r["id"]
    ti = r["text_info"]
    assert 0 <= ti["start"] <= ti["end"], r["id"]
    n += 1
print(f"interop: plover-jsonl: {n} records with id, date, actor, event")
PY

# The contract's JSON Lines: one record per line, spans inside the text.
python3 - "$dir/out.jsonl" <<'PY'
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    b = a["text"].encode("utf-8")
    for key in ("entities", "places", "quantities", "times", "claims"):
        for s in a[key]:
            assert b[s["start"]:s["end"]].decode("utf-8") == s["text"], (a["id"], key, s["text"])
    n += 1
print(f"interop: jsonl: {n} records, every span inside its text")
PY
echo "interop: ok"
