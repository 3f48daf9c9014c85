// 006: a clue or case belongs to zero or more campaigns (专项行动), so that every
// figure a campaign's tables and documents state counts only its own records.
// Rows of an older database are linked only where the link is certain: the
// officer chose the clue's campaign (clue.campaign_id), or the case came from such
// a clue. Every other row is put on a review list with the campaigns whose period
// contains its date, for the officer to decide; nothing is guessed silently.
// It also lets a stamped export that still had blanks keep, in its 用印记录, the
// blanks and the reason the officer gave for stamping anyway.
// clue.campaign_id stays in the table (SQLite cannot drop a column a foreign key
// uses without rebuilding it) but is no longer read or written.
export default /* sql */ `
CREATE TABLE clue_campaign (
  clue_id     INTEGER NOT NULL REFERENCES clue(id) ON DELETE CASCADE,
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  PRIMARY KEY (clue_id, campaign_id)
) STRICT;
-- Statistics read a campaign's clues: one index range per campaign.
CREATE INDEX clue_campaign_campaign ON clue_campaign(campaign_id, clue_id);

CREATE TABLE case_campaign (
  case_id     INTEGER NOT NULL REFERENCES case_record(id) ON DELETE CASCADE,
  campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
  PRIMARY KEY (case_id, campaign_id)
) STRICT;
CREATE INDEX case_campaign_campaign ON case_campaign(campaign_id, case_id);

-- Rows whose campaigns the officer has still to decide; a row leaves the list when its campaigns are saved.
CREATE TABLE campaign_link_review (
  kind       TEXT NOT NULL CHECK (kind IN ('clue', 'case')),
  record_id  INTEGER NOT NULL,
  -- JSON array of campaign ids whose period contains the record's date: a suggestion, never applied.
  candidates TEXT NOT NULL CHECK (json_valid(candidates)),
  PRIMARY KEY (kind, record_id)
) STRICT;

INSERT INTO clue_campaign (clue_id, campaign_id) SELECT id, campaign_id FROM clue WHERE campaign_id IS NOT NULL;
INSERT OR IGNORE INTO case_campaign (case_id, campaign_id)
  SELECT k.id, c.campaign_id FROM case_record k JOIN clue c ON c.id = k.clue_id WHERE c.campaign_id IS NOT NULL;

INSERT INTO campaign_link_review (kind, record_id, candidates)
  SELECT 'clue', c.id, COALESCE((
    SELECT json_group_array(p.id) FROM campaign p
    WHERE p.start_on <= c.received_on AND COALESCE(p.end_on, '9999-12-31') >= c.received_on), '[]')
  FROM clue c WHERE c.campaign_id IS NULL;
INSERT INTO campaign_link_review (kind, record_id, candidates)
  SELECT 'case', k.id, COALESCE((
    SELECT json_group_array(p.id) FROM campaign p
    WHERE p.start_on <= k.opened_on AND COALESCE(p.end_on, '9999-12-31') >= k.opened_on), '[]')
  FROM case_record k WHERE NOT EXISTS (SELECT 1 FROM case_campaign l WHERE l.case_id = k.id);

-- A stamped export with blanks left is an override: which blanks (JSON labels) and why.
ALTER TABLE seal_use ADD COLUMN blanks_json TEXT CHECK (blanks_json IS NULL OR json_valid(blanks_json));
ALTER TABLE seal_use ADD COLUMN blanks_reason TEXT;
`;
