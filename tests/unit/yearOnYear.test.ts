// A year that builds on the last, on a real SQLite file: a round started from an
// earlier one carries its items, 不适用 reasons and assignments but no answers; a
// problem resembling a signed-off one is flagged 屡查屡犯 with a link to it, and
// the summary's 存在的问题 counts the repeats.
import { describe, expect, it } from 'vitest';
import type { RoundDetail, RoundSummary } from '../../shared/inspection';
import type { ProblemDetail } from '../../shared/ledger';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeCovers } from '../../shared/evidencePeriod';
import type { EvidenceView } from '../../shared/inspection';
import { repeatOf, similarity } from '../../electron/core/ledger/repeats';
import { tempDir } from '../support/temp';
import { openApp } from '../support/app';

const problem = (over: Record<string, unknown>) => ({
  source: '自查', campaignId: 'sc-2020-96', category: '医德医风', personId: null, foundOn: '2020-11-01', amountFen: 0,
  note: '', measures: '', deadline: null, immediate: true, ...over,
});

describe('a round from an earlier one', () => {
  it('carries items, 不适用 reasons and assignments, not answers', async () => {
    const { ctx, call } = await openApp();
    const org = await call('org.saveDepartment', { id: null, name: '医务科', category: '职能' }) as { departments: { id: number }[] };
    const medical = org.departments[0]!.id;
    const first: RoundSummary = await call('inspection.createRound', { campaignId: 'gx-2020-special', name: '2020年自查', periodStart: '2020-09-01', periodEnd: '2020-12-31', dueOn: null });
    const before: RoundDetail = await call('inspection.round', { roundId: first.id });
    const [a, b, c] = before.elements.map((e) => e.elementId);
    await call('inspection.setApplicable', { roundId: first.id, elementIds: [a], applicable: false, reason: '本院无此科室' });
    await call('inspection.assign', { roundId: first.id, elementIds: [b, c], departmentId: medical, personId: null });
    const yesno = before.elements.find((e) => e.question.kind === 'yesno')!;
    await call('inspection.saveAnswer', { roundId: first.id, elementId: yesno.elementId, value: { kind: 'yesno', value: '无' }, note: '已核查' });

    const next: RoundSummary & { carried: number } = await call('inspection.createRoundFrom', { fromRoundId: first.id, name: '2020年复查', periodStart: '2020-12-01', periodEnd: '2020-12-31', dueOn: '2020-12-25' });
    expect(next).toMatchObject({ campaignId: 'gx-2020-special', name: '2020年复查', dueOn: '2020-12-25', carried: before.elements.length });
    const after: RoundDetail = await call('inspection.round', { roundId: next.id });
    expect(after.elements.map((e) => e.elementId)).toEqual(before.elements.map((e) => e.elementId));
    const el = (id: string | undefined) => after.elements.find((e) => e.elementId === id)!;
    expect(el(a)).toMatchObject({ applicable: false, notApplicableReason: '本院无此科室' });
    expect([el(b).departmentId, el(c).departmentId]).toEqual([medical, medical]);
    expect(after.elements.every((e) => e.answer === null && e.answerNote === '')).toBe(true);
    expect(after.events[0]!.reason).toBe('以“2020年自查”为基础（沿用适用范围和分工）');
    // The earlier round is untouched.
    const again: RoundDetail = await call('inspection.round', { roundId: first.id });
    expect(again.elements.find((e) => e.elementId === yesno.elementId)!.answer).toEqual({ kind: 'yesno', value: '无' });
    ctx.close();
  });
});

