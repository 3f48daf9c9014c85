// Drafts from the records: an empty database gives marked blanks and no invented
// number; the hand-counted fixture gives its figures, and the totals add up;
// redrafting keeps the officer's overrides and text and says what changed; a
// document that is not valid is not saved.
import { describe, expect, it } from 'vitest';
import type { DocumentDraft } from '../../shared/channels/documents';
import { documentPlainText, type Inline, type OfficialDocument } from '../../shared/document';
import { RECTIFICATION_STATUSES } from '../../shared/ledger';
import { campaignFigures } from '../../electron/core/documents/figures';
import { allInlines } from '../../electron/core/documents/store';
import { responsibleDepartments } from '../../electron/core/documents/drafts/workplan';
import { CAMPAIGN, EXPECTED, openDocumentsApp, seedRecords } from '../fixtures/documents/records';

type Figure = Extract<Inline, { kind: 'figure' }>;
const figures = (doc: OfficialDocument) => allInlines(doc).filter((r): r is Figure => r.kind === 'figure');
const blanks = (doc: OfficialDocument) => allInlines(doc).filter((r) => r.kind === 'blank');
/** Every key with its value; a key printed twice must say the same both times. */
function valuesOf(doc: OfficialDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of figures(doc)) {
    if (out[f.key] !== undefined) expect(f.value, f.key).toBe(out[f.key]);
    out[f.key] = f.value;
  }
  return out;
}
const n = (v: Record<string, string>, key: string) => {
  expect(v[key], key).toMatch(/^\d+(\.\d+)?$/);
  return Number(v[key]);
};

describe('a draft from an empty database', () => {
  it('states no number: every figure of every campaign and kind is a marked blank', async () => {
    const { call, ctx } = await openDocumentsApp();
    const campaigns = (await call('campaigns.list', undefined)) as { id: string }[];
    expect(campaigns.length).toBeGreaterThanOrEqual(5);
    for (const { id } of campaigns) {
      for (const kind of ['summary', 'workplan', 'group'] as const) {
        const { doc } = (await call('documents.get', { campaign: id, kind })) as DocumentDraft;
        for (const f of figures(doc)) expect(f.value, `${id}/${kind}/${f.key}`).toBe('0');
        if (kind === 'summary') {
          const labels = blanks(doc).map((b) => (b.kind === 'blank' ? b.label : ''));
          // Clues and cases are blanks whether a sent table or the records would have told them.
          for (const what of [/^发现问题数/, /线索/, /案件/, /^自查开展情况/, /^领导小组组长/]) {
            expect(labels.some((l) => what.test(l)), `${id}: ${String(what)}`).toBe(true);
          }
          expect(documentPlainText(doc).join('\n')).toContain('〔待填：医院名称〕');
        }
      }
    }
    ctx.close();
  });
});

