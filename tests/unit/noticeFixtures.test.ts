// The parser on fixtures written for one difficulty each (tests/fixtures/notices/extra):
// traditional characters, box-drawing and ASCII tables, lists inside a paragraph with
// numeric targets, a web page's metadata table, ①② ⑴ 一. (一) numbering, and the date
// forms (9-10月, 12月15日之前, 2023—2024年 under review, the year from the notice date).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFlags } from '../../shared/noticeProposal';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { proposalToCampaign } from '../../electron/core/campaigns/notice/accept';
import { readDateRange } from '../../electron/core/campaigns/notice/dates';
import { targetsOf } from '../../electron/core/campaigns/notice/targets';
import { noticesDir } from '../support/temp';

const extra = (name: string) => fs.readFileSync(path.join(noticesDir, 'extra', name), 'utf8');
const parse = (name: string) => parseNotice(extra(name), name);
const codes = (p: ReturnType<typeof parse>) => allFlags(p).map((f) => f.code);

describe('a notice in traditional characters', () => {
  const text = extra('traditional.txt');
  const p = parse('traditional.txt');
  const c = p.campaign;

  it('reads it as simplified: header, period, phases, tasks with units, duty', () => {
    expect([c.title, c.issuers, c.docNumber, c.issuedOn]).toEqual(['关于开展医疗机构药品耗材使用专项检查的通知', ['某市卫生健康委员会'], '某卫发〔2023〕18号', '2023-06-20']);
    expect(c.period).toMatchObject({ start: '2023-07-01', end: '2023-11-30' });
    expect(c.phases.map((x) => [x.name, x.start, x.end])).toEqual([
      ['自查自纠', '2023-07-01', '2023-07-31'],
      ['集中检查', '2023-08-01', '2023-10-31'],
      ['总结提高', '2023-11-01', '2023-11-30'],
    ]);
    expect(c.tasks.map((t) => [t.title, t.leadUnits, t.coUnits])).toEqual([
      ['规范药品采购', ['市卫生健康委'], ['市医保局']],
      ['加强处方点评', ['市卫生健康委'], []],
      ['整治耗材滥用', ['市卫生健康委', '市市场监管局'], []],
    ]);
    expect(c.duties.map((d) => [d.due, d.formats, d.to])).toEqual([['2023-11-20', ['docx', 'stampedPdf'], '市卫生健康委医政处']]);
    expect(allFlags(p)).toEqual([]);
  });

  it('keeps the original text, and spans point into it', () => {
    expect(p.source.text).toBe(text);
    const t = c.tasks[1];
    expect(text.slice(t?.span?.start, t?.span?.end)).toMatch(/^（二）加強處方點評。各醫療機構要建立處方點評制度/);
    expect(text.slice(p.spans.docNumber?.start, p.spans.docNumber?.end)).toBe('某衛發〔2023〕18號');
  });
});

describe('box-drawing and ASCII tables', () => {
  const p = parse('box-table.txt');
  const c = p.campaign;

  it('reads a ┌─┬─┐ statistics table: merged section cells, a cell wrapped over two lines, units, fields and note', () => {
    const table = c.tables[0];
    expect([table?.annex, table?.title, table?.headerFields, table?.note]).toEqual(['附件1', '依法执业检查情况统计表', ['填报单位', '填报时间'], '每月5日前报送上月数据。']);
    expect(table?.sections.map((s) => [s.title, s.rows.map((r) => `${r.no} ${r.label} ${r.unit}`)])).toEqual([
      ['一、检查情况', ['1 检查医疗机构数 家', '2 检查医务人员数 人']],
      ['二、处理情况', ['3 发现违法执业问题（含无证行医） 条', '4 罚没款金额 万元']],
    ]);
  });

  it('reads a +---+ checklist with its answer kinds and header fields', () => {
    const cl = c.checklists[0];
    expect([cl?.annex, cl?.title, cl?.header.map((h) => h.label)]).toEqual(['附件2', '依法执业自查表', ['医疗机构名称', '地址']]);
    expect(cl?.groups.map((g) => [g.title, g.items.map((i) => `${i.no} ${i.text} ${i.answer.kind}`)])).toEqual([
      ['资质管理', ['1 执业许可证在有效期内 yesno', '2 医师均取得执业证书 yesno']],
      ['人员管理', ['3 抽查医务人员执业注册情况 sampled']],
      ['收费管理', ['4 违规收费金额 amount']],
    ]);
  });

  it('links the duties to both tables and reads units in nested brackets', () => {
    expect(c.duties.map((d) => [d.due, d.recurrence, d.sends])).toEqual([
      [null, { kind: 'monthly', day: 5 }, ['tb1']],
      ['2024-10-31', null, ['cl2']],
    ]);
    expect(c.tasks.map((t) => [t.title, t.leadUnits, t.coUnits])).toEqual([
      ['开展自查', ['各市（州）卫生健康委'], []],
      ['组织抽查', ['各市（州）卫生健康委'], ['省卫生监督所']],
    ]);
    expect(codes(p)).toEqual([]);
  });
});

