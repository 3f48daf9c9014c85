// Lint, and which folder may import what (DESIGN.md): shared/ imports no electron,
// node: or DOM code; renderer/ nothing from electron/; electron/core never 'electron';
// preload only electron and shared/bridge.
import tseslint from 'typescript-eslint';
import { zichaPlugin } from './scripts/lint/ownTables.js';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(['electron', 'better-sqlite3-multiple-ciphers', 'react', 'react-dom', ...nodeBuiltins, '**/electron/**', '**/renderer/**'],
      'shared/ is imported by main and renderer alike: no Electron, Node or UI code here.'),
  },
  {
    files: ['renderer/src/**'],
    rules: restrict(['electron', 'better-sqlite3-multiple-ciphers', ...nodeBuiltins, '**/electron/**', '**/tests/**'],
      'The renderer reaches the core only through window.zicha (renderer/src/api.ts).'),
  },
  {
    files: ['electron/core/**'],
    rules: restrict(['electron', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
      "electron/core runs in plain Node: it never imports 'electron' or the UI."),
  },
  // SQL in electron/core: only through the sql tag, and only over the part's own
  // tables (scripts/lint/tableOwners.js says which part owns which table).
  {
    files: ['electron/core/**/*.ts'],
    plugins: { zicha: zichaPlugin },
    rules: { 'zicha/own-tables': 'error', 'zicha/sql-tag': 'error' },
  },
  {
    // The layer under the tag: opening, keying, migrating and the tag itself.
    files: ['electron/core/db/sql.ts', 'electron/core/db/open.ts', 'electron/core/db/schema.ts', 'electron/core/db/writer.ts', 'electron/core/db/cipher.ts', 'electron/core/db/migrations/**'],
    rules: { 'zicha/sql-tag': 'off' },
  },
  {
    files: ['electron/preload/**'],
    rules: restrict(['**/core/**', '**/renderer/**', '**/shared/api*', 'zod', ...nodeBuiltins],
      'Preload stays tiny: contextBridge, ipcRenderer and shared/bridge only.'),
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.*', 'electron/core/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
