// 工作方案: the campaign's phases and tasks turned into this hospital's steps and
// measures, each with its 牵头/配合 departments (from the hospital's own
// departments, a blank where none fits) and its date (the task's deadline, else
// the campaign's end).
import type { CampaignFile } from '../../../../shared/campaign';
import { documentDate, type Inline, type OfficialDocument } from '../../../../shared/document';
import {
  Blocks, blank, duesText, head, hospitalName, hospitalTasks, level1, level2, noticeCitation, postedNames, t, taskGroups,
  type DraftInput,
} from './kit';
import { campaignTopic } from '../../campaigns/topic';

/** What a task is about → which of the hospital's departments usually answer for it. */
const RESPONSIBLE: [RegExp, RegExp][] = [
  // Vaccination and testing are clinical work: 医务科 leads, with 检验科 for testing.
  [/疫苗|接种|核酸|检测/, /医务|预防保健|公共卫生/],
  [/核酸|检测/, /检验/],
  [/医保|骗保|医疗保障|社保卡|参保/, /医保/],
  [/药品|用药|处方|药师|药械/, /药剂|药学/],
  [/耗材|器械|设备/, /设备|器械/],
  [/采购|招投标|招标|回扣|购销/, /采购|招标/],
  [/收费|价格|费用/, /财务|物价|价格/],
  [/诊疗|医疗行为|医疗技术|执业|医师|过度医疗|病历/, /医务/],
  [/护理|护士/, /护理/],
  [/线索|举报|信访|案件|查处|查办|纪检|腐败|违纪/, /纪检|监察/],
  [/作风|医德|行风|纠风|不正之风|党建|党的领导/, /行风|党办|党委/],
  [/信息化|互联网|大数据|监管平台|信息系统/, /信息/],
  [/审计/, /审计/],
];

export function responsibleDepartments(title: string, text: string, departments: string[]): { lead: string | null; co: string[] } {
  // The title says what the task is about; the text often lists neighbouring fields, so the title weighs more.
  const count = (re: RegExp, s: string) => s.match(new RegExp(re.source, 'g'))?.length ?? 0;
  const scored: { name: string; score: number }[] = [];
  for (const [topic, department] of RESPONSIBLE) {
    const score = count(topic, title) * 10 + count(topic, text);
    const name = departments.find((d) => department.test(d));
    if (!score || !name) continue;
    const seen = scored.find((x) => x.name === name);
    if (seen) seen.score += score;
    else scored.push({ name, score });
  }
  const found = scored.sort((a, b) => b.score - a.score).map((x) => x.name);
  const [lead = departments.find((d) => /行风/.test(d)) ?? null, ...co] = found;
  return { lead, co: co.slice(0, 4) };
}

function taskDate(task: CampaignFile['tasks'][number], file: CampaignFile): Inline {
  if (task.deadline?.date) return t(`${documentDate(task.deadline.date)}前`);
  if (task.deadline?.standing) return t('长期坚持');
  return file.period.end ? t(`${documentDate(file.period.end)}前`) : blank('完成时限');
}

function phaseDates(p: CampaignFile['phases'][number]): string {
  if (p.start && p.end) return `${documentDate(p.start)}—${documentDate(p.end)}`;
  if (p.end) return `${documentDate(p.end)}前`;
  if (p.start) return `${documentDate(p.start)}起`;
  return p.original;
}

export function draftWorkplan(d: DraftInput): OfficialDocument {
  const file = d.figures.file;
  const topic = campaignTopic(file);
  const b = new Blocks('w');
  b.p(t(`为贯彻落实${noticeCitation(file)}要求，扎实推进我院${topic}工作，结合我院实际，制定本方案。`));
  b.h(1, level1(1, '工作目标'));
  b.p(t('坚持问题导向，对照上级部署的整治重点全面开展自查自纠，建立问题台账，逐项整改销号，查处一批违法违规行为，健全长效机制。'), blank('本院具体工作目标'));

  b.h(1, level1(2, '组织领导'));
  const leaders = d.settings.group.filter((m) => m.role === '组长');
  b.p(
    t(`成立${topic}工作领导小组，组长由`),
    leaders.length ? t(postedNames(leaders)) : blank('领导小组组长'),
    t('担任，统筹推进专项整治工作。'),
    d.settings.groupOffice ? t(`${d.settings.groupOffice.replace(/[。；]$/, '')}。`) : blank('领导小组办公室设置'),
  );

  b.h(1, level1(3, '实施步骤'));
  if (file.phases.length === 0) b.p(t(file.period.original || ''), blank('实施步骤'));
  file.phases.forEach((p, i) => b.h(2, level2(i + 1, `${p.name}（${phaseDates(p)}）。`), blank(`${p.name.replace(/阶段$/, '')}阶段的工作安排`)));

  // The tasks that apply to a hospital, grouped as the notice groups them; each with who answers for it and by when.
  b.h(1, level1(4, '主要任务及分工'));
  const groups = taskGroups(hospitalTasks(file, d.hospital));
  if (groups.length === 0) b.p(blank('主要任务及分工'));
  const numbered = groups.length > 1 || (groups[0]?.tasks.length ?? 0) > 1;
  const duty = (task: CampaignFile['tasks'][number], prefix: string): Inline[] => {
    const { lead, co } = responsibleDepartments(task.title, task.text, d.departments);
    return [
      t(`${prefix}牵头科室：`), lead ? t(lead) : blank('牵头科室'),
      t('；配合科室：'), co.length ? t(co.join('、')) : blank('配合科室'),
      t('；完成时限：'), taskDate(task, file), t('。'),
    ];
  };
  groups.forEach((g, i) => {
    const [only] = g.tasks;
    // A task of its own is its heading, its duties run on; a group lists its tasks under it.
    if (g.tasks.length === 1 && only) {
      b.h(2, level2(i + 1, `${g.title}。`), ...duty(only, ''));
      return;
    }
    b.h(2, level2(i + 1, `${g.title}。`));
    g.tasks.forEach((task, k) => b.p(...duty(task, `${numbered ? `${k + 1}.` : ''}${task.title.replace(/[。；，]$/, '')}。`)));
  });

  b.h(1, level1(5, '工作要求'));
  b.h(2, level2(1, '提高思想认识。'), t('各科室要充分认识专项整治的重要意义，主要负责人亲自抓、负总责，确保各项任务落实到位。'));
  b.h(2, level2(2, '强化协作配合。'), t('牵头科室要加强统筹，配合科室要主动履职，形成工作合力。'));
  b.h(2, level2(3, '按时报送材料。'), t(`各科室按要求及时报送工作进展，由领导小组办公室汇总后${duesText(file)}。`));

  return { kind: 'workplan', head: head(d, `${hospitalName(d)}${topic}工作方案`), body: b.list, attachments: [], colophon: null };
}