describe('lists inside a paragraph and numeric targets', () => {
  const p = parse('semicolon-targets.txt');
  const c = p.campaign;
  const text = extra('semicolon-targets.txt');

  it('splits “重点检查以下内容：A；B；C；D” and “一是…二是…三是” into tasks that share the units', () => {
    expect(c.tasks.map((t) => [t.no, t.title, t.leadUnits, t.coUnits])).toEqual([
      ['（一）1', '运行病历按时完成', ['市卫生健康委医政处'], []],
      ['（一）2', '出院病历3日内归档', ['市卫生健康委医政处'], []],
      ['（一）3', '抽查比例不低于20%', ['市卫生健康委医政处'], []],
      ['（一）4', '每家抽查20人以上', ['市卫生健康委医政处'], []],
      ['（二）一是', '抗菌药物使用强度不超过40', ['市卫生健康委药政处'], ['市医保局']],
      ['（二）二是', '门诊处方合格率达到95%以上', ['市卫生健康委药政处'], ['市医保局']],
      ['（二）三是', '点评处方不少于100张', ['市卫生健康委药政处'], ['市医保局']],
      ['（三）', '收费行为检查', ['市医保局'], []],
    ]);
    expect(c.tasks.slice(0, 4).map((t) => t.section)).toEqual(Array(4).fill('（一）病历质量检查'));
    const item = c.tasks[2];
    expect(text.slice(item?.span?.start, item?.span?.end)).toBe('抽查比例不低于20%');
  });

  it('records the targets with their units on the item, and only there', () => {
    expect(c.tasks.map((t) => (t.targets ?? []).map((x) => [x.comparison, x.value, x.unit]))).toEqual([
      [],
      [],
      [['atLeast', 20, '%']],
      [['atLeast', 20, '人']],
      // 使用强度不超过40 has no unit we know: kept with none, and the officer asked for it.
      [['atMost', 40, '']],
      [['atLeast', 95, '%']],
      [['atLeast', 100, '张']],
      [['above', 5, '万元']],
    ]);
    expect(c.tasks[3]?.targets?.[0]?.original).toBe('每家抽查20人以上');
    expect(c.tasks[4]?.flags.map((f) => [f.code, f.message])).toEqual([['uncertain', '目标“抗菌药物使用强度不超过40”没有可识别的单位，已保留，请核对并补上单位']]);
    expect(c.tasks.filter((t) => t.flags.some((f) => f.message.includes('没有可识别的单位')))).toHaveLength(1);
    // Accepting keeps each target on its task; a task without one carries no targets key.
    const file = proposalToCampaign(p);
    expect(file.tasks).toHaveLength(8);
    expect(file.tasks.map((t) => t.targets ?? [])).toEqual(c.tasks.map((t) => t.targets ?? []));
    expect(file.tasks.filter((t) => 'targets' in t)).toHaveLength(c.tasks.filter((t) => t.targets?.length).length);
  });

  it('reads targets in every form', () => {
    expect(targetsOf('每家抽查20人以上，抽查比例不低于20%，整改率达到100％，罚款超过5万元，等候不超过3个工作日，低于2例的').map((t) => [t.comparison, t.value, t.unit])).toEqual([
      ['atLeast', 20, '人'],
      ['atLeast', 20, '%'],
      ['atLeast', 100, '%'],
      ['above', 5, '万元'],
      ['atMost', 3, '个工作日'],
      ['below', 2, '例'],
    ]);
    expect(targetsOf('二级以上医院；30家以下的县')).toEqual([{ comparison: 'atMost', value: 30, unit: '家', original: '30家以下' }]);
  });

  it('tells a fall by a figure (下降30%) from a ceiling (降低至30%以下)', () => {
    expect(targetsOf('案件数量同比下降30%，次均费用减少20%，药占比降低至30%以下，降低2个百分点').map((t) => [t.comparison, t.value, t.unit])).toEqual([
      ['reduceBy', 30, '%'],
      ['reduceBy', 20, '%'],
      ['atMost', 30, '%'],
      ['reduceBy', 2, '个百分点'],
    ]);
  });
});