describe('a draft from the fixture', () => {
  it('states the hand-counted figures, and its totals add up', async () => {
    const { call, ctx } = await openDocumentsApp();
    await seedRecords(call);
    const { doc } = (await call('documents.get', { campaign: CAMPAIGN, kind: 'summary' })) as DocumentDraft;
    const v = valuesOf(doc);
    for (const [key, value] of Object.entries(EXPECTED)) {
      // Zero dispositions are left out of the sentence; they still count as zero below. The 广西 tables tell the cases.
      if (key.startsWith('problems.status.') || key.startsWith('cases.') || key === 'problems.signedOff' || key.startsWith('problems.openBy.') || (key.startsWith('clues.disposal.') && value === '0')) continue;
      expect(v[key], key).toBe(value);
    }
    expect(blanks(doc).some((b) => b.kind === 'blank' && /系统中尚无/.test(b.label))).toBe(false);
    const items = ctx.db.prepare('SELECT count(*) FROM round_element WHERE applicable = 1').pluck().get() as number;
    expect(v['inspection.items']).toBe(String(items));

    // Sub-totals are parts of their totals.
    expect(n(v, 'problems.rectified') + n(v, 'problems.staged') + n(v, 'problems.unfinished')).toBe(n(v, 'problems.total'));
    expect(n(v, 'problems.staged') + n(v, 'problems.unfinished')).toBe(n(v, 'problems.open'));
    expect(n(v, 'problems.overdue')).toBeLessThanOrEqual(n(v, 'problems.open'));
    expect(n(v, 'inspection.problems')).toBeLessThanOrEqual(n(v, 'problems.total'));
    expect(n(v, 'inspection.answered')).toBeLessThanOrEqual(n(v, 'inspection.items'));
    expect(n(v, 'problems.rate')).toBeCloseTo((100 * n(v, 'problems.rectified')) / n(v, 'problems.total'), 2);
    // 存在的问题 counts the unfinished problems by the ledger's kind; the kinds add up to them.
    const kinds = Object.keys(v).filter((k) => k.startsWith('problems.openByCategory.'));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.reduce((s, k) => s + n(v, k), 0)).toBe(n(v, 'problems.open'));
    const disposals = Object.keys(v).filter((k) => k.startsWith('clues.disposal.'));
    expect(disposals.reduce((s, k) => s + n(v, k), 0) + n(v, 'clues.undisposed')).toBe(n(v, 'clues.total'));
    // K1 耗材 and K3 用药 count in 广西 附件4 row 16, K2 虚构服务 in row 18: the text states the cells.
    expect(v['table.tb4.tb4-r16.tb4-c1']).toBe('2');
    expect(v['table.tb4.tb4-r18.tb4-c1']).toBe('1');

    // The status counts the drafts draw on add up to the total as well.
    const all = campaignFigures(ctx.db, CAMPAIGN, '2020-11-20').values;
    expect(RECTIFICATION_STATUSES.reduce((s, st) => s + Number(all[`problems.status.${st}`]), 0)).toBe(Number(all['problems.total']));
    for (const st of RECTIFICATION_STATUSES) expect(all[`problems.status.${st}`], st).toBe(EXPECTED[`problems.status.${st}`]);

    // What the duty sends (附表3、4), and not the checklist the notice keeps for the inspectors (附件2).
    expect(doc.attachments.map((a) => a.title)).toEqual([
      '广西医疗卫生领域突出问题专项整治行动工作量化统计表一',
      '广西医疗卫生领域突出问题专项整治行动工作量化统计表二',
    ]);
    expect(documentPlainText(doc).join('\n')).not.toContain('检查表');
    expect(doc.head.title).toBe('江川市第一人民医院2020年医疗卫生领域突出问题专项整治工作情况总结');
    expect(doc.head.date).toBe('2020-11-20');
    ctx.close();
  });

  it('lists each document with its due date from the campaign duties', async () => {
    const { call, ctx } = await openDocumentsApp();
    const sc = (await call('documents.list', { campaign: '川卫函〔2020〕96号' })) as { kind: string; due: string | null; label: string }[];
    expect(sc.map((d) => [d.kind, d.due])).toEqual([['summary', '2020-11-30'], ['workplan', '2020-06-15'], ['group', '2020-06-15'], ['letter', '2020-11-30'], ['inventory', null], ['caseledger', null]]);
    expect(sc[0]?.label).toContain('盖章 PDF');
    ctx.close();
  });

  it('names the group and its departments from 设置 in the notice and the plan', async () => {
    const { call, ctx } = await openDocumentsApp();
    await seedRecords(call);
    await call('documents.setSettings', {
      addressee: '江川市卫生健康委员会', issuerMark: '江川市第一人民医院文件', signer: '张院长',
      group: [{ name: '张三', post: '院长', role: '组长' }, { name: '李四', post: '医务科科长', role: '成员' }], groupOffice: '领导小组办公室设在医务科',
    });
    const group = (await call('documents.get', { campaign: CAMPAIGN, kind: 'group' })) as DocumentDraft;
    const text = documentPlainText(group.doc).join('\n');
    expect(text).toContain('组　长：张三（院长）');
    expect(text).toContain('成　员：李四（医务科科长）');
    expect(group.doc.head.issuerMark).toBe('江川市第一人民医院文件');
    const plan = documentPlainText(((await call('documents.get', { campaign: CAMPAIGN, kind: 'workplan' })) as DocumentDraft).doc).join('\n');
    expect(plan).toContain('牵头科室：医保办');
    expect(plan).toContain('完成时限：2020年12月31日前');
    const summary = (await call('documents.get', { campaign: CAMPAIGN, kind: 'summary' })) as DocumentDraft;
    expect(summary.doc.head.addressee).toBe('江川市卫生健康委员会');
    ctx.close();
  });
});

