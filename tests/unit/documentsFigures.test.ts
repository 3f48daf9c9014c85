// Every built-in campaign's documents, drafted from the demo data as `zicha demo`
// builds it, say what their records and their attached tables say: each figure the
// summary states from a table is that table's cell and a recount in SQL of the
// campaign's own clues and cases in its period; each "其中" lists parts that add
// up to at most their whole; units and rates are written as an office writes them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLED_DISPOSALS } from '../../shared/cases';
import { inlineText, type Inline, type OfficialDocument } from '../../shared/document';
import type { Measure } from '../../shared/stats';
import { openCatalogDatabase } from '../../electron/core/context';
import type { Db } from '../../electron/core/db/open';
import { buildDemo } from '../../electron/core/demo/demo';
import { campaignFigures, type CampaignFigures } from '../../electron/core/documents/figures';
import { allInlines, freshDocument } from '../../electron/core/documents/store';
import { repoRoot } from '../harness/harness';

const TODAY = '2020-11-20';
const CAMPAIGNS = ['sc-2020-96', 'gx-2020-special', 'sn-2020-36', 'kz-2022-115', 'sc-2021-division'];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-docfigures-'));
let db: Db;
const docs = new Map<string, OfficialDocument>();
const figures = new Map<string, CampaignFigures>();

