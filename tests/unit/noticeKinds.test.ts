// The shapes each kind of document takes, on corpus documents (tests/fixtures/notices/corpus):
// the problem list's groups and 不适用 reasons, the repaired statistics table, the
// self-check table's blanks, the traditional notice's phases and a hospital's work
// points with their labelled units and deadlines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposalToCampaign } from '../../electron/core/campaigns/notice/accept';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { noticesDir } from '../support/temp';

const read = (name: string) => parseNotice(fs.readFileSync(path.join(noticesDir, 'corpus', name), 'utf8'), name);

describe('a problem list', () => {
  const p = read('01-problem-list-lanling.txt');
  const groups = p.campaign.checklists[0]!.groups;

  it('gives one group per category and one 有/无 item per behaviour, asking for cases and amounts', () => {
    expect(p.kind).toBe('problemList');
    expect(p.campaign.tasks).toEqual([]);
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([
      ['不合理收费问题', 6],
      ['串换项目(药品)问题', 2],
      ['不规范诊疗问题', 3],
      ['虚构服务问题', 4],
      ['诱导骗保问题', 1],
      ['其他违法违规问题', 6],
    ]);
    expect(groups[0]!.items[0]).toMatchObject({ text: '将收费诊疗项目分解成多个项目收费', answer: { kind: 'yesno' } });
    expect(groups[0]!.items[5]!.text).toBe('高套病种(病组)结算');
    expect(groups[0]!.items[0]!.blanks?.map((b) => [b.kind, b.unit])).toEqual([['yesno', ''], ['count', '例'], ['amount', '万元']]);
  });

  it('flags the behaviours of 参保人员 and 经办人员 不适用, not those shared with the hospital', () => {
    const flagged = groups[5]!.items.map((i) => i.flags.find((f) => f.code === 'notApplicable')?.message ?? null);
    expect(flagged.map((m) => m && /针对(.+?)，/.exec(m)?.[1])).toEqual([null, null, null, '参保人员', '医保经办机构及其人员', null]);
  });

  it('accepts as a campaign whose checklist carries the groups, the note kept and the proposal-only blanks dropped', () => {
    const c = proposalToCampaign({ ...p, campaign: { ...p.campaign, title: '问题清单', issuers: ['某医保局'] } });
    expect(c.checklists[0]!.groups[0]!.items[0]).toEqual({ id: 'clp-i1', no: '1', text: '将收费诊疗项目分解成多个项目收费', answer: { kind: 'yesno' }, note: '有则填写：涉及例数、涉及金额（万元）' });
  });
});

describe('fill-in tables', () => {
  it('puts a glued header row and wrapped labels back together, with units from the 单位 column and 其中 as a part', () => {
    const t = read('17-variant-glued-stat-table.txt').campaign.tables[0]!;
    const rows = t.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => [r.no, r.label, r.unit])).toEqual([
      ['1', '自查科室数', '个'],
      ['2', '自查发现问题数(含已整改和正在整改的问题)', '个'],
      ['3', '其中:已整改问题数', '个'],
      ['4', '清退违规收费金额', '万元'],
      ['5', '对相关责任人员进行处理(含诫勉谈话、通报批评等)', '人'],
      ['6', '开展警示教育场次', '场'],
    ]);
    expect(rows[2]!.parent).toBe(rows[1]!.id);
    expect(t.headerFields).toEqual(['填报单位(盖章)', '填报时间', '填报人', '联系电话']);
  });

  it('reads a box-drawn self-check table as two groups of items whose answers are their blanks', () => {
    const cl = read('18-variant-box-selfcheck.txt').campaign.checklists[0]!;
    expect(cl.groups.map((g) => g.title)).toEqual(['制度建设', '问题查处']);
    const items = cl.groups.flatMap((g) => g.items);
    expect(items.map((i) => [i.no, i.answer.kind, i.blanks?.map((b) => b.kind)])).toEqual([
      ['1', 'date', ['date']],
      ['2', 'docNumber', ['docNumber']],
      ['3', 'count', ['persons']],
      ['4', 'amount', ['amount']],
      ['5', 'percent', ['percent']],
    ]);
    expect(items[0]!.note).toBe('依据：《医疗机构工作人员廉洁从业九项准则》');
  });

  it('keeps the date, 文号 and % blanks as answer kinds when the self-check table is accepted', () => {
    const p = read('18-variant-box-selfcheck.txt');
    const c = proposalToCampaign({ ...p, campaign: { ...p.campaign, title: '自查表', issuers: ['某卫健委'] } });
    expect(c.checklists[0]!.groups.flatMap((g) => g.items.map((i) => i.answer))).toEqual([
      { kind: 'date' }, { kind: 'docNumber' }, { kind: 'count', unit: '人' }, { kind: 'amount', unit: '万元' }, { kind: 'percent' },
    ]);
  });
});

describe('notices and work points', () => {
  it('reads a traditional notice with half-width brackets: its three sections are dated phases', () => {
    const c = read('16-variant-traditional-halfwidth.txt').campaign;
    expect(c.docNumber).toBe('国卫办医政函〔2025〕88号');
    expect(c.phases.map((x) => [x.name, x.start, x.end])).toEqual([
      ['自查自纠', null, '2025-06-30'],
      ['集中整治', '2025-07-01', '2025-09-30'],
      ['总结提升', '2025-10-01', null],
    ]);
    expect(c.duties.map((d) => d.due)).toEqual(['2025-06-30', '2025-11-15']);
  });

  it('takes a work point’s （牵头科室：…；配合科室：…；完成时限：…） as its units and deadline', () => {
    const tasks = read('22-variant-hospital-work-points.txt').campaign.tasks;
    expect(tasks.map((t) => [t.leadUnits, t.coUnits, t.deadline?.date ?? t.deadline?.original])).toEqual([
      [['党办'], ['各党支部'], '2025-12-31'],
      [['纪检监察室'], [], '2025-06-30'],
      [['药学部'], ['医务科'], '持续推进'],
      [['医务科'], [], '2025-09-30'],
      [['行风办'], ['绩效办'], '2025-12-31'],
    ]);
    expect(tasks[0]!.text).toBe('开展医德医风专题教育,全年组织集中学习不少于4次');
  });
});

describe('a statistics table pasted with its cells run together by spaces', () => {
  it('reads its rows, a wrapped description joined, and its figure columns from the header', () => {
    const t = read('36-fill-in-traditional-spaced.txt').campaign.tables[0]!;
    expect(t.columns.map((c) => c.label)).toEqual(['违规例(次)数', '违规金额(万元)']);
    const rows = t.sections[0]!.rows;
    expect(rows).toHaveLength(10);
    expect(rows[5]).toMatchObject({ no: '6', label: '虚假结算', sublabel: '伪造、变造医疗文书、财务票据凭证或结算数据等行为。' });
  });
});

describe('numeric targets', () => {
  it('are kept on the accepted tasks, and a task without any carries no targets key', () => {
    const p = read('22-variant-hospital-work-points.txt');
    const proposed = p.campaign.tasks.flatMap((t) => t.targets ?? []);
    expect(proposed.length).toBeGreaterThan(0);
    const c = proposalToCampaign({ ...p, campaign: { ...p.campaign, title: '工作要点', issuers: ['某医院'] } });
    expect(c.tasks.flatMap((t) => t.targets ?? [])).toEqual(proposed);
    expect(c.tasks.every((t) => t.targets === undefined || t.targets.length > 0)).toBe(true);
  });
});
