// The built-in campaigns are faithful to the notices they encode: the counts and
// units of ../shared/seeds/README.md, and every task and item text found in its
// notice (tests/fixtures/notices) once whitespace, watermarks and PAGE are ignored.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CampaignFile, StatisticsTable } from '../../shared/campaign';
import { normalizeNoticeText } from '../../shared/noticeText';
import { readBuiltinCampaigns } from '../../electron/core/campaigns/builtin';
import { campaignsDir, noticesDir } from '../support/temp';

const campaigns = readBuiltinCampaigns(campaignsDir);
const byId = (id: string): CampaignFile => {
  const c = campaigns.find((x) => x.id === id);
  if (!c) throw new Error(`missing campaign ${id}`);
  return c;
};
const rows = (t: StatisticsTable) => t.sections.flatMap((s) => s.rows);
const items = (c: CampaignFile) => c.checklists.flatMap((cl) => cl.groups.flatMap((g) => g.items));
const tally = (units: (string | null)[]) => units.reduce<Record<string, number>>((m, u) => ({ ...m, [u ?? '']: (m[u ?? ''] ?? 0) + 1 }), {});

describe('the five built-in campaigns', () => {
  it('are five valid campaign files with distinct ids', () => {
    expect(campaigns.map((c) => c.id).sort()).toEqual(['gx-2020-special', 'kz-2022-115', 'sc-2020-96', 'sc-2021-division', 'sn-2020-36']);
  });

  it.each(campaigns.map((c) => [c.id, c] as const))('%s carries its notice text exactly as received', (_id, c) => {
    expect(c.source).not.toBeNull();
    const fixture = fs.readFileSync(path.join(noticesDir, c.source?.name ?? ''), 'utf8');
    expect(c.source?.text).toBe(fixture);
  });

  it.each(campaigns.map((c) => [c.id, c] as const))('%s: every task and item text appears in its notice', (_id, c) => {
    const notice = normalizeNoticeText(fs.readFileSync(path.join(noticesDir, c.source?.name ?? ''), 'utf8'));
    const texts = [...c.tasks.map((t) => t.text), ...items(c).map((i) => i.text)];
    expect(texts.length).toBeGreaterThan(0);
    const missing = texts.filter((t) => !notice.includes(normalizeNoticeText(t)));
    expect(missing).toEqual([]);
  });
});

describe('川卫函〔2020〕96号', () => {
  const c = byId('sc-2020-96');
  it('has Annex 2 with 4 sections and 27 rows, each with its unit', () => {
    expect(c.docNumber).toBe('川卫函〔2020〕96号');
    const annex2 = c.tables.find((t) => t.annex === '附件2');
    expect(annex2?.sections).toHaveLength(4);
    expect(rows(annex2 as StatisticsTable).map((r) => r.unit)).toEqual([
      '条', '条', '件', '起', '万元', '人次', '人次', '人次', '起', '件', '万元', '人次', '人次', '人次',
      '起', '人次', '万元', '人次', '起', '起', '起', '家', '家', '万元', '人次', '人次', '人次',
    ]);
  });
  it('stores the corrected June date and keeps the notice wording beside it', () => {
    expect(c.phases.map((p) => p.end)).toEqual(['2020-06-30', '2020-08-31', '2020-11-30', '2020-12-10']);
    const first = c.phases[0];
    expect(first?.original).toContain('6月10日-31日');
    expect(first?.correction).toMatch(/6月/);
    expect(c.period).toMatchObject({ start: '2020-06-10', end: '2020-12-10' });
  });
  it('has the reporting duties: by 06-15, monthly before the 5th, stamped PDF summary by 11-30', () => {
    expect(c.duties.some((d) => d.due === '2020-06-15')).toBe(true);
    expect(c.duties.some((d) => d.recurrence?.kind === 'monthly' && d.recurrence.day === 5)).toBe(true);
    expect(c.duties.some((d) => d.due === '2020-11-30' && d.formats.includes('stampedPdf'))).toBe(true);
  });
  it('has the 5 measures with lead units, and the six clue channels in the first', () => {
    expect(c.tasks).toHaveLength(5);
    expect(c.tasks.every((t) => t.leadUnits.length > 0)).toBe(true);
    for (const channel of ['官方网站', '三监管', '扫黑除恶', '审计', '投诉举报', '交办']) expect(c.tasks[0]?.text).toContain(channel);
  });
});

