// A campaign notice's sections that set no task (工作目标, 范围与对象, 工作要求…) are kept
// by kind with their items and numeric targets, never read as tasks lacking lead units;
// a form item with blanks of several kinds keeps every answer kind. Both survive
// accepting into a real catalog.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CampaignDetail } from '../../shared/catalog';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { proposalToCampaign } from '../../electron/core/campaigns/notice/accept';
import { openApp } from '../support/app';
import { noticesDir } from '../support/temp';

const corpus = (prefix: string) => {
  const dir = path.join(noticesDir, 'corpus');
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt')) as string;
  return fs.readFileSync(path.join(dir, name), 'utf8');
};
const leadMissing = (p: ReturnType<typeof parseNotice>) => p.campaign.tasks.filter((t) => t.flags.some((f) => f.message.includes('没有识别出牵头单位')));

describe('sections that set no task', () => {
  it('keeps a supervision notice’s 对象和形式 and 工作要求 as sections with their items, its 督查内容 as tasks', () => {
    const c = parseNotice(corpus('37-'), '37').campaign;
    expect(new Set(c.tasks.map((t) => t.section))).toEqual(new Set(['一、督查内容']));
    expect(c.sections.map((s) => [s.no, s.kind, s.title, s.items.map((i) => i.no)])).toEqual([
      ['二、', 'scope', '督查对象和形式', ['（一）', '（二）']],
      ['三、', 'requirements', '工作要求', ['（一）', '（二）']],
    ]);
    expect(c.sections[0]?.items[0]?.text).toMatch(/^督查对象。督查各级卫生计生行政部门/);
  });

  it('reads a 工作目标 glued to the sentence before it, and its 一是…五是 run on after commas, each with its target', () => {
    const p = parseNotice(corpus('49-'), '49');
    const text = p.source.text;
    const [goal] = p.campaign.sections;
    expect([p.campaign.sections.length, goal?.kind, goal?.title, p.campaign.tasks.length]).toEqual([1, 'goal', '工作目标', 0]);
    expect(goal?.text).toMatch(/^以“全领域覆盖、全链条打击、全流程防控”为导向.*“两升两降一规范”目标[:：]$/);
    expect(goal?.items.map((i) => [i.no, (i.targets ?? []).map((t) => `${t.comparison} ${t.value}${t.unit}`)])).toEqual([
      ['一是', ['atLeast 20%']],
      ['二是', ['atLeast 90%']],
      ['三是', ['reduceBy 30%']],
      ['四是', ['reduceBy 15%']],
      ['五是', []],
    ]);
    // Spans point at the traditional original.
    const second = goal?.items[1];
    expect(text.slice(second?.span?.start, second?.span?.end)).toBe('基金追回率提升至90%以上');
  });

  it('keeps a 工作要求 among top headings (no 一、) as a section, not a task without lead units', () => {
    const text = [
      '关于开展病历质量专项检查的通知',
      '各医疗机构：',
      '（一）病历书写。重点检查运行病历按时完成情况，抽查比例不低于20%。（市卫生健康委负责）',
      '（二）病案管理。重点检查出院病历归档情况。（市卫生健康委负责）',
      '（三）工作要求。各医疗机构要高度重视，每季度开展自查不少于1次。',
    ].join('\n');
    const p = parseNotice(text, 'x');
    expect(p.campaign.tasks.map((t) => t.title)).toEqual(['病历书写', '病案管理']);
    expect(leadMissing(p)).toEqual([]);
    expect(p.campaign.sections.map((s) => [s.kind, s.title, s.text, s.targets?.map((t) => `${t.comparison} ${t.value}${t.unit}`)])).toEqual([
      ['requirements', '工作要求', '各医疗机构要高度重视，每季度开展自查不少于1次。', ['atLeast 1次']],
    ]);
  });

  it('leaves the closing signature out of the last section', () => {
    const [requirements] = parseNotice(corpus('23-'), '23').campaign.sections;
    expect([requirements?.title, requirements?.text]).toEqual(['工作要求', '各医疗机构于2024年5月10日前将自查报告报送市卫生健康委医政科。']);
  });

  it('keeps a step read as a phase only as the phase', () => {
    const c = parseNotice(fs.readFileSync(path.join(noticesDir, '002_bde7776c8c36b63e.txt'), 'utf8'), '002').campaign;
    const steps = c.sections.find((s) => s.kind === 'steps');
    expect(c.phases).toHaveLength(3);
    expect([steps?.title, steps?.text, steps?.items]).toEqual(['实施步骤', '本次专项行动共分三个阶段：', []]);
  });
});

describe('numeric targets', () => {
  it('are read from a task table’s rows when the table is the notice', () => {
    const tasks = parseNotice(corpus('29-'), '29').campaign.tasks;
    expect(tasks.flatMap((t) => (t.targets ?? []).map((x) => [t.no, x.comparison, x.value, x.unit, x.original]))).toEqual([['2', 'atLeast', 100, '%', '飞行检查覆盖率达到100%']]);
  });
});

const FORM = ['医疗机构行风建设自查表', '填报单位：            填报日期：   年  月  日', '一、问题查处', '1.本年度查处收受红包回扣问题共  人，涉及金额  万元。', '2.处方点评覆盖率  %。'].join('\n');

describe('a form item with blanks of several kinds', () => {
  it('is answered as text and keeps each blank’s answer kind in order; one kind alone stays that kind', () => {
    const p = parseNotice(FORM, '自查表');
    const [mixed, single] = p.campaign.checklists[0]?.groups[0]?.items ?? [];
    expect([mixed?.answer, mixed?.parts]).toEqual([{ kind: 'text' }, [{ kind: 'count', unit: '人' }, { kind: 'amount', unit: '万元' }]]);
    expect([single?.answer, 'parts' in (single ?? {})]).toEqual([{ kind: 'percent' }, false]);
  });
});

describe('accepting', () => {
  it('stores the sections with their kinds and targets, and the parts of a mixed item, in the catalog', async () => {
    const { ctx, call } = await openApp();
    const goals = parseNotice(corpus('49-'), '49');
    goals.campaign.issuers = ['某省医疗保障局'];
    const saved = (await call('campaigns.acceptNotice', { proposal: goals })) as { id: string };
    const file = ((await call('campaigns.get', { id: saved.id })) as CampaignDetail).file;
    expect(file.sections?.map((s) => [s.kind, s.title, s.items.length])).toEqual([['goal', '工作目标', 5]]);
    expect(file.sections?.[0]?.items[1]).toEqual({ no: '二是', text: '基金追回率提升至90%以上', targets: [{ comparison: 'atLeast', value: 90, unit: '%', original: '基金追回率提升至90%以上' }] });

    const form = parseNotice(FORM, '自查表');
    form.campaign.issuers = ['某县卫生健康局'];
    const formId = ((await call('campaigns.acceptNotice', { proposal: form })) as { id: string }).id;
    const item = ((await call('campaigns.get', { id: formId })) as CampaignDetail).file.checklists[0]?.groups[0]?.items[0];
    expect([item?.answer, item?.parts]).toEqual([{ kind: 'text' }, [{ kind: 'count', unit: '人' }, { kind: 'amount', unit: '万元' }]]);
    ctx.close();
  });

  it('writes no sections key for a notice without such sections', () => {
    const p = parseNotice(corpus('10-'), '10');
    p.campaign.issuers = ['某部门'];
    p.campaign.title = '医药领域腐败问题集中整治';
    expect(p.campaign.sections).toEqual([]);
    expect('sections' in proposalToCampaign(p)).toBe(false);
  });
});