describe('a web page with its metadata table', () => {
  const p = parse('web-metadata.txt');
  const c = p.campaign;

  it('puts 发布单位, 成文日期 and 发文字号 into the header, not into tasks', () => {
    expect([c.title, c.issuers, c.docNumber, c.issuedOn]).toEqual(['关于开展医疗机构内部审计专项检查的通知', ['某省卫生健康委员会'], '某卫函〔2024〕88号', '2024-04-12']);
    expect(c.tasks.map((t) => t.title)).toEqual(['预算管理', '采购管理']);
    expect(c.tables).toEqual([]);
    expect(codes(p)).toEqual([]);
  });

  it('takes the year from the notice date, and 2022—2023年 as the years under review', () => {
    expect(c.phases.map((x) => [x.name, x.start, x.end])).toEqual([
      ['自查阶段', '2024-05-01', '2024-06-30'],
      ['抽查阶段', '2024-09-01', '2024-10-31'],
    ]);
    expect(c.reviewPeriod).toMatchObject({ start: '2022-01-01', end: '2023-12-31', original: '2022—2023年' });
    expect(c.duties.map((d) => d.due)).toEqual(['2024-11-30']);
  });

  it('reads the metadata as label：value lines and as a drawn table, 公开日期 when no 成文日期', () => {
    const body = '\n关于开展病历检查的通知\n\n各医院：\n\n一、工作任务\n\n（一）病历检查。各医院开展病历自查。（市卫生健康委负责）\n';
    const lines = parseNotice(`索引号：000/2021-1  主题分类：卫生\n发布机构：某市卫生健康委员会 某市医疗保障局\n公开日期：2021/5/6\n${body}`, 'x').campaign;
    expect([lines.issuers, lines.issuedOn, lines.tasks.length]).toEqual([['某市卫生健康委员会', '某市医疗保障局'], '2021-05-06', 1]);
    const boxed = ['┌──────┬──────────┐', '│发布单位│某县卫生健康局│', '├──────┼──────────┤', '│成文日期│2022年3月4日│', '└──────┴──────────┘'].join('\n');
    const drawn = parseNotice(`${boxed}\n${body}`, 'y');
    expect([drawn.campaign.issuers, drawn.campaign.issuedOn, drawn.campaign.tables, drawn.campaign.checklists]).toEqual([['某县卫生健康局'], '2022-03-04', [], []]);
  });
});

describe('numbering: 一. (一) ⑴ ① with half- and full-width brackets and dots', () => {
  const p = parse('numbering.txt');
  const c = p.campaign;

  it('builds the same outline as with 一、（一）（1）', () => {
    expect(c.docNumber).toBe('某县卫发〔2022〕11号');
    expect(c.tasks.map((t) => [t.no, t.section, t.title, t.leadUnits, t.coUnits])).toEqual([
      ['（一）（1）', '（一）加强重点科室管理', '规范消毒供应', ['县卫生健康局'], []],
      ['（一）（2）', '（一）加强重点科室管理', '规范手卫生', ['县卫生健康局'], []],
      ['（二）①', '（二）加强医疗废物管理', '分类收集', ['县卫生健康局'], []],
      ['（二）②', '（二）加强医疗废物管理', '暂存管理', ['县卫生健康局'], ['县生态环境局']],
    ]);
    expect(c.tasks.map((t) => t.targets?.map((x) => `${x.comparison} ${x.value}${x.unit}`) ?? [])).toEqual([[], ['atLeast 90%'], [], ['atMost 2天']]);
  });

  it('flags the dated requirement 1．… that went into no task', () => {
    expect(p.flags.filter((f) => f.code === 'unplaced').map((f) => f.message)).toEqual([
      '这句话含有日期，但未归入任何任务、阶段或报送要求：“1．各卫生院于8月底前完成自查。”',
    ]);
  });
});

