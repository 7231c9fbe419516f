package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/story"
)

// groupChunk is how many articles one grouping step adds: a regrouping of
// a large store goes step by step, each saved in its own transaction.
const groupChunk = 1000

// groupStories brings the stored stories up to date and returns the
// stories it changed. The articles no story holds yet are added to the
// stories near their dates, loaded with the grouper's saved state; no other
// story is read or written, so the cost follows the new articles, not the
// store. With rebuild, or when the store asks for it (an article was
// replaced, or the stories predate the saved state), every article is
// regrouped from scratch; the result is the same as adding them one
// ingest at a time in publication order.
func groupStories(ctx context.Context, s *store.Store, p *pipeline.Pipeline, rebuild bool) ([]model.Story, error) {
	meta, err := s.GroupingMeta(ctx)
	if err != nil {
		return nil, err
	}
	fresh := rebuild || meta.Stale
	var docs []model.Analysis
	if fresh {
		err = s.EachRecord(ctx, func(r store.Record) error {
			docs = append(docs, r.Analysis)
			return nil
		})
	} else {
		docs, err = s.Ungrouped(ctx)
	}
	if err != nil || len(docs) == 0 && !fresh {
		return nil, err
	}
	sort.SliceStable(docs, func(i, j int) bool {
		ti, tj := story.PublishedAt(docs[i]), story.PublishedAt(docs[j])
		return ti.Before(tj) || ti.Equal(tj) && docs[i].ID < docs[j].ID
	})
	var changed []model.Story
	for lo := 0; lo < len(docs) || fresh && lo == 0; lo += groupChunk {
		chunk := docs[lo:min(lo+groupChunk, len(docs))]
		var saved story.State
		if !(fresh && lo == 0) {
			if saved, err = loadGrouping(ctx, s, chunk); err != nil {
				return changed, err
			}
		}
		stories, state, err := p.GroupInto(saved, chunk, func(ids []string) ([]model.Analysis, error) {
			recs, err := s.Records(ctx, ids)
			out := make([]model.Analysis, len(recs))
			for i, r := range recs {
				out[i] = r.Analysis
			}
			return out, err
		})
		if err != nil {
			return changed, err
		}
		if err := saveGrouping(ctx, s, fresh && lo == 0, stories, state); err != nil {
			return changed, err
		}
		changed = append(changed, stories...)
	}
	return changed, nil
}

// loadGrouping reads the part of the grouper's saved state that articles
// need: the stories that ended at most a Span before the earliest of them.
func loadGrouping(ctx context.Context, s *store.Store, docs []model.Analysis) (story.State, error) {
	opts := story.DefaultOptions()
	meta, err := s.GroupingMeta(ctx)
	if err != nil {
		return story.State{}, err
	}
	since := meta.Latest
	seen := map[uint32]bool{}
	var terms []uint32
	for _, a := range docs {
		if t := story.PublishedAt(a); !t.IsZero() && t.Before(since) {
			since = t
		}
		for _, id := range story.TermIDs(a, opts) {
			if !seen[id] {
				seen[id] = true
				terms = append(terms, id)
			}
		}
	}
	stories, saved, df, meta, err := s.GroupingState(ctx, since.Add(-opts.Span()), terms)
	if err != nil {
		return story.State{}, err
	}
	st := story.State{Latest: meta.Latest, N: meta.N, DF: df}
	for _, raw := range stories {
		var x story.StoryState
		if err := json.Unmarshal(raw, &x); err != nil {
			return st, fmt.Errorf("stories: saved state: %w", err)
		}
		st.Stories = append(st.Stories, x)
	}
	for _, raw := range saved {
		var x story.DocState
		if err := json.Unmarshal(raw, &x); err != nil {
			return st, fmt.Errorf("stories: saved state: %w", err)
		}
		st.Docs = append(st.Docs, x)
	}
	return st, nil
}

// saveGrouping stores the stories a grouping step changed with the state
// it saved.
func saveGrouping(ctx context.Context, s *store.Store, fresh bool, stories []model.Story, st story.State) error {
	byID := make(map[string]story.StoryState, len(st.Stories))
	for _, x := range st.Stories {
		byID[x.ID] = x
	}
	out := make([]store.SavedStory, 0, len(stories))
	for _, rec := range stories {
		x, ok := byID[rec.ID]
		if !ok {
			return fmt.Errorf("stories: %s: no saved state", rec.ID)
		}
		raw, err := json.Marshal(x)
		if err != nil {
			return fmt.Errorf("stories: %s: %w", rec.ID, err)
		}
		out = append(out, store.SavedStory{Story: rec, Seq: x.Seq, Last: x.Last, State: raw})
	}
	docs := make([]store.SavedDoc, 0, len(st.Docs))
	for _, d := range st.Docs {
		raw, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("stories: %s: %w", d.ID, err)
		}
		docs = append(docs, store.SavedDoc{ArticleID: d.ID, StoryID: d.Story, Seq: d.Seq, State: raw})
	}
	return s.SaveGrouping(ctx, fresh, out, docs, st.DF, store.GroupingMeta{N: st.N, Latest: st.Latest})
}
