// The parser on notices as they arrive in other shapes than the five built-ins:
// pasted from a web page (blank lines, nbsp, full-width spaces, page footers,
// breadcrumbs), [] and () around the year, dates in Chinese numerals, an annex the
// text names but does not contain, a page flattened to one line, and garbage.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { allFlags } from '../../shared/noticeProposal';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { readDateRange, standaloneDate } from '../../electron/core/campaigns/notice/dates';
import { readAssignment } from '../../electron/core/campaigns/notice/units';
import { noticesDir } from '../support/temp';

const extra = (name: string) => fs.readFileSync(path.join(noticesDir, 'extra', name), 'utf8');
const parse = (name: string) => parseNotice(extra(name), name);

describe('a notice pasted from a web page', () => {
  const p = parse('web-paste.txt');
  const c = p.campaign;

  it('reads the header through nbsp, full-width spaces, breadcrumbs and the metadata block', () => {
    expect(c.docNumber).toBe('某卫发〔2021〕12号');
    expect(c.issuedOn).toBe('2021-03-01');
    expect(c.issuers).toEqual(['某市卫生健康委员会']);
    expect(c.title).toBe('某市2021年医疗机构收费行为专项检查方案');
    expect(c.period).toMatchObject({ start: '2021-03-15', end: '2021-09-30' });
    expect(c.scope).toBe('全市二级以上公立医疗机构。');
  });

  it('rejoins a sentence broken by the page footer (— 2 —, 第 2 页 共 3 页)', () => {
    const t = c.tasks.find((x) => x.title === '加强价格公示');
    expect(t?.text).toBe('各医疗机构要在醒目位置公示药品、医用耗材和医疗服务价格，接受群众监督，对未按要求公示价格的行为予以通报。');
    expect(t?.leadUnits).toEqual(['市卫生健康委']);
  });

  it('finds tasks with their units, phases, duties and the annex table with units', () => {
    expect(c.tasks.map((t) => [t.no, t.title, t.leadUnits, t.coUnits])).toEqual([
      ['（一）', '规范收费行为', ['市卫生健康委'], ['市医保局']],
      ['（二）', '加强价格公示', ['市卫生健康委'], []],
      ['（三）', '畅通投诉渠道', ['市卫生健康委', '市医保局'], []],
    ]);
    expect(c.phases.map((x) => [x.name, x.start, x.end])).toEqual([
      ['自查自纠', '2021-03-15', '2021-04-30'],
      ['重点检查', '2021-05-01', '2021-08-31'],
      ['总结提高', '2021-09-01', '2021-09-30'],
    ]);
    expect(c.duties.map((d) => [d.due, d.recurrence, d.formats, d.sends])).toEqual([
      [null, { kind: 'monthly', day: 5 }, ['xlsx'], ['tb1']],
      ['2021-09-30', null, ['docx', 'stampedPdf'], []],
    ]);
    const table = c.tables[0];
    expect(table?.annex).toBe('附件1');
    expect(table?.headerFields).toEqual(['填报单位', '填报时间']);
    expect(table?.sections.map((s) => [s.title, s.rows.map((r) => `${r.no} ${r.label} ${r.unit}`)])).toEqual([
      ['一、收费检查', ['1 检查医疗机构数 家', '2 发现违规收费问题 条', '3 违规收费金额 万元']],
      ['二、处理情况', ['4 约谈医疗机构 家', '5 处理责任人员 人']],
    ]);
    expect(allFlags(p)).toEqual([]);
  });

  it('spans point at the source text of each element', () => {
    const text = extra('web-paste.txt');
    const duty = c.duties[1];
    expect(text.slice(duty?.span?.start, duty?.span?.end)).toBe('9月30日前将工作总结（Word版和盖章PDF版）报送市卫生健康委。');
    const title = p.spans.docNumber;
    expect(text.slice(title?.start, title?.end)).toBe('某卫发［2021］12号');
  });
});

describe('round brackets around the year and a date in Chinese numerals', () => {
  const c = parse('paren-year.txt').campaign;

  it('stores the number with 〔〕 and reads 二〇一九年十月八日', () => {
    expect(c.docNumber).toBe('某卫办医函〔2019〕45号');
    expect(c.issuedOn).toBe('2019-10-08');
    expect(c.issuers).toEqual(['某省卫生健康委员会办公室']);
  });

  it('reads phases given as a deadline and as a span of months, and flags the one without a start', () => {
    expect(c.phases.map((x) => [x.name, x.start, x.end, x.flags.map((f) => f.code)])).toEqual([
      ['自查阶段', null, '2019-10-15', ['phaseWithoutStart']],
      ['督查阶段', '2019-11-01', '2019-12-31', []],
    ]);
    expect(c.duties.map((d) => [d.due, d.formats, d.to])).toEqual([['2019-12-20', ['electronic'], '省卫生健康委医政处']]);
    expect(c.tasks.map((t) => [t.title, t.leadUnits, t.coUnits])).toEqual([
      ['核心制度落实', ['省卫生健康委医政处'], []],
      ['病历书写质量', ['省卫生健康委医政处'], ['省质控中心']],
    ]);
  });
});

