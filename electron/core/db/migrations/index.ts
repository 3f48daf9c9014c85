// Numbered migrations, applied in order. A migration is SQL text in a module (not a
// .sql file) so that Node, Vitest and the bundled main process load it the same way.
import m001 from './001_init';
import m002 from './002_inspection';
import m003 from './003_ledger';
import m004 from './004_cases';
import m005 from './005_documents';
import m006 from './006_campaign_links';
import m007 from './007_duties';
import m008 from './008_document_kinds';

export const migrations: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'init', sql: m001 },
  { version: 2, name: 'inspection', sql: m002 },
  { version: 3, name: 'ledger', sql: m003 },
  { version: 4, name: 'cases', sql: m004 },
  { version: 5, name: 'documents', sql: m005 },
  { version: 6, name: 'campaign links', sql: m006 },
  { version: 7, name: 'duties', sql: m007 },
  { version: 8, name: 'document kinds', sql: m008 },
];
