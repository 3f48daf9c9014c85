// The sample hospital's rectification report on a 医保 inspection, read the way an
// officer would bring one in (问题台账 → 导入 → 从反馈意见、整改报告导入): parsed by the
// feedback reader and added through the same door, so the demo's ledger holds problems
// that came from a feedback document, with their statuses, measures and deadlines.
import type { Db } from '../db/open';
import { parseFeedback } from '../campaigns/notice/feedback';
import { applyFeedback } from '../ledger/feedback';
import { problemRow, updateProblem } from '../ledger/problems';
import { firstPersons } from './inspectionDemo';

const REPORT = `示例市第一人民医院关于医保基金使用专项检查反馈问题整改进展情况的报告
市医疗保障局:
2020年9月15日,市医保基金使用专项检查组对我院开展检查,反馈问题3项。我院逐项制定整改措施,现将整改进展情况报告如下。
一、收费管理方面
反馈问题1:超标准收取一级护理费,涉及金额1.8万元。
整改状态:完成
责任科室:护理部
整改时限:2020年10月31日
整改情况:一是全面核查2020年以来的护理收费;二是退还违规收取的费用;三是在收费系统中设置护理等级与收费项目的对应校验。
反馈问题2:串换收费“血清胱抑素测定”。
整改状态:完成
责任科室:财务科
整改时限:2020年10月31日
整改情况:一是停止串换收费;二是修订收费字典并经医保办复核。
二、病历管理方面
反馈问题3:部分出院病历医嘱与收费明细不一致。
整改状态:阶段性完成
责任科室:医务科
整改时限:2020年12月31日
整改情况:一是对2020年出院病历开展专项抽查;二是将医嘱与收费一致性纳入科室质控考核,抽查仍在进行。`;

const WHO = '王芳';
const AT = '2020-11-16T02:00:00.000Z';
const TODAY = '2020-11-16';

/**
 * Adds the report's problems (not tied to a campaign); returns how many. A report
 * names departments, not people: each problem then gets its 责任人 (the department's
 * first person) as an officer would set it on the problem's page, so no sample
 * problem is left without one.
 */
export function buildFeedbackDemo(db: Db): number {
  const proposal = parseFeedback(REPORT, '医保专项检查反馈问题整改进展情况报告（示例）');
  const { ids } = applyFeedback(db, proposal, { campaignId: null }, WHO, AT, TODAY);
  const personOf = firstPersons(db);
  for (const id of ids) {
    const { departmentId } = problemRow(db, id, TODAY);
    if (departmentId !== null) updateProblem(db, id, { personId: personOf(departmentId) }, WHO, AT, TODAY);
  }
  return ids.length;
}
