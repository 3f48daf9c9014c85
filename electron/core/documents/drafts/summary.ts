// 工作情况总结: the shape real summaries take — the overall counts (each sub-total
// written inside its total, "其中……"), 组织领导, 主要措施及成效 by the campaign's
// tasks, 存在的问题 from the open problems, 下一步工作 — with the statistics
// tables and the filled checklist as attachments.
import type { CampaignFile } from '../../../../shared/campaign';
import { statusLabel, OPEN_STATUSES } from '../../../../shared/ledger';
import { documentDate, type Attachment, type Inline, type OfficialDocument } from '../../../../shared/document';
import {
  Blocks, blank, campaignTopic, fig, has, head, hospitalName, level1, level2, memberList, noticeCitation, t, type DraftInput,
} from './kit';
import { repeatParagraph } from './repeats';

/** 自查 / 问题 / 线索 / 案件 sentences; a task's text decides which of them report its results. */
const TOPICS = {
  inspection: /自查|自纠|排查|检查/,
  clues: /线索|举报|信访|摸排/,
  cases: /案件|查处|查办|打击|骗保|违法违规|挂牌/,
  problems: /整改|问题/,
} as const;
type Topic = keyof typeof TOPICS;

function inspectionRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'inspection.rounds')) return [t('开展自查'), blank('自查开展情况（系统中尚无本专项行动的自查轮次）'), t('。')];
  return [
    t('共开展自查'), fig(f, 'inspection.rounds'), t('轮，最近一轮检查项目'), fig(f, 'inspection.items'),
    t('项（其中已作答'), fig(f, 'inspection.answered'), t('项），由自查结果登记问题'), fig(f, 'inspection.problems'), t('个。'),
  ];
}

function problemRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'problems.total')) return [t('发现问题'), blank('发现问题数（系统中尚无本专项行动的问题台账记录）'), t('个。')];
  return [
    t('共发现问题'), fig(f, 'problems.total'), t('个，其中已完成整改'), fig(f, 'problems.rectified'), t('个（其中已销号'),
    fig(f, 'problems.signedOff'), t('个），整改完成率'), fig(f, 'problems.rate'), t('%；尚未完成整改'), fig(f, 'problems.open'),
    t('个（其中已逾期'), fig(f, 'problems.overdue'), t('个）。'),
  ];
}

function clueRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'clues.total')) return [t('受理问题线索'), blank('受理线索数（系统中尚无本期线索记录）'), t('条。')];
  const parts: Inline[] = [t('受理问题线索'), fig(f, 'clues.total'), t('条，其中')];
  const shown = ['拟立案审查', '初步核实', '谈话函询', '暂存待查', '予以了结'].filter((k) => f.values[`clues.disposal.${k}`] !== '0');
  shown.forEach((k, i) => parts.push(t(`${i ? '、' : ''}${k}`), fig(f, `clues.disposal.${k}`), t('条')));
  parts.push(t(`${shown.length ? '，' : ''}尚未处置`), fig(f, 'clues.undisposed'), t('条。'));
  return parts;
}

function caseRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'cases.total')) return [t('查处案件'), blank('查处案件数（系统中尚无本期案件记录）'), t('件。')];
  return [
    t('立案查处案件'), fig(f, 'cases.total'), t('件（其中医保违法违规'), fig(f, 'cases.insurance'), t('件、挂牌督办'),
    fig(f, 'cases.supervised'), t('件），涉及金额'), fig(f, 'cases.amount'), t('万元，涉及人员'), fig(f, 'cases.persons'),
    t('人次，其中给予处理'), fig(f, 'cases.penalized'), t('人次、移送纪检监察机关'), fig(f, 'cases.toDiscipline'),
    t('人次、移送司法机关'), fig(f, 'cases.toJudicial'), t('人次；医保协议处理'), fig(f, 'cases.agreement'),
    t('家次，追回医保基金'), fig(f, 'cases.refund'), t('万元。'),
  ];
}

const RUNS: Record<Topic, (d: DraftInput) => Inline[]> = { inspection: inspectionRuns, problems: problemRuns, clues: clueRuns, cases: caseRuns };

function overall(d: DraftInput): Inline[] {
  const period = d.figures.period;
  const when = period ? `${period.label}，` : '';
  return [t(`${when}我院`), ...(['inspection', 'problems', 'clues', 'cases'] as Topic[]).flatMap((k) => RUNS[k](d))];
}

