// Numbered migrations, applied in order. A migration is SQL text in a module (not a
// .sql file) so that Node, Vitest and the bundled main process load it the same way.
import m001 from './001_init';

export const migrations: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'init', sql: m001 },
];
