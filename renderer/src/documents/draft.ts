// Pure edits of a draft: runs merged and counted, blocks added, moved and removed,
// stale figures refreshed. The editor keeps one OfficialDocument and replaces it.
import type { Block, Inline, OfficialDocument } from '../../../shared/document';

/** Adjacent text runs merged and empty ones dropped, so that equal drafts compare equal. */
export function normalizeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (run.kind === 'text') {
      if (run.text === '') continue;
      if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + run.text };
      else out.push(run);
    } else out.push(run);
  }
  return out;
}

/** The runs of a block that hold inlines (a paragraph's runs, a heading's run-on text). */
export function runsOf(block: Block): Inline[] {
  if (block.kind === 'paragraph') return block.runs;
  if (block.kind === 'heading') return block.runOn ?? [];
  return [];
}

export function withRuns(block: Block, runs: Inline[]): Block {
  if (block.kind === 'paragraph') return { ...block, runs };
  if (block.kind === 'heading') return { ...block, runOn: runs.length ? runs : undefined };
  return block;
}

/** Replaces one inline of one block (an override, a filled blank). */
export function replaceRun(doc: OfficialDocument, blockId: string, index: number, run: Inline): OfficialDocument {
  return mapBlock(doc, blockId, (b) => {
    const runs = [...runsOf(b)];
    runs[index] = run;
    return withRuns(b, normalizeRuns(runs));
  });
}

export function mapBlock(doc: OfficialDocument, blockId: string, fn: (b: Block) => Block): OfficialDocument {
  return { ...doc, body: doc.body.map((b) => (b.id === blockId ? fn(b) : b)) };
}

let counter = 0;
/** An id no block of this draft has yet. */
export function newBlockId(doc: OfficialDocument): string {
  const taken = new Set(doc.body.map((b) => b.id));
  let id: string;
  do id = `u${Date.now().toString(36)}${(counter++).toString(36)}`;
  while (taken.has(id));
  return id;
}

export function insertBlock(doc: OfficialDocument, at: number, block: Block): OfficialDocument {
  const body = [...doc.body];
  body.splice(at, 0, block);
  return { ...doc, body };
}

export function removeBlock(doc: OfficialDocument, blockId: string): { doc: OfficialDocument; removed: { block: Block; index: number } | null } {
  const index = doc.body.findIndex((b) => b.id === blockId);
  const block = doc.body[index];
  if (!block) return { doc, removed: null };
  return { doc: { ...doc, body: doc.body.filter((b) => b.id !== blockId) }, removed: { block, index } };
}

export function moveBlock(doc: OfficialDocument, blockId: string, by: -1 | 1): OfficialDocument {
  const from = doc.body.findIndex((b) => b.id === blockId);
  const to = from + by;
  const block = doc.body[from];
  if (!block || to < 0 || to >= doc.body.length) return doc;
  const body = [...doc.body];
  body.splice(from, 1);
  body.splice(to, 0, block);
  return { ...doc, body };
}

/** Every figure of the body and attachments whose key the records now answer differently takes the new value. */
export function refreshFigures(doc: OfficialDocument, stale: Record<string, string>): OfficialDocument {
  const fix = (runs: Inline[]) => runs.map((r) => (r.kind === 'figure' && r.key in stale ? { ...r, value: stale[r.key] ?? r.value } : r));
  const fixBlocks = (blocks: Block[]) => blocks.map((b) => (b.kind === 'table' ? b : withRuns(b, fix(runsOf(b)))));
  return { ...doc, body: fixBlocks(doc.body), attachments: doc.attachments.map((a) => ({ ...a, blocks: fixBlocks(a.blocks) })) };
}

/** Blanks and overrides in the body, as the list shows them. */
export function draftCounts(doc: OfficialDocument): { blanks: number; overrides: number } {
  let blanks = 0;
  let overrides = 0;
  for (const b of doc.body) {
    for (const r of runsOf(b)) {
      if (r.kind === 'blank') blanks++;
      if (r.kind === 'figure' && r.override !== null) overrides++;
    }
  }
  return { blanks, overrides };
}
