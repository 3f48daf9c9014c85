// 007: the 报送台账. Every file Zicha writes for the officer (documents, tables,
// ledgers) is logged with its hash, so that a submission can link to the exact
// export; a submission records one occurrence of a duty (campaign, duty, due date)
// sent: when, how, by whom, the files (kept in the evidence store), and whether it
// was reopened, with the reason. duty_event keeps the history of every change.
// problem.repeat_of links a problem to the signed-off one it repeats (屡查屡犯);
// evidence carries the period it covers (e.g. 2023—2024年), not only when it was added.
export default /* sql */ `
CREATE TABLE export_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  by          TEXT NOT NULL,
  channel     TEXT NOT NULL,
  campaign_id TEXT REFERENCES campaign(id) ON DELETE RESTRICT,
  kind        TEXT NOT NULL CHECK (kind IN ('document', 'stats', 'ledger')),
  detail      TEXT NOT NULL DEFAULT '',
  period      TEXT,
  file        TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0)
) STRICT;
CREATE INDEX export_log_sha256 ON export_log(sha256);
CREATE INDEX export_log_campaign ON export_log(campaign_id, kind);

CREATE TABLE duty_submission (
  id            INTEGER PRIMARY KEY,
  campaign_id   TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  duty_id       TEXT NOT NULL,
  due           TEXT NOT NULL,
  submitted_on  TEXT NOT NULL,
  via           TEXT NOT NULL CHECK (via IN ('email', 'system', 'paper', 'onsite')),
  by            TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  recorded_at   TEXT NOT NULL,
  reopened_at   TEXT,
  reopened_by   TEXT,
  reopen_reason TEXT,
  CHECK ((reopened_at IS NULL) = (reopen_reason IS NULL))
) STRICT;
-- One standing submission per occurrence; reopened ones stay as history.
CREATE UNIQUE INDEX duty_submission_current ON duty_submission(campaign_id, duty_id, due) WHERE reopened_at IS NULL;

CREATE TABLE duty_submission_file (
  submission_id INTEGER NOT NULL REFERENCES duty_submission(id) ON DELETE RESTRICT,
  position      INTEGER NOT NULL,
  origin        TEXT NOT NULL CHECK (origin IN ('generated', 'scan')),
  name          TEXT NOT NULL,
  sha256        TEXT NOT NULL REFERENCES evidence_file(sha256) ON DELETE RESTRICT,
  export_id     INTEGER REFERENCES export_log(id) ON DELETE RESTRICT,
  PRIMARY KEY (submission_id, position),
  CHECK ((origin = 'generated') = (export_id IS NOT NULL))
) STRICT;

CREATE TABLE duty_event (
  id          INTEGER PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  duty_id     TEXT NOT NULL,
  due         TEXT NOT NULL,
  at          TEXT NOT NULL,
  by          TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('recorded', 'reopened')),
  detail      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX duty_event_occurrence ON duty_event(campaign_id, duty_id, due);

ALTER TABLE problem ADD COLUMN repeat_of INTEGER REFERENCES problem(id) ON DELETE SET NULL;
CREATE INDEX problem_repeat_of ON problem(repeat_of);
ALTER TABLE evidence ADD COLUMN covers TEXT NOT NULL DEFAULT '';
ALTER TABLE problem_evidence ADD COLUMN covers TEXT NOT NULL DEFAULT '';
`;