beforeAll(async () => {
  db = await openCatalogDatabase(path.join(dir, 'demo.sqlite'), path.join(repoRoot, 'resources'), () => new Date(`${TODAY}T02:00:00.000Z`));
  buildDemo(db, { scale: 1, evidenceDir: path.join(dir, 'evidence') });
  for (const c of CAMPAIGNS) {
    figures.set(c, campaignFigures(db, c, TODAY));
    for (const kind of ['summary', 'workplan', 'group'] as const) docs.set(`${c}/${kind}`, freshDocument(db, c, kind, TODAY));
  }
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Figure = Extract<Inline, { kind: 'figure' }>;
const figuresOf = (doc: OfficialDocument) => allInlines(doc).filter((r): r is Figure => r.kind === 'figure');

const CASE_EXPR: Record<string, string> = {
  cases: 'count(*)', amount: 'total(k.amount_fen) / 1000000.0', persons: 'total(k.persons)', penalized: 'total(k.penalized)',
  transferred: 'total(k.to_discipline + k.to_judicial)', toDiscipline: 'total(k.to_discipline)', toJudicial: 'total(k.to_judicial)',
  agreement: 'total(k.agreement_action IS NOT NULL)', refund: 'total(k.refund_fen) / 1000000.0', supervised: 'total(k.supervision IS NOT NULL)',
};

/** The measure recounted by hand in SQL: only the campaign's linked records, within the period. */
function recount(campaignId: string, m: Measure, period: { start: string; end: string }): number | null {
  const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
  if (m.source === 'clues') {
    const where = [`c.received_on BETWEEN '${period.start}' AND '${period.end}'`];
    if (m.channels.length) where.push(`c.channel IN (${list(m.channels)})`);
    if (m.handledOnly) where.push(`c.disposal IN (${list(HANDLED_DISPOSALS)})`);
    return db.prepare(`SELECT count(*) FROM clue c WHERE c.id IN (SELECT clue_id FROM clue_campaign WHERE campaign_id = ?) AND ${where.join(' AND ')}`).pluck().get(campaignId) as number;
  }
  if (m.source !== 'cases') return null;
  const where = [`k.opened_on BETWEEN '${period.start}' AND '${period.end}'`];
  if (m.categories.length) where.push(`k.category IN (${list(m.categories)})`);
  return db.prepare(`SELECT ${CASE_EXPR[m.value] ?? 'NULL'} FROM case_record k WHERE k.id IN (SELECT case_id FROM case_campaign WHERE campaign_id = ?) AND ${where.join(' AND ')}`).pluck().get(campaignId) as number;
}

describe('the summary of every built-in campaign, from the demo data', () => {
  it('states each table figure as its attached table’s cell and as a recount of the campaign’s own records', () => {
    let checked = 0;
    for (const c of CAMPAIGNS) {
      const doc = docs.get(`${c}/summary`) as OfficialDocument;
      const f = figures.get(c) as CampaignFigures;
      const attached = doc.attachments.map((a) => a.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
      for (const fig of figuresOf(doc).filter((x) => x.key.startsWith('table.'))) {
        const [, tableId, rowId, columnId = ''] = fig.key.split('.');
        const i = f.sent.findIndex((v) => v.tableId === tableId);
        const view = f.sent[i];
        const row = view?.sections.flatMap((s) => s.rows).find((r) => r.id === rowId);
        const cell = row?.cells.find((x) => x.columnId === columnId);
        expect(cell?.text, `${c} ${fig.key}`).toBe(fig.value);
        // The attachment prints that cell: a row of its table holds the row's sublabel or label and the figure.
        const printed = (attached[i] ?? []).flatMap((t) => t.rows).some((cells) => {
          const texts = cells.map((x) => x.text);
          return texts.includes(fig.value) && texts.some((x) => x === (row?.sublabel ?? row?.label) || x === row?.label);
        });
        expect(printed, `${c} ${fig.key} printed in 附件${i + 1}`).toBe(true);
        if (!cell?.measure || !f.period) continue;
        const sql = recount(c, cell.measure, f.period);
        if (sql !== null) expect(Number(fig.value), `${c} ${fig.key} recounted`).toBeCloseTo(sql, 4);
        checked++;
      }
    }
    // 川 附件2 and 广西 附件4 both tell their cases in the text.
    expect(checked).toBeGreaterThan(20);
  });

  it('states the records’ own figures as a recount in SQL gives them', () => {
    for (const c of CAMPAIGNS) {
      const f = figures.get(c) as CampaignFigures;
      const v = Object.fromEntries(figuresOf(docs.get(`${c}/summary`) as OfficialDocument).map((x) => [x.key, x.value]));
      const problems = (statuses: string) => String(db.prepare(`SELECT count(*) FROM problem WHERE campaign_id = ? AND status IN (${statuses})`).pluck().get(c));
      if (v['problems.total'] !== undefined) {
        expect(v['problems.total']).toBe(problems("'pending','inProgress','staged','done','verified','signedOff'"));
        expect(v['problems.rectified']).toBe(problems("'done','verified','signedOff'"));
        expect(v['problems.staged']).toBe(problems("'staged'"));
        expect(v['problems.unfinished']).toBe(problems("'pending','inProgress'"));
      } else {
        expect(problems("'pending','inProgress','staged','done','verified','signedOff'"), c).toBe('0');
      }
      if (v['cases.total'] !== undefined && f.period) {
        expect(Number(v['cases.total'])).toBe(recount(c, { source: 'cases', value: 'cases', categories: [] }, f.period));
        expect(Number(v['cases.persons'])).toBe(recount(c, { source: 'cases', value: 'persons', categories: [] }, f.period));
      }
      if (v['clues.total'] !== undefined && f.period) {
        expect(Number(v['clues.total'])).toBe(recount(c, { source: 'clues', handledOnly: false, channels: [] }, f.period));
      }
    }
    // No campaign states another's records: 陕 and the 2021/2022 work points are not 川's 38 cases.
    const sn = figuresOf(docs.get('sn-2020-36/summary') as OfficialDocument).find((x) => x.key === 'cases.total');
    const sc = db.prepare("SELECT count(*) FROM case_campaign WHERE campaign_id = 'sc-2020-96'").pluck().get() as number;
    expect(Number(sn?.value)).not.toBe(sc);
  });

  it('attaches exactly what the duty sends: 附表3、4 for 广西 and no checklist kept for the inspectors', () => {
    const titles = (c: string) => (docs.get(`${c}/summary`) as OfficialDocument).attachments.map((a) => a.title);
    expect(titles('gx-2020-special')).toEqual(['广西医疗卫生领域突出问题专项整治行动工作量化统计表一', '广西医疗卫生领域突出问题专项整治行动工作量化统计表二']);
    expect(titles('sc-2020-96')).toEqual([expect.stringContaining('卫生健康行业领域突出问题专项整治行动工作统计表')]);
    expect(titles('sn-2020-36')).toEqual([]);
  });
});

/** Every "其中" of a paragraph: its whole is the figure just before it, its parts the figures after it at the same depth. */
function breakdowns(runs: Inline[]): { whole: number; parts: number[]; text: string }[] {
  const out: { whole: number; parts: number[]; text: string }[] = [];
  const tokens: ({ kind: 'n'; v: number } | { kind: 't'; s: string })[] = [];
  for (const r of runs) {
    if (r.kind === 'figure') tokens.push({ kind: 'n', v: Number(r.override ?? r.value) });
    else tokens.push({ kind: 't', s: inlineText(r) });
  }
  const text = runs.map(inlineText).join('');
  tokens.forEach((tok, i) => {
    if (tok.kind !== 't' || !tok.s.includes('其中')) return;
    let whole: number | null = null;
    for (let k = i - 1; k >= 0; k--) {
      const x = tokens[k];
      if (x?.kind === 'n') { whole = x.v; break; }
    }
    const parts: number[] = [];
    let depth = 0;
    for (let k = i + 1; k < tokens.length; k++) {
      const x = tokens[k];
      if (!x) break;
      if (x.kind === 'n') { if (depth === 0) parts.push(x.v); continue; }
      let stop = false;
      for (const ch of x.s) {
        if (ch === '（') depth++;
        else if (ch === '）') { if (depth === 0) { stop = true; break; } depth--; }
        else if (depth === 0 && /[。；，]/.test(ch)) { stop = true; break; }
      }
      if (stop) break;
    }
    if (whole !== null) out.push({ whole, parts, text });
  });
  return out;
}

describe('every generated document, read as the director who signs it', () => {
  it('writes "其中" only before parts that add up to at most their whole', () => {
    let seen = 0;
    for (const [name, doc] of docs) {
      for (const b of doc.body) {
        const runs = b.kind === 'paragraph' ? b.runs : b.kind === 'heading' ? (b.runOn ?? []) : [];
        for (const x of breakdowns(runs)) {
          seen++;
          expect(x.parts.reduce((s, n) => s + n, 0), `${name}: ${x.text}`).toBeLessThanOrEqual(x.whole);
        }
      }
    }
    expect(seen).toBeGreaterThan(3);
  });

  it('uses 家 for no count of the hospital’s own cases, writes rates without trailing zeros, and names leaders post first', () => {
    for (const [name, doc] of docs) {
      const body = doc.body.map((b) => (b.kind === 'paragraph' ? b.runs : b.kind === 'heading' ? (b.runOn ?? []) : []).map(inlineText).join('')).join('\n');
      expect(body, name).not.toMatch(/\d家/);
      expect(body, name).not.toMatch(/\d\.\d*0%/);
      expect(body, name).not.toMatch(/给予处理/);
      if (name.endsWith('/summary')) expect(body, name).toContain('院长张建国、党委书记李红梅任组长');
      // No task heading stands empty with a blank of its own and nothing else.
      expect(body, name).not.toMatch(/的具体措施〕/);
    }
    // 下一步 comes from what each campaign still has open, so the summaries do not all say the same.
    const nextOf = (c: string) => {
      const body = (docs.get(`${c}/summary`) as OfficialDocument).body;
      const at = body.findIndex((b) => b.kind === 'heading' && b.text.includes('下一步'));
      return JSON.stringify(body.slice(at).map((b) => (b.kind === 'heading' ? [b.text, (b.runOn ?? []).map(inlineText).join('')] : b)));
    };
    expect(new Set(CAMPAIGNS.map(nextOf)).size).toBeGreaterThan(2);
  });
});
