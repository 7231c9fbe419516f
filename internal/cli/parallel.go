package cli

import (
	"context"
	"iter"
	"sync"
)

// ordered maps fn over in with several workers and yields the results in
// input order. It stops early when ctx is done or the consumer stops.
func ordered[T, R any](ctx context.Context, in iter.Seq[T], workers int, fn func(T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		type job struct {
			i int
			v T
		}
		type result struct {
			i int
			r R
		}
		jobs := make(chan job, workers*2)
		results := make(chan result, workers*2)
		go func() {
			defer close(jobs)
			i := 0
			for v := range in {
				select {
				case jobs <- job{i, v}:
				case <-ctx.Done():
					return
				}
				i++
			}
		}()
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					select {
					case results <- result{j.i, fn(j.v)}:
					case <-ctx.Done():
						return
					}
				}
			}()
		}
		go func() { wg.Wait(); close(results) }()
		pending := map[int]R{}
		next := 0
		for res := range results {
			pending[res.i] = res.r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if !yield(r) {
					return
				}
			}
		}
	}
}
