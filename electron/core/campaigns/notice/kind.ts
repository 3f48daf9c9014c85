// What kind of document a pasted text is. The wording decides, not the layout: a
// feedback or rectification report speaks of 巡察/反馈问题/整改状态, a problem list
// names its categories …问题 or calls itself 问题清单, a fill-in table is titled …表
// without being a notice, work points are titled 工作要点/任务分工. Anything else is
// read as a campaign notice, as before.
import type { DocumentKind } from '../../../../shared/noticeProposal';

/** Wording only rectification and feedback documents use. */
const FEEDBACK_CUES = [
  /巡察|巡视/,
  /反馈意见|反馈问题|反馈的问题|问题反馈如下|反馈如下/,
  /整改状态|整改情况[:：]|整改落实情况|整改进展|整改情况报告|整改情况的报告|整改情况予以公布|整治情况予以公布/,
  /完成情况|整改措施/,
  // News of a 巡察 feedback meeting: 巡察组向…反馈巡察情况 / 巡察反馈指出.
  /反馈(?:了)?巡[察视](?:情况|意见)|巡[察视]反馈(?!工作方案)/,
  // A rectification task table: problems the inspectors pointed out, each with its 整改要求.
  /(?:现场|检查|巡查)指出(?:的)?问题/,
  /抓整改|整改要求/,
];
const FEEDBACK_TITLE = /反馈.{0,30}(?:意见|问题)|反馈(?:了)?巡[察视]情况|整改(?:进展|落实|情况)|整治情况/;
const PROBLEM_LIST_TITLE = /问题清单|问题自查清单|负面清单|问题(?:类型|表现)清单|违规问题/;
const FILL_IN_TITLE = /(?:统计表|自查表|情况表|调查表|登记表|汇总表|一览表|检查表)$/;
const WORK_POINTS_TITLE = /工作要点|任务分工|要点|若干措施/;

export interface KindInput {
  /** The document's title as found (or its first line). */
  title: string;
  /** Every paragraph's text, simplified. */
  texts: string[];
  /** Headings' titles (一、 （一） 1. （1） …), simplified. */
  headings: string[];
}

export function documentKind({ title, texts, headings }: KindInput): DocumentKind {
  const all = texts.join('\n');
  // A notice, plan or measure (…通知, …方案) sets work even when it names problems.
  const notice = /(?:通知|方案|办法|实施意见)》?$/.test(title) || /通知如下|特此通知/.test(all);
  const cues = FEEDBACK_CUES.filter((re) => re.test(all)).length;
  if (FEEDBACK_TITLE.test(title) && !/开展/.test(title)) return 'feedback';
  if (!notice && cues >= 2) return 'feedback';
  if (PROBLEM_LIST_TITLE.test(title)) return 'problemList';
  if (WORK_POINTS_TITLE.test(title)) return 'workPoints';
  if (FILL_IN_TITLE.test(title.replace(/[（(][^）)]*[）)]$/, '')) && !notice) return 'fillInTable';
  // Categories named …问题 ((1)不合理收费问题。) or items that are behaviours (…的行为；).
  const problemHeadings = headings.filter((h) => /问题[。.]?$|方面$/.test(h)).length;
  if (!notice && problemHeadings >= 3 && problemHeadings >= headings.length / 2) return 'problemList';
  const behaviours = (all.match(/(?:的行为|问题)[；;。]/g) ?? []).length;
  if (!notice && behaviours >= 4) return 'problemList';
  return 'campaign';
}
