// What each rectification move does, in the words of the confirmation.
import type { ProblemRow, RectificationAction } from '../../../shared/ledger';

export function actionExplanation(action: RectificationAction, p: ProblemRow): string {
  switch (action) {
    case 'start':
      return `问题 ${p.number} 将由“待整改”进入“整改中”。整改期间可随时记录整改进展。`;
    case 'stage':
      return '本阶段整改已完成、还有后续工作时使用。请填写下一节点日期；到时可“继续整改”，全部完成后再“整改完成”。';
    case 'resume':
      return `问题 ${p.number} 将回到“整改中”，继续后续整改。`;
    case 'complete':
      return p.status === 'pending'
        ? `立行立改的问题可以直接完成：问题 ${p.number} 将进入“已完成（待验证）”，验证通过后方可销号。`
        : `问题 ${p.number} 将进入“已完成（待验证）”，验证通过后方可销号。建议先在“整改进展”中记录完成情况。`;
    case 'verifyPass':
      return '验证通过后状态为“已验证”，之后即可销号。';
    case 'verifyFail':
      return '验证不通过的问题退回“整改中”，请写明验证发现的问题，便于科室继续整改。';
    case 'signOff':
      return `问题 ${p.number} 销号后只能查看，不能再修改或记录进展；如确需修改，须“重新打开”并填写原因。`;
    case 'reopen':
      return `问题 ${p.number} 将回到“整改中”，原销号信息清除，原因记入变更记录。`;
  }
}

export const confirmColor: Record<RectificationAction, string> = {
  start: 'blue', stage: 'cyan', resume: 'blue', complete: 'violet', verifyPass: 'teal', verifyFail: 'red', signOff: 'green', reopen: 'orange',
};
