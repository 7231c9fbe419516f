GO      ?= go
BIN     := bin/marsad
DB      ?= marsad.db
ADDR    ?= 127.0.0.1:8080
SHARED  ?= ../shared
GOFLAGS_BUILD := -trimpath

.PHONY: build run test vet fmt-check tidy-check eval bench fuzz train gazetteer gazetteer-points interop load screenshots clean vendor browser-deps browser-test

build:
	CGO_ENABLED=0 $(GO) build $(GOFLAGS_BUILD) -o $(BIN) ./cmd/marsad

run: build
	./$(BIN) serve --demo --db $(DB) --addr $(ADDR)

test: vet fmt-check tidy-check
	$(GO) test -race -count=1 ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

tidy-check:
	@cp go.mod /tmp/marsad.go.mod.bak; cp go.sum /tmp/marsad.go.sum.bak; \
	$(GO) mod tidy; \
	if ! cmp -s go.mod /tmp/marsad.go.mod.bak || ! cmp -s go.sum /tmp/marsad.go.sum.bak; then \
		echo "go mod tidy changes go.mod/go.sum: run it and commit"; \
		cp /tmp/marsad.go.mod.bak go.mod; cp /tmp/marsad.go.sum.bak go.sum; exit 1; fi

eval:
	$(GO) run ./cmd/marsad-eval --data $(SHARED)/data

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

fuzz:
	$(GO) test ./internal/text -run='^$$' -fuzz=FuzzTokenize -fuzztime=30s
	$(GO) test ./internal/text -run='^$$' -fuzz=FuzzSentences -fuzztime=30s
	$(GO) test ./internal/web -run='^$$' -fuzz=FuzzHighlight -fuzztime=30s
	$(GO) test ./internal/api -run='^$$' -fuzz=FuzzReadIngest -fuzztime=30s
	$(GO) test ./internal/extract/entity -run='^$$' -fuzz=FuzzExtract -fuzztime=30s
	$(GO) test ./internal/extract/place -run='^$$' -fuzz=FuzzResolve -fuzztime=30s
	$(GO) test ./internal/extract/claim -run='^$$' -fuzz=FuzzExtract -fuzztime=30s
	$(GO) test ./internal/event -run='^$$' -fuzz=FuzzExtract -fuzztime=30s
	$(GO) test ./internal/story -run='^$$' -fuzz=FuzzAdd -fuzztime=30s
	$(GO) test ./internal/reconcile -run='^$$' -fuzz=FuzzCompare -fuzztime=30s
	$(GO) test ./internal/pipeline -run='^$$' -fuzz=FuzzAnalyze -fuzztime=60s
	for f in FuzzJSONLine FuzzHTML FuzzFeed FuzzWARC FuzzDecodeText FuzzSniff FuzzDates; do \
		$(GO) test ./internal/ingest -run='^$$' -fuzz=^$$f$$ -fuzztime=20s -fuzzminimizetime=1s || exit 1; done
	$(GO) test ./internal/ingest/warc -run='^$$' -fuzz=FuzzReader -fuzztime=20s
	$(GO) test ./internal/extract/quantity -run='^$$' -fuzz=FuzzExtract -fuzztime=30s
	$(GO) test ./internal/extract/date -run='^$$' -fuzz=FuzzExtract -fuzztime=30s
	$(GO) test ./internal/text/numeral -run='^$$' -fuzz=FuzzCardinal -fuzztime=30s
	$(GO) test ./internal/text -run='^$$' -fuzz=FuzzFoldMap -fuzztime=20s

VENDOR := internal/web/static/vendor

# vendor copies the pinned npm files the web UI embeds (committed, so go build never needs npm).
vendor:
	cd web && npm ci --ignore-scripts --no-audit --no-fund
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/leaflet $(VENDOR)/topojson-client $(VENDOR)/world-atlas $(VENDOR)/vazirmatn
	cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css web/node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp web/node_modules/topojson-client/dist/topojson-client.min.js web/node_modules/topojson-client/LICENSE $(VENDOR)/topojson-client/
	cp web/node_modules/world-atlas/countries-50m.json web/node_modules/world-atlas/LICENSE $(VENDOR)/world-atlas/
	cp web/node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Regular.woff2 web/node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Bold.woff2 \
		web/node_modules/vazirmatn/OFL.txt $(VENDOR)/vazirmatn/

# browser-deps installs Debian's chromium for the browser tests and screenshots.
# p50/p99 per route under 16 clients, idle and while ingesting (LOAD_SECONDS, default 30).
load:
	SHARED=$(SHARED) bash tools/load/run.sh

# The exports read by GDAL (Debian gdal-bin, installed when missing) and Python.
interop:
	bash tools/interop/run.sh

browser-deps:
	apt-get update && apt-get install -y chromium

browser-test:
	MARSAD_BROWSER=1 $(GO) test -count=1 -run Browser -v ./internal/web/ ./internal/e2e/

screenshots:
	mkdir -p screenshots
	MARSAD_BROWSER=1 MARSAD_SCREENSHOTS=$(CURDIR)/screenshots $(GO) test -count=1 -run Browser ./internal/web/ ./internal/e2e/

train:
	$(GO) run ./cmd/marsad-train --data $(SHARED)/data --out internal/extract/entity/data/ner.gob.gz

gazetteer:
	cd tools/gazetteer && npm ci --ignore-scripts --no-audit --no-fund
	$(GO) run ./tools/gazetteer --modules tools/gazetteer/node_modules --out internal/gazetteer/data/geonames_ar.tsv.gz \
		--admin-out internal/gazetteer/data/admin_ar.tsv.gz --admin-names tools/gazetteer/admin_names.tsv \
		--country-points tools/gazetteer/country_points.tsv --country-codes-out internal/export/iso_countries.go

# The country points learnt from IDRISI-D train (kept in tools/gazetteer; `make gazetteer` reads them).
gazetteer-points:
	$(GO) run ./tools/gazetteer --learn-country-points $(SHARED)/data/idrisi/LMD/data/AR --country-points tools/gazetteer/country_points.tsv

clean:
	rm -rf bin $(DB) $(DB)-wal $(DB)-shm