describe('date forms', () => {
  const p = parse('dates.txt');
  const c = p.campaign;

  it('implies the year from the notice date and flags the impossible and open-start phases', () => {
    expect([c.docNumber, c.issuedOn, c.issuers]).toEqual([null, '2025-06-03', ['某区医疗保障局']]);
    expect(c.phases.map((x) => [x.name, x.start, x.end, x.flags.map((f) => f.code)])).toEqual([
      ['动员部署', '2025-06-10', '2025-06-30', ['impossibleDate']],
      ['自查自纠', '2025-07-01', '2025-08-31', []],
      ['抽查复核', '2025-09-01', '2025-10-31', []],
      ['总结', null, '2025-12-15', ['phaseWithoutStart']],
    ]);
    expect(c.period).toMatchObject({ start: '2025-06-10', end: '2025-12-15' });
    expect(c.duties.map((d) => [d.due, d.to])).toEqual([['2025-12-15', '区医保局']]);
  });

  it('keeps 2023—2024年 as the years under review, never a deadline', () => {
    const text = extra('dates.txt');
    const review = c.reviewPeriod;
    expect([review?.start, review?.end]).toEqual(['2023-01-01', '2024-12-31']);
    expect(text.slice(review?.span?.start, review?.span?.end)).toBe('2023—2024年');
    expect(readDateRange('对2023—2024年医保基金使用情况开展检查', 2025)).toBeNull();
    expect(readDateRange('对2023-2024年度使用情况开展检查，12月15日之前报送', 2025)).toMatchObject({ start: null, end: '2025-12-15' });
    expect(readDateRange('9-10月', 2024)).toMatchObject({ start: '2024-09-01', end: '2024-10-31' });
    expect(proposalToCampaign(p).period).toMatchObject({ start: '2025-06-10' });
  });
});

it('the extra fixtures number at least ten', () => {
  expect(fs.readdirSync(path.join(noticesDir, 'extra')).length).toBeGreaterThanOrEqual(10);
});

describe('a checklist cell that lists several checks', () => {
  it('gives one item per ①②③, answered alike, with their targets', () => {
    const text = [
      '某县卫生健康局',
      '某县卫发〔2022〕9号',
      '关于开展护理质量检查的通知',
      '附件1',
      '护理质量检查表',
      '| 检查类别 | 检查内容 | 检查结果 |',
      '|---|---|---|',
      '| 人员配置 | 1.①床护比不低于1:0.4；②夜班护士不少于2人；③护士长到岗 | 有□ 无□ |',
      '| 人员配置 | 2.护理人员持证上岗 | 有□ 无□ |',
    ].join('\n');
    const p = parseNotice(text, 'x');
    const items = p.campaign.checklists[0]?.groups.flatMap((g) => g.items) ?? [];
    expect(items.map((i) => [i.no, i.text, i.answer.kind])).toEqual([
      ['1①', '床护比不低于1:0.4', 'yesno'],
      ['1②', '夜班护士不少于2人', 'yesno'],
      ['1③', '护士长到岗', 'yesno'],
      ['2', '护理人员持证上岗', 'yesno'],
    ]);
    expect(items.map((i) => i.targets?.map((x) => `${x.comparison} ${x.value}${x.unit}`) ?? [])).toEqual([[], ['atLeast 2人'], [], []]);
    expect(text.slice(items[1]?.span?.start, items[1]?.span?.end)).toBe('②夜班护士不少于2人；');
  });

  it('a ━━━ rule under the issuer is not a table', () => {
    const p = parseNotice('某县卫生健康局\n━━━━━━━━━━━━━━━━\n某县卫发〔2022〕9号\n关于开展检查的通知\n一、工作任务\n（一）自查。各院开展自查。（县卫生健康局负责）\n', 'x');
    expect([p.campaign.issuers, p.campaign.docNumber, p.campaign.tables, p.campaign.tasks.length]).toEqual([['某县卫生健康局'], '某县卫发〔2022〕9号', [], 1]);
  });
});
