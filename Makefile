GO      ?= go
BIN     := bin/marsad
DB      ?= marsad.db
ADDR    ?= 127.0.0.1:8080
SHARED  ?= ../shared
GOFLAGS_BUILD := -trimpath

.PHONY: build run test vet fmt-check tidy-check eval bench fuzz train gazetteer screenshots clean

build:
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN) ./cmd/marsad

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
	$(GO) test ./internal/extract/entity -run='^$$' -fuzz=FuzzExtract -fuzztime=30s
	$(GO) test ./internal/extract/place -run='^$$' -fuzz=FuzzResolve -fuzztime=30s

train:
	$(GO) run ./cmd/marsad-train --data $(SHARED)/data --out internal/extract/entity/data/ner.gob.gz

gazetteer:
	cd tools/gazetteer && npm ci --ignore-scripts --no-audit --no-fund
	$(GO) run ./tools/gazetteer --modules tools/gazetteer/node_modules --out internal/gazetteer/data/geonames_ar.tsv.gz

clean:
	rm -rf bin $(DB) $(DB)-wal $(DB)-shm
