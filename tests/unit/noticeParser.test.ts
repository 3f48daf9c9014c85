// The notice parser against the five built-in campaigns, which were encoded by hand
// from the same notices: for each notice, the share of phases, duties, tasks, task
// units and deadlines, checklist items and table rows the parser recovers exactly.
// The floors below are what the parser reached when they were set; raise them, never lower.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../shared/campaign';
import { normalizeNoticeText } from '../../shared/noticeText';
import type { NoticeProposal } from '../../shared/noticeProposal';
import { readBuiltinCampaigns } from '../../electron/core/campaigns/builtin';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { proposalToCampaign } from '../../electron/core/campaigns/notice/accept';
import { campaignsDir, noticesDir } from '../support/temp';

type Kind = 'phases' | 'duties' | 'tasks' | 'units' | 'deadlines' | 'items' | 'rows';
const KINDS: Kind[] = ['phases', 'duties', 'tasks', 'units', 'deadlines', 'items', 'rows'];

/** Per notice and kind, the least share recovered exactly (1 = all). */
const FLOORS: Record<string, Partial<Record<Kind, number>>> = {
  'sc-2020-96': { phases: 1, duties: 1, tasks: 1, units: 1, rows: 1 },
  'kz-2022-115': { tasks: 1, units: 1, deadlines: 1 },
  'sn-2020-36': { phases: 1, duties: 1, tasks: 1, units: 1 },
  // 003: one row splits its “（挂证）” into a sub-label in the built-in file.
  'gx-2020-special': { phases: 1, duties: 1, tasks: 1, units: 1, items: 1, rows: 0.97 },
  'sc-2021-division': { tasks: 1, units: 1, deadlines: 1 },
};

const n = (s: string | null | undefined) => normalizeNoticeText(s ?? '').replace(/[。；]$/, '');
const same = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

function share<T>(expected: T[], found: (e: T) => boolean): number | null {
  return expected.length ? expected.filter(found).length / expected.length : null;
}

/** Like share, but each found element answers for one expected element only. */
function shareOnce<T, U>(expected: T[], found: U[], eq: (e: T, f: U) => boolean): number | null {
  const left = [...found];
  return share(expected, (e) => {
    const i = left.findIndex((f) => eq(e, f));
    if (i >= 0) left.splice(i, 1);
    return i >= 0;
  });
}

function recall(want: CampaignFile, got: NoticeProposal['campaign']): Record<Kind, number | null> {
  const textOf = new Map(got.tasks.map((t) => [n(t.text), t]));
  const matchTask = (t: CampaignFile['tasks'][number]) => textOf.get(n(t.text));
  const wantItems = want.checklists.flatMap((c) => c.groups.flatMap((g) => g.items));
  const gotItems = got.checklists.flatMap((c) => c.groups.flatMap((g) => g.items));
  const rowsOf = (tables: CampaignFile['tables']) => tables.flatMap((t) => t.sections.flatMap((s) => s.rows.map((r) => ({ annex: t.annex, r }))));
  const gotRows = rowsOf(got.tables);
  return {
    phases: shareOnce(want.phases, got.phases, (p, q) => n(q.name) === n(p.name) && q.start === p.start && q.end === p.end),
    duties: shareOnce(
      want.duties,
      got.duties,
      (d, e) => e.due === d.due && JSON.stringify(e.recurrence) === JSON.stringify(d.recurrence) && same(e.formats, d.formats),
    ),
    tasks: share(want.tasks, (t) => matchTask(t) !== undefined),
    units: share(want.tasks, (t) => {
      const g = matchTask(t);
      return !!g && same(g.leadUnits, t.leadUnits) && same(g.coUnits, t.coUnits);
    }),
    deadlines: share(
      want.tasks.filter((t) => t.deadline),
      (t) => JSON.stringify(matchTask(t)?.deadline) === JSON.stringify(t.deadline),
    ),
    items: shareOnce(wantItems, gotItems, (i, j) => j.no === i.no && n(j.text) === n(i.text) && JSON.stringify(j.answer) === JSON.stringify(i.answer)),
    rows: shareOnce(
      rowsOf(want.tables),
      gotRows,
      (w, g) => g.annex === w.annex && n(g.r.label) === n(w.r.label) && n(g.r.sublabel) === n(w.r.sublabel) && g.r.unit === w.r.unit,
    ),
  };
}