describe('屡查屡犯', () => {
  it('flags a problem like a signed-off one of the same department and category, and the summary counts it', async () => {
    const { ctx, call } = await openApp();
    await call('org.saveHospital', { name: '示例市第一人民医院', level: '三级甲等', category: '综合医院', ownership: '公立', region: '四川省示例市' });
    const org = await call('org.saveDepartment', { id: null, name: '心血管内科', category: '临床' }) as { departments: { id: number; name: string }[] };
    const cardio = org.departments.find((d) => d.name === '心血管内科')!.id;
    const old: ProblemDetail = await call('ledger.create', problem({ departmentId: cardio, description: '个别医务人员收受患者“红包”，未按规定退还并登记。' }));
    const id = old.problem.id;
    await call('ledger.action', { id, action: 'complete' });
    await call('ledger.action', { id, action: 'verifyPass', checker: '纪检监察室 张敏', findings: '已退还并通报' });
    await call('ledger.action', { id, action: 'signOff', reason: '整改已当面核实' });

    const again: ProblemDetail = await call('ledger.create', problem({ departmentId: cardio, description: '个别医务人员收受患者红包，未按规定退还登记', foundOn: '2021-03-02' }));
    const otherCategory: ProblemDetail = await call('ledger.create', problem({ departmentId: cardio, category: '医保基金', description: '个别医务人员收受患者红包，未按规定退还登记' }));
    const unlike: ProblemDetail = await call('ledger.create', problem({ departmentId: cardio, description: '门诊病历书写不规范' }));
    expect(repeatOf(ctx.db, again.problem.id)).toMatchObject({ id, number: old.problem.number });
    expect(repeatOf(ctx.db, otherCategory.problem.id)).toBeNull();
    expect(repeatOf(ctx.db, unlike.problem.id)).toBeNull();
    expect(again.history.some((h) => h.field === 'repeatOf' && h.new === `屡查屡犯：与已销号问题 ${old.problem.number} 相似`)).toBe(true);

    const draft = await call('documents.redraft', { campaign: 'sc-2020-96', kind: 'summary', reset: true }) as { doc: { body: { kind: string; runs?: { kind: string; text?: string; key?: string; value?: string }[] }[] } };
    const paragraphs = draft.doc.body.filter((b) => b.kind === 'paragraph').map((b) => b.runs!.map((r) => r.text ?? r.value ?? '').join(''));
    expect(paragraphs).toContain('本专项行动登记的问题中，屡查屡犯问题1个（与以往已整改销号的问题同一科室、同一类别、内容相似），反映出部分问题整改不彻底、长效机制尚不健全，须深挖根源、从严整改。');
    ctx.close();
  });

  it('measures likeness on the characters, ignoring punctuation', () => {
    expect(similarity('收受“红包”', '收受红包')).toBe(1);
    expect(similarity('门诊病历书写不规范', '收受红包')).toBe(0);
  });
});

describe('the period evidence covers', () => {
  it('is kept beside the day it was added, tidied, and refused once the round is closed', async () => {
    const minutes = path.join(tempDir(), '党委会纪要.pdf');
    fs.writeFileSync(minutes, '%PDF-1.4 minutes');
    const { ctx, call, refused } = await openApp({ openFiles: [minutes] });
    const round: RoundSummary = await call('inspection.createRound', { campaignId: 'gx-2020-special', name: '2020年自查', periodStart: null, periodEnd: null, dueOn: null });
    const detail: RoundDetail = await call('inspection.round', { roundId: round.id });
    const [file]: EvidenceView[] = await call('inspection.evidenceAdd', { roundId: round.id, elementId: detail.elements[0]!.elementId });
    expect(await call('duties.evidencePeriods', { scope: 'round', ids: [file!.id] })).toEqual({ [file!.id]: '' });
    expect(await call('duties.setEvidencePeriod', { scope: 'round', id: file!.id, covers: ' 2023-2024 ' })).toEqual({ id: file!.id, covers: '2023—2024年' });
    expect(await call('duties.evidencePeriods', { scope: 'round', ids: [file!.id] })).toEqual({ [file!.id]: '2023—2024年' });
    expect(await refused('duties.setEvidencePeriod', { scope: 'round', id: file!.id, covers: '去年' })).toContain('请以年份开头');
    await call('inspection.close', { roundId: round.id });
    expect(await refused('duties.setEvidencePeriod', { scope: 'round', id: file!.id, covers: '2024年' })).toContain('已归档');
    expect(await call('duties.evidencePeriods', { scope: 'round', ids: [file!.id] })).toEqual({ [file!.id]: '2023—2024年' });
    ctx.close();
  });

  it('reads the office’s ways of writing a period', () => {
    expect(normalizeCovers('2020')).toBe('2020年');
    expect(normalizeCovers('2023～2024年')).toBe('2023—2024年');
    expect(normalizeCovers('2020年1月至6月')).toBe('2020年1月—6月');
    expect(normalizeCovers('')).toBe('');
    expect(normalizeCovers('上半年')).toBeNull();
  });
});