describe('开州卫发〔2022〕115号', () => {
  const c = byId('kz-2022-115');
  it('has 16 tasks in 5 sections: 6 standing and 10 by the end of December', () => {
    expect(c.tasks).toHaveLength(16);
    expect(new Set(c.tasks.map((t) => t.section)).size).toBe(5);
    expect(c.tasks.filter((t) => t.deadline?.standing && t.deadline.original.includes('持续推进'))).toHaveLength(6);
    const december = c.tasks.filter((t) => t.deadline?.original.includes('12月底前'));
    expect(december).toHaveLength(10);
    expect(december.every((t) => t.deadline?.date === '2022-12-31')).toBe(true);
  });
  it('keeps lead and cooperating units (区医保局 leads task 7)', () => {
    expect(c.tasks[6]?.leadUnits).toContain('区医保局');
    expect(c.tasks[6]?.coUnits.length).toBeGreaterThan(0);
  });
});

describe('陕卫办医发〔2020〕36号', () => {
  const c = byId('sn-2020-36');
  it('has the 8 task areas and 3 phases', () => {
    const areas = ['加强党对纠风工作的全面领导', '欺诈骗取医保基金', '医药流通领域改革成效', '行业协会专项治理', '医疗行业乱象', '改善医疗服务行动', '公共卫生行风治理', '基层医疗机构行风治理'];
    for (const a of areas) expect(c.tasks.some((t) => `${t.section}${t.title}`.includes(a))).toBe(true);
    expect(new Set(c.tasks.map((t) => t.section)).size).toBe(8);
    expect(c.phases.map((p) => p.end)).toEqual(['2020-08-31', '2020-10-31', '2020-12-31']);
  });
  it('asks for the problem report by 08-31 and the summary by 12-15', () => {
    expect(c.duties.map((d) => d.due)).toEqual(expect.arrayContaining(['2020-08-31', '2020-12-15']));
  });
});

describe('广西 2020', () => {
  const c = byId('gx-2020-special');
  it('has the Annex 2 checklist: 33 numbered items in 3 groups with several answer kinds', () => {
    const list = items(c);
    expect(list.map((i) => Number(i.no))).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(c.checklists[0]?.groups).toHaveLength(3);
    expect(new Set(list.map((i) => i.answer.kind))).toEqual(new Set(['yesno', 'sampled', 'amount', 'persons']));
    expect(c.checklists[0]?.header.map((h) => h.label)).toEqual(expect.arrayContaining(['医疗机构类别', '等级', '性质']));
  });
  it('has Annex 3 (15 rows) and Annex 4 (41 rows, 4 institution classes, its units)', () => {
    const annex3 = c.tables.find((t) => t.annex === '附件3');
    const annex4 = c.tables.find((t) => t.annex === '附件4');
    expect(rows(annex3 as StatisticsTable)).toHaveLength(15);
    expect(rows(annex4 as StatisticsTable)).toHaveLength(41);
    expect(annex4?.columns).toHaveLength(4);
    expect(tally(rows(annex4 as StatisticsTable).map((r) => r.unit))).toEqual({ 起: 24, 条: 1, 个: 5, 万元: 1, 人: 10 });
  });
  it('has 4 tasks with lead and cooperating units, 3 phases, and the 12-05 duty', () => {
    expect(c.tasks).toHaveLength(4);
    expect(c.tasks.every((t) => t.leadUnits.length > 0 && t.coUnits.length > 0)).toBe(true);
    expect(c.phases).toHaveLength(3);
    expect(c.duties.some((d) => d.due === '2020-12-05' && d.formats.includes('docx') && d.formats.includes('pdf'))).toBe(true);
  });
});

describe('四川 2021 任务分工', () => {
  const c = byId('sc-2021-division');
  it('has 15 tasks, each with title, text, responsible units and 12月底前', () => {
    expect(c.tasks).toHaveLength(15);
    for (const t of c.tasks) {
      expect(t.title && t.text && t.leadUnits.length).toBeTruthy();
      expect(t.deadline).toMatchObject({ date: '2021-12-31', original: '12月底前', standing: false });
    }
  });
});
