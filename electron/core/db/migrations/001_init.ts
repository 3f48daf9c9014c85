// 001: the catalog of campaigns, the hospital, its departments and people, settings.
export default /* sql */ `
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- One row per campaign; the whole campaign file is kept as it was accepted so that
-- export gives back exactly what was imported.
CREATE TABLE campaign (
  id          TEXT PRIMARY KEY,
  revision    INTEGER NOT NULL,
  origin      TEXT NOT NULL CHECK (origin IN ('builtin', 'user')),
  kind        TEXT NOT NULL,
  title       TEXT NOT NULL,
  doc_number  TEXT,
  issuers     TEXT NOT NULL,
  issued_on   TEXT,
  start_on    TEXT,
  end_on      TEXT,
  file_json   TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  loaded_at   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX campaign_doc_number ON campaign(doc_number) WHERE doc_number IS NOT NULL;

-- Every id a campaign has ever had. Records made later (answers, problems, figures)
-- point here, so an id that a new revision drops is marked retired, never deleted.
CREATE TABLE campaign_element (
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  element_id  TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('phase','duty','task','checklist','group','item','table','section','row')),
  label       TEXT NOT NULL,
  search_text TEXT NOT NULL,
  retired_in  INTEGER,
  PRIMARY KEY (campaign_id, element_id)
) STRICT;

CREATE TABLE department (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  category   TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE person (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
  title         TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX person_department ON person(department_id);
`;
