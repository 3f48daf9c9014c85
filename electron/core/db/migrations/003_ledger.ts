// 003: the problem ledger (问题台账) with each problem's rectification (整改), its
// dated progress, verifications, evidence and a history of every change; problems
// that self-inspection flagged before the ledger existed become real problems.
export default /* sql */ `
CREATE TABLE problem (
  id                 INTEGER PRIMARY KEY,
  number             TEXT NOT NULL UNIQUE,
  source             TEXT NOT NULL,
  round_id           INTEGER REFERENCES inspection_round(id) ON DELETE SET NULL,
  element_id         TEXT,
  campaign_id        TEXT REFERENCES campaign(id) ON DELETE RESTRICT,
  category           TEXT NOT NULL DEFAULT '',
  description        TEXT NOT NULL,
  department_id      INTEGER REFERENCES department(id) ON DELETE SET NULL,
  person_id          INTEGER REFERENCES person(id) ON DELETE SET NULL,
  found_on           TEXT NOT NULL,
  amount_fen         INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
  note               TEXT NOT NULL DEFAULT '',
  measures           TEXT NOT NULL DEFAULT '',
  deadline           TEXT,
  status             TEXT NOT NULL CHECK (status IN ('pending', 'inProgress', 'staged', 'done', 'verified', 'signedOff')),
  immediate          INTEGER NOT NULL DEFAULT 0 CHECK (immediate IN (0, 1)),
  next_milestone     TEXT,
  signed_off_by      TEXT,
  signed_off_on      TEXT,
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX problem_status ON problem(status, deadline);
CREATE INDEX problem_deadline ON problem(deadline);
CREATE INDEX problem_department ON problem(department_id, status);
CREATE INDEX problem_campaign ON problem(campaign_id, status);
CREATE INDEX problem_source ON problem(source, status);
CREATE INDEX problem_found ON problem(found_on);
CREATE UNIQUE INDEX problem_round_element ON problem(round_id, element_id) WHERE round_id IS NOT NULL;

-- The running number of each year's problems (WT2020-0001 …), so that numbering
-- never scans the ledger.
CREATE TABLE problem_number (
  year TEXT PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE problem_progress (
  id         INTEGER PRIMARY KEY,
  problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
  on_date    TEXT NOT NULL,
  text       TEXT NOT NULL,
  by         TEXT NOT NULL,
  at         TEXT NOT NULL
) STRICT;
CREATE INDEX problem_progress_problem ON problem_progress(problem_id);

CREATE TABLE problem_verification (
  id         INTEGER PRIMARY KEY,
  problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
  passed     INTEGER NOT NULL CHECK (passed IN (0, 1)),
  checker    TEXT NOT NULL,
  on_date    TEXT NOT NULL,
  findings   TEXT NOT NULL,
  by         TEXT NOT NULL,
  at         TEXT NOT NULL
) STRICT;
CREATE INDEX problem_verification_problem ON problem_verification(problem_id);

-- Every change to a ledger row: who, when, which field, from what to what.
CREATE TABLE problem_history (
  id         INTEGER PRIMARY KEY,
  problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
  at         TEXT NOT NULL,
  by         TEXT NOT NULL,
  field      TEXT NOT NULL,
  old        TEXT,
  new        TEXT
) STRICT;
CREATE INDEX problem_history_problem ON problem_history(problem_id);

CREATE TABLE problem_evidence (
  id            INTEGER PRIMARY KEY,
  problem_id    INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
  sha256        TEXT NOT NULL REFERENCES evidence_file(sha256),
  original_name TEXT NOT NULL,
  added_by      TEXT NOT NULL,
  added_at      TEXT NOT NULL,
  removed_at    TEXT,
  removed_by    TEXT
) STRICT;
CREATE INDEX problem_evidence_problem ON problem_evidence(problem_id);

-- Full-text search in Chinese: trigrams match any run of three characters or more.
CREATE VIRTUAL TABLE problem_fts USING fts5(number, description, measures, category, note, content='problem', content_rowid='id', tokenize='trigram');
CREATE TRIGGER problem_fts_insert AFTER INSERT ON problem BEGIN
  INSERT INTO problem_fts(rowid, number, description, measures, category, note) VALUES (new.id, new.number, new.description, new.measures, new.category, new.note);
END;
CREATE TRIGGER problem_fts_delete AFTER DELETE ON problem BEGIN
  INSERT INTO problem_fts(problem_fts, rowid, number, description, measures, category, note) VALUES ('delete', old.id, old.number, old.description, old.measures, old.category, old.note);
END;
CREATE TRIGGER problem_fts_update AFTER UPDATE OF number, description, measures, category, note ON problem BEGIN
  INSERT INTO problem_fts(problem_fts, rowid, number, description, measures, category, note) VALUES ('delete', old.id, old.number, old.description, old.measures, old.category, old.note);
  INSERT INTO problem_fts(rowid, number, description, measures, category, note) VALUES (new.id, new.number, new.description, new.measures, new.category, new.note);
END;

INSERT INTO problem (number, source, round_id, element_id, campaign_id, description, department_id, found_on, status, created_at, created_by, updated_at)
SELECT 'WT' || substr(l.created_at, 1, 4) || '-' || printf('%04d', row_number() OVER (PARTITION BY substr(l.created_at, 1, 4) ORDER BY l.id)),
       '自查', l.round_id, l.element_id, r.campaign_id, l.summary, e.department_id, substr(l.created_at, 1, 10), 'pending',
       l.created_at, l.created_by, l.created_at
FROM problem_lead l JOIN inspection_round r ON r.id = l.round_id
LEFT JOIN round_element e ON e.round_id = l.round_id AND e.element_id = l.element_id;
DROP TABLE problem_lead;
INSERT INTO problem_number (year, last) SELECT substr(number, 3, 4), count(*) FROM problem GROUP BY substr(number, 3, 4);
`;
