// Which part of electron/core owns each table: only its own files name the table
// in SQL; everyone else reads it through that part's exported functions
// (DESIGN.md "no SQL across features"). A zone is a folder of electron/core, or
// a file at its root without the extension (evidenceStore).
export const TABLE_OWNERS = {
  campaigns: ['campaign', 'campaign_element'],
  org: ['department', 'person'],
  inspection: ['inspection_round', 'round_element', 'round_event', 'answer', 'evidence'],
  ledger: [
    'problem', 'problem_evidence', 'problem_fts', 'problem_history', 'problem_number', 'problem_progress', 'problem_verification',
  ],
  cases: [
    'clue', 'clue_campaign', 'clue_problem', 'case_record', 'case_campaign', 'case_history', 'case_number', 'concerned_person',
    'campaign_link_review',
  ],
  stats: ['stat_figure', 'stat_figure_history', 'stat_mapping'],
  documents: ['document_draft', 'seal', 'seal_use'],
  duties: ['duty_event', 'duty_submission', 'duty_submission_file', 'export_log'],
  evidenceStore: ['evidence_file'],
  // Key-value settings of every part, read and written through db/settings.ts.
  db: ['setting'],
};

/**
 * Files allowed to name another part's tables, each with its reason. Keep this
 * short: a new entry needs a reason a reviewer accepts.
 */
export const TABLE_EXCEPTIONS = {
  // Migrations create and reshape every table.
  'electron/core/db/migrations/': 'migrations own the schema',
};

// Not an exception of the rule but said here so that a reviewer sees it: backup/
// probes whole database files of any version (a backup's contents, a package's
// target) for rows by table name (restore.ts count, packageImport.ts
// OFFICE_TABLES), which the owners' reads, written for the current schema, cannot do.
