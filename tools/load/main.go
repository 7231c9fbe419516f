// Command load measures how fast marsad's pages and API answer under load:
// it sends requests from many clients at once to a running `marsad serve`
// for a while and prints the p50, p99 and worst latency of each route.
//
//	go run ./tools/load --url http://127.0.0.1:8080 --clients 16 --for 30s
//
// `make load` starts a server over a store of the news sample (or the demo
// corpus), runs this once idle and once while an ingest runs, and prints
// both tables.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"sync"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server")
	clients := flag.Int("clients", 16, "concurrent clients")
	dur := flag.Duration("for", 30*time.Second, "how long")
	label := flag.String("label", "", "a label for the table")
	flag.Parse()
	if err := run(*base, *clients, *dur, *label); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

// routes are the pages and endpoints asked for, built from what the store
// holds (a story, an article, an entity).
func routes(base string) ([]string, error) {
	var stories struct {
		Stories []struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
			Actors    []string `json:"actors"`
		} `json:"stories"`
	}
	if err := getJSON(base+"/api/stories?limit=20", &stories); err != nil {
		return nil, err
	}
	out := []string{"/", "/search?q=" + url.QueryEscape("قصف"), "/map", "/api/stories", "/api/events?limit=100",
		"/api/search?q=" + url.QueryEscape("قتلى")}
	for _, st := range stories.Stories {
		if len(st.Documents) > 1 {
			out = append(out, "/stories/"+st.ID, "/articles/"+url.PathEscape(st.Documents[0]))
			if len(st.Actors) > 0 {
				out = append(out, "/entities/"+url.PathEscape(st.Actors[0]))
			}
			break
		}
	}
	return out, nil
}

func getJSON(u string, v any) error {
	res, err := http.Get(u)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		return fmt.Errorf("%s: %s", u, res.Status)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

func run(base string, clients int, dur time.Duration, label string) error {
	rs, err := routes(base)
	if err != nil {
		return err
	}
	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	errs := map[string]int{}
	stop := time.Now().Add(dur)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 2 * time.Minute}
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; time.Now().Before(stop); i++ {
				r := rs[i%len(rs)]
				t0 := time.Now()
				res, err := client.Get(base + r)
				ok := err == nil && res.StatusCode < 500
				if err == nil {
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
				d := time.Since(t0)
				mu.Lock()
				lat[r] = append(lat[r], d)
				if !ok {
					errs[r]++
				}
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	fmt.Printf("\n%s: %d clients for %v\n", label, clients, dur)
	fmt.Printf("%-60s %7s %9s %9s %9s %6s\n", "route", "n", "p50", "p99", "worst", "errors")
	var all []time.Duration
	names := make([]string, 0, len(lat))
	for r := range lat {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		ds := lat[r]
		all = append(all, ds...)
		p50, p99, worst := pct(ds)
		name, _ := url.QueryUnescape(r)
		fmt.Printf("%-60s %7d %9s %9s %9s %6d\n", name, len(ds), p50, p99, worst, errs[r])
	}
	p50, p99, worst := pct(all)
	fmt.Printf("%-60s %7d %9s %9s %9s\n", "all", len(all), p50, p99, worst)
	return nil
}

func pct(ds []time.Duration) (p50, p99, worst time.Duration) {
	if len(ds) == 0 {
		return 0, 0, 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	r := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	return r(s[len(s)/2]), r(s[len(s)*99/100]), r(s[len(s)-1])
}