function leadership(b: Blocks, d: DraftInput, topic: string): void {
  const g = d.settings.group;
  const leaders = g.filter((m) => m.role === '组长');
  const deputies = g.filter((m) => m.role === '副组长');
  b.h(1, level1(1, '加强组织领导'));
  const members = g.filter((m) => m.role === '成员');
  b.p(
    t(`我院成立了${topic}工作领导小组，`),
    ...(leaders.length ? [t(`由${memberList(leaders)}任组长`)] : [t('组长由'), blank('领导小组组长'), t('担任')]),
    ...(deputies.length ? [t(`，${memberList(deputies)}任副组长`)] : []),
    ...(members.length ? [t(`，成员${members.length}人`)] : [t('，成员为'), blank('领导小组成员')]),
    t('。'),
    ...(d.settings.groupOffice ? [t(`${d.settings.groupOffice.replace(/[。；]$/, '')}。`)] : [blank('领导小组办公室设置'), t('。')]),
  );
  b.p(t('召开专题会议'), blank('会议次数'), t('次，研究部署专项整治工作；通过'), blank('宣传方式（院周会、宣传栏、院内网站等）'),
    t('开展宣传，公布举报电话'), blank('举报电话'), t('和举报邮箱'), blank('举报邮箱'), t('，畅通投诉举报渠道。'));
}

function measures(b: Blocks, d: DraftInput, file: CampaignFile): void {
  b.h(1, level1(2, '主要措施及成效'));
  if (file.tasks.length === 0) {
    b.p(blank('主要措施及成效'));
    return;
  }
  // Each kind of result is told once, under the first task it belongs to; the overall paragraph has them all.
  const told = new Set<Topic>();
  file.tasks.forEach((task, i) => {
    const about = `${task.title}${task.text}`;
    const topic = (Object.keys(TOPICS) as Topic[]).find((k) => !told.has(k) && TOPICS[k].test(about));
    b.h(2, level2(i + 1, `${task.title.replace(/[。；]$/, '')}。`), blank(`${task.title}的具体措施`));
    if (topic) {
      told.add(topic);
      b.p(t('通过上述措施，我院'), ...RUNS[topic](d));
    }
  });
}

function remaining(b: Blocks, d: DraftInput): void {
  const f = d.figures;
  b.h(1, level1(3, '存在的问题'));
  repeatParagraph(b, f);
  if (!has(f, 'problems.total')) {
    b.p(blank('存在的问题'));
    return;
  }
  if (f.values['problems.open'] === '0') {
    b.p(t('本专项行动登记的问题均已完成整改。'), blank('工作中仍存在的薄弱环节'));
    return;
  }
  const runs: Inline[] = [t(`截至${documentDate(d.today)}，尚有`), fig(f, 'problems.open'), t('个问题未完成整改（其中已逾期'), fig(f, 'problems.overdue'), t('个），按科室分：')];
  f.openByDepartment.forEach((dep, i) => {
    runs.push(t(`${i ? '；' : ''}${dep.department}`), fig(f, `problems.openBy.${dep.department}`), t('个（'));
    OPEN_STATUSES.filter((s) => dep.byStatus[s]).forEach((s, k) => {
      runs.push(t(`${k ? '、' : ''}${statusLabel[s]}`), fig(f, `problems.openBy.${dep.department}.${s}`), t('个'));
    });
    runs.push(t('）'));
  });
  runs.push(t('。'));
  b.p(...runs);
  b.p(t('此外，'), blank('工作中仍存在的薄弱环节'), t('。'));
}

function nextSteps(b: Blocks): void {
  b.h(1, level1(4, '下一步工作'));
  b.h(2, level2(1, '持续抓好问题整改。'), t('对尚未完成整改的问题逐项明确责任科室和完成时限，整改一个、销号一个，确保整改到位。'));
  b.h(2, level2(2, '建立长效机制。'), t('总结专项整治中的有效做法，完善相关制度，将集中整治与日常监管相结合，防止问题反弹。'));
  b.h(2, level2(3, '加强教育引导。'), t('持续开展警示教育和医德医风教育，引导全院职工筑牢廉洁行医的思想防线。'), blank('其他下一步工作安排'));
}

export function draftSummary(d: DraftInput, attachments: Attachment[]): OfficialDocument {
  const file = d.figures.file;
  const topic = campaignTopic(file);
  const b = new Blocks('s');
  b.p(t(`根据${noticeCitation(file)}要求，我院高度重视，结合实际认真组织开展${topic}工作。现将工作情况总结如下：`));
  b.p(...overall(d));
  leadership(b, d, topic);
  measures(b, d, file);
  remaining(b, d);
  nextSteps(b);
  const title = `${hospitalName(d)}${topic}工作情况总结`;
  return {
    kind: 'summary',
    head: head(d, title.length > 200 ? title.slice(0, 200) : title, { addressee: d.settings.addressee || null }),
    body: b.list,
    attachments,
    colophon: null,
  };
}
