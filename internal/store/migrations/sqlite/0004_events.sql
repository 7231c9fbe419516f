-- Each article's events, resolved (names, place, date, sentence) as the
-- pages and the API list them, so that a list of events reads these rows
-- and not every analysis record. Written in the same transaction as the
-- article; filled for the articles stored before by the first Open after
-- this migration (Go resolves them).
CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    item       TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events(type);
INSERT INTO story_meta(key, value) VALUES ('events_backfill', '1')
    ON CONFLICT(key) DO UPDATE SET value = '1';