const builtins = readBuiltinCampaigns(campaignsDir);
const report: string[] = [];
afterAll(() => console.log(`notice parser recall (share recovered exactly):\n${report.join('\n')}`));

describe.each(builtins.map((c) => [c.id, c] as const))('notice of %s', (id, want) => {
  const name = want.source?.name ?? '';
  const text = fs.readFileSync(path.join(noticesDir, name), 'utf8');
  const proposal = parseNotice(text, name);
  const got = proposal.campaign;

  it('has the header of the built-in campaign', () => {
    expect(got.docNumber).toBe(want.docNumber);
    expect(got.issuedOn).toBe(want.issuedOn);
    expect(got.kind).toBe(want.kind);
    expect(n(got.title)).toBe(n(want.title));
    expect(got.period.start).toBe(want.period.start);
    expect(got.period.end).toBe(want.period.end);
  });

  it('recovers its phases, duties, tasks, items and rows above the floors', () => {
    const r = recall(want, got);
    report.push(`  ${id.padEnd(17)} ${KINDS.map((k) => `${k} ${r[k] === null ? '—' : `${Math.round((r[k] ?? 0) * 100)}%`}`).join('  ')}`);
    expect(got.tasks.length).toBe(want.tasks.length);
    expect(got.phases.length).toBe(want.phases.length);
    expect(got.checklists.flatMap((c) => c.groups.flatMap((g) => g.items)).length).toBe(
      want.checklists.flatMap((c) => c.groups.flatMap((g) => g.items)).length,
    );
    for (const kind of KINDS) {
      const floor = FLOORS[id]?.[kind];
      if (r[kind] === null) continue;
      expect(floor, `${id}: no floor set for ${kind}`).toBeDefined();
      expect(r[kind], `${id}: ${kind}`).toBeGreaterThanOrEqual(floor ?? 1);
    }
  });

  it('points every element at the text it came from', () => {
    const spans = [...got.phases, ...got.duties, ...got.tasks, ...got.tables.flatMap((t) => t.sections.flatMap((s) => s.rows))].map((x) => x.span);
    expect(spans.every((s) => s !== null && s.start < s.end && s.end <= text.length)).toBe(true);
    for (const t of got.tasks) {
      // A task's span covers its own title in the source.
      const s = t.span ?? { start: 0, end: 0 };
      expect(n(text.slice(s.start, s.end))).toContain(n(t.title).slice(0, 8));
    }
    if (proposal.spans.docNumber) expect(text.slice(proposal.spans.docNumber.start, proposal.spans.docNumber.end)).toBe(want.docNumber);
  });
});

describe('flags', () => {
  const read = (name: string) => fs.readFileSync(path.join(noticesDir, name), 'utf8');

  it('corrects 6月10日-31日 to June 30th and flags it, keeping the wording', () => {
    const p = parseNotice(read('000_e6ec9bc6c0cc2de0.txt'), '000');
    const first = p.campaign.phases[0];
    expect(first).toMatchObject({ name: '动员自查', start: '2020-06-10', end: '2020-06-30', original: '动员自查（2020年6月10日-31日）' });
    expect(first?.correction).toContain('6月无31日');
    expect(first?.flags.map((f) => f.code)).toEqual(['impossibleDate']);
  });

  it('flags a phase given only as a deadline (2020年8月底前) as having no start', () => {
    const p = parseNotice(read('002_bde7776c8c36b63e.txt'), '002');
    expect(p.campaign.phases[0]?.flags.map((f) => f.code)).toEqual(['phaseWithoutStart']);
  });

  it('asks for the issuers when the notice does not name them (003 is the plan without its cover letter)', () => {
    const p = parseNotice(read('003_e6db9588788a78a4.txt'), '003');
    expect(p.campaign.issuers).toEqual([]);
    expect(p.flags.map((f) => f.message)).toContain('未识别出发文机关，请填写');
    expect(() => proposalToCampaign(p)).toThrow(/发文机关：至少需要 1 项/);
  });

  it('turns the built-in notices into valid campaign files once the header is complete', () => {
    for (const c of builtins) {
      const p = parseNotice(read(c.source?.name ?? ''), c.source?.name ?? '');
      if (!p.campaign.issuers.length) p.campaign.issuers = c.issuers;
      const file = proposalToCampaign(p);
      expect(file.tasks.length).toBe(c.tasks.length);
      expect(file.source?.text).toBe(read(c.source?.name ?? ''));
    }
  });
});