describe('a short notice', () => {
  const notice = (docNumber: string) =>
    `某市卫生健康委员会\n${docNumber}\n关于开展专项检查的通知\n一、工作任务\n（一）自查。各单位开展自查。（市卫生健康委负责）\n二、工作要求\n市卫生健康委将于2020年10月组织抽查。\n`;

  it.each(['某卫函[2020]8号', '某卫函（2020）8号', '某卫函(2020)8号', '某卫函［2020］8号', '某卫函 〔 2020 〕 8 号'])('stores %s as 某卫函〔2020〕8号', (n) => {
    expect(parseNotice(notice(n), 'x').campaign.docNumber).toBe('某卫函〔2020〕8号');
  });

  it('flags a dated sentence that went into no task, phase or duty', () => {
    const text = notice('某卫函〔2020〕8号');
    const flags = parseNotice(text, 'x').flags.filter((f) => f.code === 'unplaced');
    expect(flags.map((f) => text.slice(f.span?.start, f.span?.end))).toEqual(['市卫生健康委将于2020年10月组织抽查。']);
  });
});

describe('an annex named but not contained', () => {
  it('flags 附件2 and keeps 附件1 with its table', () => {
    const p = parse('annex-missing.txt');
    const missing = p.flags.filter((f) => f.code === 'annexMissing');
    expect(missing.map((f) => f.message)).toEqual(['正文提到附件2“医疗废物管理检查表”，但文本中没有找到该附件；请补充附件后重新识别，或手工录入']);
    expect(p.campaign.tables.map((t) => [t.annex, t.sections.flatMap((s) => s.rows.map((r) => `${r.label}/${r.unit}`))])).toEqual([
      ['附件1', ['医疗废物产生量/吨', '医疗废物处置量/吨']],
    ]);
    expect(p.campaign.duties[0]?.sends).toEqual(['tb1']);
  });

  it('does not flag an annex printed without its 附件N line (000’s 领导小组)', () => {
    const p = parseNotice(fs.readFileSync(path.join(noticesDir, '000_e6ec9bc6c0cc2de0.txt'), 'utf8'), '000');
    expect(p.flags.filter((f) => f.code === 'annexMissing')).toEqual([]);
  });
});

describe('a web page flattened to one line', () => {
  it('finds the same structure as if it had its line breaks', () => {
    const c = parse('flattened.txt').campaign;
    expect([c.docNumber, c.issuedOn, c.title, c.issuers]).toEqual(['某区卫发〔2023〕3号', '2023-02-20', '关于开展行风建设专项行动的通知', ['某区卫生健康委员会']]);
    expect(c.tasks.map((t) => t.title)).toEqual(['整治红包回扣', '规范医疗服务', '加强医德教育']);
    expect(c.tasks[0]?.coUnits).toEqual(['区市场监管局']);
    expect(c.phases.map((x) => x.end)).toEqual(['2023-03-31', '2023-10-31', '2023-11-30']);
    expect(c.duties.map((d) => [d.due, d.formats])).toEqual([['2023-11-15', ['stampedPdf']]]);
  });
});

describe('text that is not a notice', () => {
  it('is refused with a Chinese message, without crashing', () => {
    let error: unknown;
    try {
      parse('garbage.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('nothingRecognised');
    expect((error as AppError).message).toMatch(/^未能从“garbage.txt”中识别出任何专项行动内容/);
  });

  it.each([['', '空白'], ['\n\n\u3000\n', '只有空白'], ['一、\n（一）\n1.', '只有编号']])('refuses %j (%s)', (text) => {
    expect(() => parseNotice(text, 'x')).toThrow(/未能从“x”中识别出任何专项行动内容/);
  });
});

describe('dates and units', () => {
  it.each([
    ['2020年6月10日-31日', 2020, '2020-06-10', '2020-06-30', true],
    ['6月10日至12月10日', 2020, '2020-06-10', '2020-12-10', false],
    ['2020年9-10月', null, '2020-09-01', '2020-10-31', false],
    ['2020年9月至10月', null, '2020-09-01', '2020-10-31', false],
    ['2020年9月-2020年12月', null, '2020-09-01', '2020-12-31', false],
    ['8月底前', 2020, null, '2020-08-31', false],
    ['12月15日之前', 2020, null, '2020-12-15', false],
    ['2021年2月29日前', null, null, '2021-02-28', true],
    ['二〇二〇年十一月', null, '2020-11-01', '2020-11-30', false],
  ])('%s', (text, year, start, end, corrected) => {
    const r = readDateRange(text, year);
    expect([r?.start, r?.end, r?.correction !== null]).toEqual([start, end, corrected]);
  });

  it('reads an issue date in either numerals and rejects one that does not exist', () => {
    expect(standaloneDate('二〇二〇年六月五日')).toBe('2020-06-05');
    expect(standaloneDate('  2022年10月21日 ')).toBe('2022-10-21');
    expect(standaloneDate('2021年2月30日')).toBeNull();
  });

  it('splits lead and cooperating units, keeping names that contain 和', () => {
    expect(readAssignment('省医保局牵头，省卫生健康委、公安厅、省市场监管局和省中管局配合')).toEqual({
      lead: ['省医保局'],
      co: ['省卫生健康委', '公安厅', '省市场监管局', '省中管局'],
    });
    expect(readAssignment('重庆市开州区经济和信息化委员会负责')).toEqual({ lead: ['重庆市开州区经济和信息化委员会'], co: [] });
    expect(readAssignment('机制成员单位 按职责共同推 进')).toEqual({ lead: ['机制成员单位'], co: [] });
    expect(readAssignment('区卫生健康委 \n牵头，区公安 \n局、区医保局 \n配合')).toEqual({ lead: ['区卫生健康委'], co: ['区公安局', '区医保局'] });
  });
});
