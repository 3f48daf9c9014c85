// The names a notice's sections go by (工作目标, 重点任务, 保障措施…). A heading run on
// into its text without a stop ("一、工作目标以“全领域覆盖”为导向…", a copy that lost its
// line breaks) still ends after its name, and is still a heading where it follows a sentence.
export const SECTION_NAME = /^(?:指导思想|基本原则|组织领导|组织保障|保障措施|实施步骤|时间安排|适用范围|(?:工作|总体|主要|重点|行动|整治)(?:目标|任务|要求|步骤|安排|措施|范围|对象|内容))/;
