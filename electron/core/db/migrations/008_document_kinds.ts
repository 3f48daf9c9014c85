// 008: documents of more kinds than the first three (the cover 报送报告 first). The
// kind is checked by the app (shared/document.ts); the tables only ask for a short
// name, so a new kind needs no new migration. SQLite cannot change a CHECK in place:
// both tables are rebuilt with their rows.
export default /* sql */ `
CREATE TABLE document_draft_new (
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  kind        TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  doc_json    TEXT NOT NULL CHECK (json_valid(doc_json)),
  drafted_at  TEXT NOT NULL,
  edited_at   TEXT,
  edited_by   TEXT,
  PRIMARY KEY (campaign_id, kind)
) STRICT;
INSERT INTO document_draft_new SELECT campaign_id, kind, doc_json, drafted_at, edited_at, edited_by FROM document_draft;
DROP TABLE document_draft;
ALTER TABLE document_draft_new RENAME TO document_draft;

CREATE TABLE seal_use_new (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  kind        TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  title       TEXT NOT NULL,
  file        TEXT NOT NULL,
  by          TEXT NOT NULL,
  seal_sha256 TEXT NOT NULL,
  -- From 006: the blanks a stamped export was allowed to keep, and the officer's reason.
  blanks_json   TEXT CHECK (blanks_json IS NULL OR json_valid(blanks_json)),
  blanks_reason TEXT
) STRICT;
INSERT INTO seal_use_new SELECT id, at, campaign_id, kind, title, file, by, seal_sha256, blanks_json, blanks_reason FROM seal_use;
DROP TABLE seal_use;
ALTER TABLE seal_use_new RENAME TO seal_use;
CREATE INDEX seal_use_at ON seal_use(at);
`;
