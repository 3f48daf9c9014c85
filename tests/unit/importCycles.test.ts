// No import cycle in electron/core, shared/ or renderer/src, type-only imports
// included (issue 17): every .ts/.tsx file is parsed with the TypeScript compiler, its static imports, `export …
// from` and dynamic import() collected, and the graph searched for strongly
// connected components. A cycle is named file by file so it can be broken.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const folders = [path.join(root, 'electron', 'core'), path.join(root, 'shared'), path.join(root, 'renderer', 'src')];

type Graph = Map<string, string[]>;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier a file names: import (type or not), export … from, import(), import x = require(). */
export function specifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const ref = node.moduleReference.expression;
      if (ts.isStringLiteral(ref)) found.push(ref.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text); // `import('./x').T` in a type position
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names (x.ts, x.tsx or x/index.ts); null for packages and files outside the set. */
function resolve(from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

function sourceGraph(): Graph {
  const files = folders.flatMap(tsFiles);
  const known = new Set(files);
  const graph: Graph = new Map();
  for (const file of files) {
    const targets = specifiers(file, fs.readFileSync(file, 'utf8'))
      .map((s) => resolve(file, s, known))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The cycles of a graph: each strongly connected component of more than one node
 * (or a node importing itself), nodes sorted, found with Tarjan's algorithm.
 */
export function findCycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

/** One shortest way round a cycle found above, from its first node back to it: what to break. */
export function cyclePath(graph: Graph, cycle: readonly string[]): string[] {
  const members = new Set(cycle);
  const start = cycle[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const way = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) way.splice(1, 0, at);
        return [...way, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

function describeCycle(graph: Graph, cycle: readonly string[]): string {
  const name = (file: string) => path.relative(root, file);
  const way = cyclePath(graph, cycle).map(name).join(' → ');
  return cycle.length <= 2 ? way : `${way} (one way round a knot of ${cycle.length} files: ${cycle.map(name).join(', ')})`;
}

describe('import cycles in electron/core, shared/ and renderer/src', () => {
  it('finds a cycle in a small graph, and none in a chain', () => {
    const cyclic: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(findCycles(cyclic)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(cyclePath(cyclic, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'a']);
    expect(cyclePath(cyclic, ['e'])).toEqual(['e', 'e']);
    const chain: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(findCycles(chain)).toEqual([]);
  });

  it('collects type-only imports, re-exports and dynamic imports', () => {
    const text = [
      "import type { A } from './a';",
      "import { b } from './b';",
      "export { c } from './c';",
      "export type * from './d';",
      "const e = await import('./e');",
      "type F = import('./f').F;",
      "import g = require('./g');",
    ].join('\n');
    expect(specifiers('x.ts', text)).toEqual(['./a', './b', './c', './d', './e', './f', './g']);
  });

  it('has none', () => {
    const graph = sourceGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycles(graph).map((cycle) => describeCycle(graph, cycle))).toEqual([]);
  });
});
