// An ESLint rule: under `root`, each top-level folder imports only the `open` folders
// and files, and itself. It resolves every relative import against the importing file,
// so depth and spelling do not matter ('../lib/x', '../../lib/x' from a subfolder);
// no-restricted-imports matches the written string and cannot tell which folder a
// path lands in. Files directly in `root` (the composition: App, AppRoutes, main) are
// not checked. A link that must stay is an exception { from, to, why }, both paths
// relative to `root`, with the reason shown beside it in eslint.config.js.
import path from 'node:path';

const stripExt = (p) => p.replace(/\.(tsx?|jsx?|css)$/, '');

/** @type {import('eslint').Rule.RuleModule} */
export const folderZones = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          open: { type: 'array', items: { type: 'string' } },
          exceptions: {
            type: 'array',
            items: {
              type: 'object',
              properties: { from: { type: 'string' }, to: { type: 'string' }, why: { type: 'string' } },
              required: ['from', 'to', 'why'],
              additionalProperties: false,
            },
          },
          readme: { type: 'string' },
        },
        required: ['root', 'open'],
        additionalProperties: false,
      },
    ],
    messages: {
      crossing:
        "{{folder}}/ may import only {{open}} and itself, but '{{spec}}' reaches into {{target}}. " +
        'Move what both need to a shared folder, or pass it down from the page; see {{readme}}.',
    },
  },
  create(context) {
    const { root, open, exceptions = [], readme = `${root}/README.md` } = context.options[0];
    const rootDir = path.resolve(context.cwd, root);
    const rel = (p) => path.relative(rootDir, p).split(path.sep).join('/');
    const here = rel(context.physicalFilename);
    if (here.startsWith('..') || !here.includes('/')) return {};
    const folder = here.split('/')[0];
    const allowed = (target) => {
      const top = target.split('/')[0];
      if (target.startsWith('..') || top === folder) return true;
      return open.some((o) => (o.endsWith('/') ? top === o.slice(0, -1) : stripExt(target) === stripExt(o)));
    };
    const excepted = (target) =>
      exceptions.some((e) => stripExt(e.from) === stripExt(here) && stripExt(e.to) === stripExt(target));
    const check = (node) => {
      const spec = node?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = rel(path.resolve(path.dirname(context.physicalFilename), spec));
      if (allowed(target) || excepted(target)) return;
      const targetTop = target.includes('/') ? `${target.split('/')[0]}/` : target;
      context.report({
        node,
        messageId: 'crossing',
        data: { folder, open: open.join(', '), spec, target: targetTop, readme },
      });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n.source),
    };
  },
};
