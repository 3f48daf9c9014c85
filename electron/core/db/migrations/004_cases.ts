// 004: clues (线索) and cases (案件) with the persons concerned and a history of
// every change; how a statistics row is computed (a measure, or by hand) where it
// differs from the built-in mapping; hand-entered figures with who and when.
export default /* sql */ `
CREATE TABLE clue (
  id           INTEGER PRIMARY KEY,
  number       TEXT NOT NULL UNIQUE,
  received_on  TEXT NOT NULL,
  channel      TEXT NOT NULL,
  summary      TEXT NOT NULL,
  campaign_id  TEXT REFERENCES campaign(id) ON DELETE RESTRICT,
  disposal     TEXT CHECK (disposal IN ('拟立案审查', '初步核实', '谈话函询', '暂存待查', '予以了结')),
  disposed_on  TEXT,
  outcome      TEXT CHECK (outcome IN ('属实', '部分属实', '不属实')),
  note         TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK ((disposal IS NULL) = (disposed_on IS NULL))
) STRICT;
-- Statistics group clues of a period by how they were disposed, without touching the rows.
CREATE INDEX clue_received ON clue(received_on, disposal, channel);

CREATE TABLE case_record (
  id                INTEGER PRIMARY KEY,
  number            TEXT NOT NULL UNIQUE,
  clue_id           INTEGER REFERENCES clue(id) ON DELETE SET NULL,
  title             TEXT NOT NULL,
  category          TEXT NOT NULL,
  opened_on         TEXT NOT NULL,
  closed_on         TEXT,
  amount_fen        INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
  persons           INTEGER NOT NULL DEFAULT 0 CHECK (persons >= 0),
  penalized         INTEGER NOT NULL DEFAULT 0 CHECK (penalized >= 0 AND penalized <= persons),
  to_discipline     INTEGER NOT NULL DEFAULT 0 CHECK (to_discipline >= 0 AND to_discipline <= persons),
  to_judicial       INTEGER NOT NULL DEFAULT 0 CHECK (to_judicial >= 0 AND to_judicial <= persons),
  agreement_action  TEXT CHECK (agreement_action IN ('暂停', '解除')),
  refund_fen        INTEGER NOT NULL DEFAULT 0 CHECK (refund_fen >= 0),
  supervision       TEXT CHECK (supervision IN ('省级', '市级')),
  note              TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK (closed_on IS NULL OR closed_on >= opened_on)
) STRICT;
-- Covers the statistics query: one pass over a period's index entries, grouped by category.
CREATE INDEX case_opened ON case_record(opened_on, category, supervision, agreement_action, amount_fen, persons, penalized, to_discipline, to_judicial, refund_fen);
CREATE INDEX case_clue ON case_record(clue_id);

-- Persons concerned (涉及人员) by name: sensitive, shown in lists, left out of exports unless asked.
CREATE TABLE concerned_person (
  id            INTEGER PRIMARY KEY,
  clue_id       INTEGER REFERENCES clue(id) ON DELETE CASCADE,
  case_id       INTEGER REFERENCES case_record(id) ON DELETE CASCADE,
  sort          INTEGER NOT NULL,
  name          TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('医师', '护士', '药师', '管理人员', '其他')),
  department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
  CHECK ((clue_id IS NULL) <> (case_id IS NULL))
) STRICT;
CREATE INDEX concerned_person_clue ON concerned_person(clue_id) WHERE clue_id IS NOT NULL;
CREATE INDEX concerned_person_case ON concerned_person(case_id) WHERE case_id IS NOT NULL;

-- The problems (问题台账) a clue produced.
CREATE TABLE clue_problem (
  clue_id    INTEGER NOT NULL REFERENCES clue(id) ON DELETE CASCADE,
  problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
  linked_at  TEXT NOT NULL,
  linked_by  TEXT NOT NULL,
  PRIMARY KEY (clue_id, problem_id)
) STRICT;
CREATE INDEX clue_problem_problem ON clue_problem(problem_id);

CREATE TABLE case_history (
  id       INTEGER PRIMARY KEY,
  clue_id  INTEGER REFERENCES clue(id) ON DELETE CASCADE,
  case_id  INTEGER REFERENCES case_record(id) ON DELETE CASCADE,
  at       TEXT NOT NULL,
  by       TEXT NOT NULL,
  field    TEXT NOT NULL,
  old      TEXT,
  new      TEXT,
  CHECK ((clue_id IS NULL) <> (case_id IS NULL))
) STRICT;
CREATE INDEX case_history_clue ON case_history(clue_id) WHERE clue_id IS NOT NULL;
CREATE INDEX case_history_case ON case_history(case_id) WHERE case_id IS NOT NULL;

-- Running numbers per kind and year (XS2020-0001 for clues, AJ2020-0001 for cases).
CREATE TABLE case_number (
  kind TEXT NOT NULL CHECK (kind IN ('XS', 'AJ')),
  year TEXT NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (kind, year)
) STRICT;

-- How a row (and column) of a campaign's table is computed where the office chose:
-- a measure (JSON, shared/stats.ts measureSchema), or NULL for "entered by hand".
-- User campaigns get all their mappings here; built-in ones only their overrides.
CREATE TABLE stat_mapping (
  campaign_id  TEXT NOT NULL,
  table_id     TEXT NOT NULL,
  row_id       TEXT NOT NULL,
  column_id    TEXT NOT NULL DEFAULT '',
  measure_json TEXT CHECK (measure_json IS NULL OR json_valid(measure_json)),
  set_by       TEXT NOT NULL,
  set_at       TEXT NOT NULL,
  PRIMARY KEY (campaign_id, table_id, row_id, column_id),
  FOREIGN KEY (campaign_id, row_id) REFERENCES campaign_element(campaign_id, element_id) ON DELETE RESTRICT
) STRICT;

-- Hand-entered figures, one per period (2020-11, 2020-Q4, all): 万元 rows in fen,
-- other rows as a quantity (checked for whole numbers by the table, not here).
CREATE TABLE stat_figure (
  campaign_id TEXT NOT NULL,
  table_id    TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  column_id   TEXT NOT NULL DEFAULT '',
  period      TEXT NOT NULL,
  amount_fen  INTEGER CHECK (amount_fen >= 0),
  quantity    REAL CHECK (quantity >= 0),
  entered_by  TEXT NOT NULL,
  entered_at  TEXT NOT NULL,
  CHECK ((amount_fen IS NULL) <> (quantity IS NULL)),
  PRIMARY KEY (campaign_id, table_id, row_id, column_id, period),
  FOREIGN KEY (campaign_id, row_id) REFERENCES campaign_element(campaign_id, element_id) ON DELETE RESTRICT
) STRICT;

CREATE TABLE stat_figure_history (
  id          INTEGER PRIMARY KEY,
  campaign_id TEXT NOT NULL,
  table_id    TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  column_id   TEXT NOT NULL,
  period      TEXT NOT NULL,
  old         TEXT,
  new         TEXT,
  by          TEXT NOT NULL,
  at          TEXT NOT NULL
) STRICT;
CREATE INDEX stat_figure_history_row ON stat_figure_history(campaign_id, table_id, row_id);
`;
