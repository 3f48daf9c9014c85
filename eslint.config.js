// Lint, and which folder may import what (DESIGN.md): shared/ imports no electron,
// node: or DOM code; renderer/ nothing from electron/; electron/core never 'electron';
// preload only electron and shared/bridge.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { folderZones } from './scripts/lint/folderZones.js';
import { tableRules } from './scripts/lint/ownTables.js';

// One plugin object for our own rules: ESLint refuses a key bound to two objects.
const zicha = { rules: { ...tableRules, 'folder-zones': folderZones } };

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

// ── Composition (issue 17; electron/core/README.md) ─────────────────────────────
// context.ts is the one composition root and api.ts the door that imports every
// feature: a feature that imported either would tie itself to all the others (an
// import cycle). Features receive Services/Session from ports.ts and name handler
// types from handlerTypes.ts; those two are leaves, and db/ sits below every
// feature. typescript-eslint's rule of the same name is used so that these zones
// add to the folder rules above instead of replacing them.
const coreDoors = ['electron/core/api.ts', 'electron/core/context.ts', 'electron/core/cli.ts', 'electron/core/cliMain.ts', 'electron/core/cli/**'];
const compositionPatterns = [
  {
    regex: '^(\\.{1,2}/)+context$',
    message: 'context.ts is the one composition root, imported only by the doors (api.ts, cli/, cli.ts, cliMain.ts, electron/main) and tests: take Services (or Session) from ports.ts.',
  },
  {
    regex: '^(\\.\\./)+api$',
    message: 'api.ts imports every feature: import the handler types from handlerTypes.ts, and call other features through their own modules.',
  },
];
/** The session (open, lock, unlock, re-key, switch to the sample data, replace the database) is for these folders only. */
const sessionFolders = ['electron/core/backup/**', 'electron/core/lock/**', 'electron/core/app/**'];
const sessionPattern = {
  regex: '^(\\.\\./)+ports$',
  importNames: ['Session'],
  message: 'Only backup/, lock/ and app/ (the switch to the sample data) open, lock or replace the database: a feature works with Services.',
};
const compositionZone = (...extra) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...compositionPatterns, ...extra] }],
});
const compositionConfigs = [
  { files: ['electron/core/**/*.ts'], ignores: [...coreDoors, ...sessionFolders], rules: compositionZone(sessionPattern) },
  { files: sessionFolders.map((folder) => `${folder}/*.ts`), rules: compositionZone() },
  {
    files: ['electron/core/ports.ts', 'electron/core/handlerTypes.ts'],
    rules: compositionZone({
      regex: '^\\./(?!db/)',
      message: 'ports.ts and handlerTypes.ts are leaves: they import only shared/ and db/ types, never a feature.',
    }),
  },
  {
    files: ['electron/core/db/*.ts'],
    rules: compositionZone({
      regex: '^\\.\\./(?!files$|\\.\\./)',
      message: 'db/ is the lowest layer and imports no feature: what a feature must do around opening (the pre-migration backup) comes in as an option, e.g. beforeMigrate.',
    }),
  },
  {
    files: ['electron/core/db/migrations/**/*.ts'],
    rules: compositionZone({
      regex: '^\\.\\./\\.\\./(?!\\.\\./)',
      message: 'A migration is plain SQL: it imports nothing from the rest of electron/core.',
    }),
  },
];
// ── end of Composition ──────────────────────────────────────────────────────────

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
    plugins: { zicha },
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
  // ── Folder zones (issue 17): which folder may import which, one entry per area. ──
  // renderer/src: a feature folder (campaigns/, ledger/, …) imports only the shared
  // folders and itself; components/, lib/ and pdf/ import no feature. Any link that
  // must stay is a named exception here with its reason. See renderer/src/README.md.
  {
    files: ['renderer/src/**'],
    plugins: { zicha },
    rules: {
      'zicha/folder-zones': ['error', {
        root: 'renderer/src',
        open: ['components/', 'lib/', 'pdf/', 'api.ts'],
        exceptions: [
          { from: 'settings/LockCard.tsx', to: 'lock/LockGate.tsx', why: 'the card locks the window and re-keys the database through the one gate (useLock) that wraps the app' },
        ],
      }],
    },
  },
  // ── end of folder zones ──
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // An un-awaited call() loses its error: the officer would see nothing happen.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  ...compositionConfigs,
  {
    files: ['tests/**', 'scripts/**', '*.config.*', 'electron/core/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
