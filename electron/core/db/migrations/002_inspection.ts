// 002: self-inspection rounds, the elements each round asks about, answers,
// evidence files, the links from answers to problems, and who is working.
export default /* sql */ `
CREATE TABLE inspection_round (
  id           INTEGER PRIMARY KEY,
  campaign_id  TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  name         TEXT NOT NULL,
  period_start TEXT,
  period_end   TEXT,
  due_on       TEXT,
  status       TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL
) STRICT;
CREATE INDEX inspection_round_campaign ON inspection_round(campaign_id);

CREATE TABLE round_event (
  id       INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES inspection_round(id) ON DELETE CASCADE,
  at       TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('opened', 'closed', 'reopened')),
  by       TEXT NOT NULL,
  reason   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX round_event_round ON round_event(round_id);

-- The checklist items and tasks a round asks about, whether each applies to this
-- hospital, and who answers it.
CREATE TABLE round_element (
  round_id       INTEGER NOT NULL REFERENCES inspection_round(id) ON DELETE CASCADE,
  element_id     TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('item', 'task')),
  sort           INTEGER NOT NULL,
  applicable     INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
  na_reason      TEXT NOT NULL DEFAULT '',
  department_id  INTEGER REFERENCES department(id) ON DELETE SET NULL,
  person_id      INTEGER REFERENCES person(id) ON DELETE SET NULL,
  PRIMARY KEY (round_id, element_id)
) STRICT;
CREATE INDEX round_element_department ON round_element(round_id, department_id);

-- One answer per element; revision counts its changes so that a workbook filled
-- from an older state can be told apart from one that overwrites newer work.
CREATE TABLE answer (
  round_id    INTEGER NOT NULL,
  element_id  TEXT NOT NULL,
  value_json  TEXT,
  note        TEXT NOT NULL DEFAULT '',
  revision    INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  PRIMARY KEY (round_id, element_id),
  FOREIGN KEY (round_id, element_id) REFERENCES round_element(round_id, element_id) ON DELETE CASCADE
) STRICT;

-- Files live in the data folder under their SHA-256; this table knows each once.
CREATE TABLE evidence_file (
  sha256    TEXT PRIMARY KEY,
  size      INTEGER NOT NULL,
  mime      TEXT NOT NULL,
  stored_at TEXT NOT NULL
) STRICT;

CREATE TABLE evidence (
  id            INTEGER PRIMARY KEY,
  round_id      INTEGER NOT NULL,
  element_id    TEXT NOT NULL,
  sha256        TEXT NOT NULL REFERENCES evidence_file(sha256),
  original_name TEXT NOT NULL,
  added_by      TEXT NOT NULL,
  added_at      TEXT NOT NULL,
  removed_at    TEXT,
  removed_by    TEXT,
  FOREIGN KEY (round_id, element_id) REFERENCES round_element(round_id, element_id) ON DELETE CASCADE
) STRICT;
CREATE INDEX evidence_element ON evidence(round_id, element_id);

-- An answer that revealed a problem, waiting for the problem ledger (问题台账).
CREATE TABLE problem_lead (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL,
  element_id  TEXT NOT NULL,
  summary     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  FOREIGN KEY (round_id, element_id) REFERENCES round_element(round_id, element_id) ON DELETE CASCADE
) STRICT;
CREATE UNIQUE INDEX problem_lead_element ON problem_lead(round_id, element_id);
`;