describe('redrafting and saving', () => {
  it('keeps overrides and edited text, refreshes figures, and reports what changed', async () => {
    const { call, ctx } = await openDocumentsApp();
    await seedRecords(call);
    const first = (await call('documents.get', { campaign: CAMPAIGN, kind: 'summary' })) as DocumentDraft;
    const doc = structuredClone(first.doc);
    const overall = doc.body[1];
    if (overall?.kind !== 'paragraph') throw new Error('the overall paragraph');
    const total = overall.runs.find((r): r is Figure => r.kind === 'figure' && r.key === 'problems.total') as Figure;
    total.override = '七';
    overall.runs.unshift({ kind: 'text', text: '（科室自行补充）' });
    const saved = (await call('documents.save', { campaign: CAMPAIGN, kind: 'summary', doc })) as DocumentDraft;
    expect(saved.stale).toEqual({});
    expect(saved.editedAt).not.toBeNull();

    await call('ledger.create', {
      source: '上级巡查', campaignId: CAMPAIGN, category: '', description: '新发现的问题', departmentId: null, personId: null,
      foundOn: '2020-11-19', amountFen: 0, note: '', measures: '', deadline: null, immediate: false,
    });
    const got = (await call('documents.get', { campaign: CAMPAIGN, kind: 'summary' })) as DocumentDraft;
    expect(got.stale['problems.total']).toBe('8');
    expect(got.stale['problems.open']).toBe('5');
    expect(got.stale['problems.rate']).toBe('37.5');
    expect(got.stale['cases.total']).toBeUndefined();
    expect(valuesOf(got.doc)['problems.total']).toBe('7');

    const again = (await call('documents.redraft', { campaign: CAMPAIGN, kind: 'summary', reset: false })) as DocumentDraft;
    expect(Object.keys(again.stale).sort()).toEqual(Object.keys(got.stale).sort());
    const para = again.doc.body[1];
    if (para?.kind !== 'paragraph') throw new Error('the overall paragraph');
    expect(para.runs[0]).toEqual({ kind: 'text', text: '（科室自行补充）' });
    const refreshed = para.runs.find((r): r is Figure => r.kind === 'figure' && r.key === 'problems.total');
    expect(refreshed).toMatchObject({ value: '8', override: '七' });
    expect(documentPlainText(again.doc).join('\n')).toContain('共发现问题七个');
    expect(((await call('documents.get', { campaign: CAMPAIGN, kind: 'summary' })) as DocumentDraft).stale).toEqual({});
    const list = (await call('documents.list', { campaign: CAMPAIGN })) as { kind: string; overrides: number; editedAt: string | null }[];
    expect(list[0]).toMatchObject({ kind: 'summary', overrides: 1 });
    expect(list[0]?.editedAt).not.toBeNull();

    const reset = (await call('documents.redraft', { campaign: CAMPAIGN, kind: 'summary', reset: true })) as DocumentDraft;
    expect(reset.editedAt).toBeNull();
    expect(figures(reset.doc).every((f) => f.override === null)).toBe(true);
    expect(documentPlainText(reset.doc).join('\n')).not.toContain('科室自行补充');
    ctx.close();
  });

  it('refuses a document that is not valid, in Chinese, and keeps what was saved', async () => {
    const { call, refused, ctx } = await openDocumentsApp();
    const { doc } = (await call('documents.get', { campaign: CAMPAIGN, kind: 'workplan' })) as DocumentDraft;
    expect(await refused('documents.save', { campaign: CAMPAIGN, kind: 'summary', doc })).toContain('文书类型不符');
    const twice = { ...doc, body: [...doc.body, doc.body[0]] };
    expect(await refused('documents.save', { campaign: CAMPAIGN, kind: 'workplan', doc: twice })).toMatch(/两段内容的编号都是/);
    const invented = { ...doc, body: [{ kind: 'paragraph', id: 'x1', runs: [{ kind: 'figure', key: 'made.up', value: '5', override: null }] }] };
    expect(await refused('documents.save', { campaign: CAMPAIGN, kind: 'workplan', doc: invented })).toContain('made.up');
    const noTitle = { ...doc, head: { ...doc.head, title: '' } };
    expect(await refused('documents.save', { campaign: CAMPAIGN, kind: 'workplan', doc: noTitle })).toMatch(/[\u4e00-\u9fa5]/);
    const badDate = { ...doc, head: { ...doc.head, date: '2020-02-30' } };
    expect(await refused('documents.save', { campaign: CAMPAIGN, kind: 'workplan', doc: badDate })).toContain('不是真实存在的日期');
    expect(ctx.db.prepare('SELECT count(*) FROM document_draft').pluck().get()).toBe(0);
    expect(await refused('documents.get', { campaign: 'no-such', kind: 'summary' })).toContain('找不到');
    ctx.close();
  });
});

describe('responsible departments in the work plan', () => {
  const departments = ['行风办', '纪检监察室', '药剂科', '医务科', '设备科'];
  it('lets the task title outweigh fields its text merely lists', () => {
    const r = responsibleDepartments('拓宽渠道，深入开展线索摸排', '对药品、耗材购销中的问题线索进行摸排，线索来源包括举报。', departments);
    expect(r.lead).toBe('纪检监察室');
    expect(r.co).toEqual(['药剂科', '设备科']);
  });
  it('falls back to the 行风 office when nothing fits', () => {
    expect(responsibleDepartments('加强组织领导', '成立工作专班。', departments)).toEqual({ lead: '行风办', co: [] });
  });
});
