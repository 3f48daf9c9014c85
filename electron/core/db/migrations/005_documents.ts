// 005: the official documents (文书): the officer's saved drafts per campaign and
// kind, the hospital's seal (印章) and every use of it (用印记录). The seal is
// kept in the database itself (at most 2 MB), so that a backup carries it.
export default /* sql */ `
CREATE TABLE document_draft (
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  kind        TEXT NOT NULL CHECK (kind IN ('summary', 'workplan', 'group')),
  doc_json    TEXT NOT NULL CHECK (json_valid(doc_json)),
  drafted_at  TEXT NOT NULL,
  edited_at   TEXT,
  edited_by   TEXT,
  PRIMARY KEY (campaign_id, kind)
) STRICT;

-- One seal at a time: importing another replaces it (earlier uses keep its hash).
CREATE TABLE seal (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  png         BLOB NOT NULL,
  sha256      TEXT NOT NULL,
  diameter_mm REAL NOT NULL CHECK (diameter_mm BETWEEN 20 AND 60),
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
) STRICT;

CREATE TABLE seal_use (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  kind        TEXT NOT NULL CHECK (kind IN ('summary', 'workplan', 'group')),
  title       TEXT NOT NULL,
  file        TEXT NOT NULL,
  by          TEXT NOT NULL,
  seal_sha256 TEXT NOT NULL
) STRICT;
CREATE INDEX seal_use_at ON seal_use(at);
`;
