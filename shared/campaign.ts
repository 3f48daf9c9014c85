// The campaign file (专项行动文件): the format of resources/campaigns/*.json and of
// every campaign a user imports or exports. See DESIGN.md "The campaign file".
import { z } from 'zod';
import { isRealDate } from './dates';

const text = z.string().trim().min(1, '不能为空');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式')
  .refine(isRealDate, '不是真实存在的日期');
/** Stable within a campaign: answers, problems and figures refer to it. */
const id = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, '编号只能由小写字母、数字和 . _ - 组成');

export const phaseSchema = z.strictObject({
  id,
  name: text,
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  /** The notice's own wording, kept even where the date was corrected. */
  original: text,
  /** Why a stored date differs from the wording, e.g. "原文“6月10日-31日”，6月无31日". */
  correction: z.string().optional(),
});

export const dutyFormat = z.enum(['docx', 'pdf', 'stampedPdf', 'xlsx', 'electronic', 'paper']);

export const recurrenceSchema = z.discriminatedUnion('kind', [
  /** e.g. 每月5日前: due before `day` of every month within the period. */
  z.strictObject({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31) }),
]);

export const dutySchema = z.strictObject({
  id,
  title: text,
  /** A single due date; null for a purely recurring duty. */
  due: isoDate.nullable(),
  recurrence: recurrenceSchema.nullable(),
  formats: z.array(dutyFormat),
  to: z.string().nullable(),
  original: text,
  /** Ids of the tables or checklists this duty sends, if any. */
  sends: z.array(id).optional(),
});

export const deadlineSchema = z.strictObject({
  /** The date the wording resolves to; null for a standing task (持续推进). */
  date: isoDate.nullable(),
  standing: z.boolean(),
  original: text,
});

/**
 * A numeric target the notice sets: 抽查比例不低于20% → atLeast 20 %, 每家抽查20人以上 →
 * atLeast 20 人, 次均费用下降10% → reduceBy 10 % (a fall from the current level, not a ceiling).
 */
export const targetSchema = z.strictObject({
  comparison: z.enum(['atLeast', 'above', 'atMost', 'below', 'reduceBy']),
  value: z.number().finite(),
  /** '' where the notice prints none we know; the review asks for it. */
  unit: z.string().max(10),
  /** The wording as printed (抽查比例不低于20%). */
  original: z.string().max(200),
});
const targets = z.array(targetSchema).max(50).optional();

export const taskSchema = z.strictObject({
  id,
  no: text,
  section: text,
  title: text,
  text,
  leadUnits: z.array(text),
  coUnits: z.array(text),
  deadline: deadlineSchema.nullable(),
  /** Absent when the task sets no figure. */
  targets,
});

/**
 * The kinds of a notice's sections that set no task of their own: its goals (工作目标), its
 * scope (适用范围、检查对象), its steps and time (工作步骤、时间安排), its requirements
 * (工作要求), how it is led and secured (组织领导、保障措施) and its principles (指导思想).
 */
