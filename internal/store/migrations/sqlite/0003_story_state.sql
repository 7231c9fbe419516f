-- The story grouper's saved state (made and read by internal/story as
-- JSON), so that an ingest updates only the stories its articles touch.
ALTER TABLE stories ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN last_ns INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN state TEXT NOT NULL DEFAULT '';
CREATE INDEX stories_last_ns ON stories(last_ns);

-- Each grouped article: its story and what the grouper keeps of it.
CREATE TABLE story_docs (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    state      TEXT NOT NULL
);
CREATE INDEX story_docs_story ON story_docs(story_id);

-- In how many grouped articles each term (numbered by internal/story) occurs.
CREATE TABLE story_terms (
    term INTEGER PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;

-- How many articles were counted in story_terms, the latest time grouped,
-- and whether the stories must be regrouped (an article was replaced).
CREATE TABLE story_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Articles stored and not yet grouped: written in the same transaction as
-- the article, removed in the same transaction as its story, so that a
-- crash between the two leaves them here for the next run to group.
CREATE TABLE story_pending (
    article_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Stories made before the state was kept are regrouped from scratch.
INSERT INTO story_meta(key, value) VALUES ('stale', '1');
