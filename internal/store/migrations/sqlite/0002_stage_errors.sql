-- Stages that failed on an article (also in its record's "errors"), one row
-- each, so that lists and counts of them need no scan of the records.
CREATE TABLE stage_errors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    stage      TEXT NOT NULL,
    message    TEXT NOT NULL
);
CREATE INDEX stage_errors_article ON stage_errors(article_id);

INSERT INTO stage_errors(article_id, stage, message)
SELECT a.article_id, COALESCE(json_extract(e.value, '$.stage'), ''), COALESCE(json_extract(e.value, '$.message'), '')
FROM analyses a, json_each(a.record, '$.errors') e;