export const SECTION_KINDS = ['goal', 'scope', 'steps', 'requirements', 'safeguards', 'principles'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
export const sectionKindLabel: Record<SectionKind, string> = {
  goal: '工作目标',
  scope: '范围与对象',
  steps: '工作步骤',
  requirements: '工作要求',
  safeguards: '组织保障',
  principles: '指导思想与原则',
};

export const sectionItemSchema = z.strictObject({ no: z.string(), text, targets });

/** A section of the notice kept as it reads, labelled by its kind; it is not a task and asks for no progress. */
export const noticeSectionSchema = z.strictObject({
  id,
  no: z.string(),
  kind: z.enum(SECTION_KINDS),
  title: text,
  /** The section's own text above its items (may be empty). */
  text: z.string(),
  items: z.array(sectionItemSchema),
  targets,
});

export const answerSchema = z.discriminatedUnion('kind', [
  /** 有/无 */
  z.strictObject({ kind: z.literal('yesno') }),
  /** 抽查 N 人 / 违法违规 N 人 */
  z.strictObject({ kind: z.literal('sampled'), unit: text }),
  /** 万元 */
  z.strictObject({ kind: z.literal('amount'), unit: z.literal('万元') }),
  z.strictObject({ kind: z.literal('count'), unit: text }),
  /** persons by role, e.g. 医师/护士/其他人员 */
  z.strictObject({ kind: z.literal('persons'), roles: z.array(text).min(1), unit: text }),
  z.strictObject({ kind: z.literal('text') }),
  /** A fill-in form's 年 月 日 blank (制定时间、整改完成时间). */
  z.strictObject({ kind: z.literal('date') }),
  /** A 文号 blank, e.g. 〔2024〕12号. */
  z.strictObject({ kind: z.literal('docNumber') }),
  /** A rate between 0 and 100 (整改率 %). */
  z.strictObject({ kind: z.literal('percent') }),
]);
export type AnswerKind = z.infer<typeof answerSchema>['kind'];

export const checklistItemSchema = z.strictObject({
  id,
  no: text,
  text,
  answer: answerSchema,
  /**
   * A form item that leaves blanks of different kinds (共 人，涉及金额 万元): every blank's
   * answer kind in the order printed, while `answer` is text; absent otherwise.
   */
  parts: z.array(answerSchema).min(2).max(20).optional(),
  note: z.string().nullable(),
  targets,
});

export const checklistGroupSchema = z.strictObject({
  id,
  title: text,
  items: z.array(checklistItemSchema).min(1),
});

/** A header field the filled checklist asks for, e.g. 机构类别 with its choices. */
export const headerFieldSchema = z.strictObject({
  id,
  label: text,
  options: z.array(text),
});

export const checklistSchema = z.strictObject({
  id,
  title: text,
  annex: z.string().nullable(),
  header: z.array(headerFieldSchema),
  groups: z.array(checklistGroupSchema).min(1),
});

export const tableColumnSchema = z.strictObject({ id, label: text });

export const tableRowSchema = z.strictObject({
  id,
  no: z.string(),
  label: text,
  sublabel: z.string().nullable(),
  unit: z.string().nullable(),
  /** The row this one is a part of (其中…): its figure may not exceed the parent's. */
  parent: id.nullable(),
});

export const tableSectionSchema = z.strictObject({
  id,
  title: z.string(),
  rows: z.array(tableRowSchema).min(1),
});

export const statisticsTableSchema = z.strictObject({
  id,
  title: text,
  annex: z.string().nullable(),
  /** Columns by institution class etc.; empty when the table has one figure per row. */
  columns: z.array(tableColumnSchema),
  sections: z.array(tableSectionSchema).min(1),
  /** 填报单位, 填报时间 … as the notice prints them above or below the table. */
  headerFields: z.array(text),
  note: z.string().nullable(),
});

export const campaignKind = z.enum(['campaign', 'workPoints']);

export const campaignFileSchema = z
  .strictObject({
    format: z.literal('zicha-campaign'),
    version: z.literal(1),
    id,
    revision: z.number().int().min(1),
    /** 专项整治 (campaign) or 工作要点/任务分工 (workPoints: tasks answered as progress). */
    kind: campaignKind,
    title: text,
    issuers: z.array(text).min(1),
    docNumber: z.string().nullable(),
    issuedOn: isoDate.nullable(),
    period: z.strictObject({ start: isoDate.nullable(), end: isoDate.nullable(), original: z.string() }),
    scope: z.string().nullable(),
    phases: z.array(phaseSchema),
    duties: z.array(dutySchema),
    tasks: z.array(taskSchema),
    checklists: z.array(checklistSchema),
    tables: z.array(statisticsTableSchema),
    /** The notice's sections that are not tasks (工作目标, 工作要求…); absent when it has none. */
    sections: z.array(noticeSectionSchema).max(50).optional(),
    /** The notice's text as received, shown on the 原文 tab. */
    source: z.strictObject({ name: z.string(), text: z.string() }).nullable(),
  })
  .superRefine((c, ctx) => {
    const seen = new Map<string, string>();
    const visit = (value: string, path: (string | number)[]) => {
      const first = seen.get(value);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path, message: `编号“${value}”与 ${first} 重复` });
      } else {
        seen.set(value, path.join('.'));
      }
    };
    c.phases.forEach((p, i) => visit(p.id, ['phases', i, 'id']));
    c.duties.forEach((d, i) => visit(d.id, ['duties', i, 'id']));
    c.tasks.forEach((t, i) => visit(t.id, ['tasks', i, 'id']));
    c.sections?.forEach((s, i) => visit(s.id, ['sections', i, 'id']));
    c.checklists.forEach((cl, i) => {
      visit(cl.id, ['checklists', i, 'id']);
      cl.groups.forEach((g, j) => {
        visit(g.id, ['checklists', i, 'groups', j, 'id']);
        g.items.forEach((it, k) => visit(it.id, ['checklists', i, 'groups', j, 'items', k, 'id']));
      });
    });
    c.tables.forEach((t, i) => {
      visit(t.id, ['tables', i, 'id']);
      const rowIds = new Set(t.sections.flatMap((s) => s.rows.map((r) => r.id)));
      t.sections.forEach((s, j) => {
        visit(s.id, ['tables', i, 'sections', j, 'id']);
        s.rows.forEach((r, k) => {
          visit(r.id, ['tables', i, 'sections', j, 'rows', k, 'id']);
          if (r.parent !== null && !rowIds.has(r.parent)) {
            ctx.addIssue({
              code: 'custom',
              path: ['tables', i, 'sections', j, 'rows', k, 'parent'],
              message: `所属行“${r.parent}”不在本表中`,
            });
          }
        });
      });
    });
    if (c.period.start && c.period.end && c.period.start > c.period.end) {
      ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: '结束日期早于开始日期' });
    }
  });

export type CampaignFile = z.infer<typeof campaignFileSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Duty = z.infer<typeof dutySchema>;
export type Task = z.infer<typeof taskSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type StatisticsTable = z.infer<typeof statisticsTableSchema>;
export type TableRow = z.infer<typeof tableRowSchema>;
export type Target = z.infer<typeof targetSchema>;
export type NoticeSection = z.infer<typeof noticeSectionSchema>;
