-- Articles as ingested, one row per distinct text.
CREATE TABLE articles (
    id              TEXT PRIMARY KEY,
    hash            TEXT NOT NULL UNIQUE,
    url             TEXT NOT NULL DEFAULT '',
    outlet          TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    published       TEXT NOT NULL DEFAULT '',
    published_basis TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT '',
    format          TEXT NOT NULL DEFAULT '',
    ingested_at     TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

-- The contract record of each article, as JSON.
CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    record     TEXT NOT NULL
);

-- Full-text search over the matching form: terms are computed in Go
-- (text.Terms), so the same query finds clitic, vowelled and variant spellings.
CREATE VIRTUAL TABLE article_terms USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');

-- Named things each article mentions, for search and entity pages.
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,   -- entity, place, speaker, via
    type       TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    key        TEXT NOT NULL,   -- matching form of name
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL
);
CREATE INDEX mentions_key ON mentions(key);
CREATE INDEX mentions_article ON mentions(article_id);

-- Stories, recomputed as articles arrive.
CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    record     TEXT NOT NULL,
    updated    TEXT NOT NULL,
    last_date  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE story_articles (
    story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles(article_id);
