// ESLint rules of our own, for electron/core:
//  - own-tables: SQL text names only tables its part owns (tableOwners.js);
//  - sql-tag: queries go through db/sql.ts's `sql` tag and typed reads, not db.prepare.
import path from 'node:path';
import { TABLE_EXCEPTIONS, TABLE_OWNERS } from './tableOwners.js';

const owners = new Map(Object.entries(TABLE_OWNERS).flatMap(([zone, tables]) => tables.map((t) => [t, zone])));
const TABLE_REF = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_][a-z0-9_]*)/gi;

function coreRelative(filename) {
  const rel = path.relative(process.cwd(), filename).split(path.sep).join('/');
  return rel.startsWith('electron/core/') ? rel : null;
}

function zoneOf(rel) {
  const [first] = rel.slice('electron/core/'.length).split('/');
  return first.replace(/\.tsx?$/, '');
}

const ownTables = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL names only the tables its part of electron/core owns' },
    messages: {
      foreign:
        "Table '{{table}}' belongs to {{owner}}/: read or change it through {{owner}}'s exported functions (or a SQL fragment it exports), not with SQL here (scripts/lint/tableOwners.js).",
    },
    schema: [],
  },
  create(context) {
    const rel = coreRelative(context.filename);
    if (!rel || Object.keys(TABLE_EXCEPTIONS).some((prefix) => rel.startsWith(prefix))) return {};
    const zone = zoneOf(rel);
    const check = (node, text) => {
      for (const match of text.matchAll(TABLE_REF)) {
        const table = match[1].toLowerCase();
        const owner = owners.get(table);
        if (owner && owner !== zone) context.report({ node, messageId: 'foreign', data: { table, owner } });
      }
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
      },
      TemplateLiteral(node) {
        check(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? '));
      },
    };
  },
};

const sqlTag = {
  meta: {
    type: 'problem',
    docs: { description: 'queries go through the sql tag' },
    messages: {
      prepare: 'Query through the sql tag and its typed reads (electron/core/db/sql.ts: all, get, value, pluck, run), not db.prepare.',
    },
    schema: [],
  },
  create(context) {
    return {
      "CallExpression[callee.type='MemberExpression'][callee.property.name='prepare']"(node) {
        context.report({ node, messageId: 'prepare' });
      },
    };
  },
};

export const tableRules = { 'own-tables': ownTables, 'sql-tag': sqlTag };
