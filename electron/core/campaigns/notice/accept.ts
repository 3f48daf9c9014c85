// Accepting a reviewed proposal: the spans and flags go, the rest must be a valid
// campaign file (every missing title, date or unit named in Chinese), and it is
// stored as the office's own campaign in one transaction.
import { campaignFileSchema, type CampaignFile } from '../../../../shared/campaign';
import { AppError, zodMessage } from '../../../../shared/errors';
import type { NoticeProposal } from '../../../../shared/noticeProposal';
import type { Db } from '../../db/open';
import { getCampaign, listCampaigns, putCampaign, type PutOutcome } from '../catalog';
import { serializeCampaignFile } from '../file';

/**
 * Drops what only the proposal carries: spans, flags and the blanks (their kinds live on in
 * the answer, and in the parts of an item with blanks of several kinds). Numeric targets and
 * parts stay, but only where there are some, so that a file without any reads as it always has.
 */
function strip<T extends { span: unknown; flags: unknown; targets?: unknown[]; blanks?: unknown; parts?: unknown[] }>(x: T): Omit<T, 'span' | 'flags' | 'blanks'> {
  const rest: Partial<T> = { ...x };
  delete rest.span;
  delete rest.flags;
  delete rest.blanks;
  if (!rest.targets?.length) delete rest.targets;
  if (!rest.parts?.length) delete rest.parts;
  return rest as Omit<T, 'span' | 'flags' | 'blanks'>;
}

export function proposalToCampaign(p: NoticeProposal): CampaignFile {
  const { sections, ...c } = p.campaign;
  delete c.reviewPeriod;
  const draft = {
    format: 'zicha-campaign',
    version: 1,
    ...c,
    docNumber: c.docNumber?.trim() || null,
    scope: c.scope?.trim() || null,
    phases: c.phases.map(strip),
    duties: c.duties.map(strip),
    tasks: c.tasks.map(strip),
    checklists: c.checklists.map((cl) => ({ ...strip(cl), groups: cl.groups.map((g) => ({ ...strip(g), items: g.items.map(strip) })) })),
    tables: c.tables.map((t) => ({ ...strip(t), sections: t.sections.map((s) => ({ ...strip(s), rows: s.rows.map(strip) })) })),
    ...(sections.length ? { sections: sections.map((s) => ({ ...strip(s), items: s.items.map(strip) })) } : {}),
    source: { name: p.source.name, text: p.source.text },
  };
  const parsed = campaignFileSchema.safeParse(draft);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((i) => `${fieldName(i.path)}：${zodMessage(i)}`);
    const more = parsed.error.issues.length > 20 ? `\n……另有 ${parsed.error.issues.length - 20} 处` : '';
    throw new AppError('invalidProposal', `识别结果还不能保存为专项行动，请先改正：\n${lines.join('\n')}${more}`, parsed.error.issues[0]?.path.join('.'));
  }
  return parsed.data;
}

const NAMES: Record<string, string> = {
  title: '标题',
  issuers: '发文机关',
  docNumber: '文号',
  issuedOn: '成文日期',
  period: '实施期间',
  start: '开始日期',
  end: '结束日期',
  original: '原文',
  scope: '范围',
  phases: '阶段',
  duties: '报送要求',
  tasks: '任务',
  checklists: '检查表',
  groups: '分组',
  items: '检查项',
  tables: '统计表',
  sections: '部分',
  rows: '行',
  columns: '列',
  name: '名称',
  text: '内容',
  no: '序号',
  label: '项目',
  unit: '单位',
  leadUnits: '牵头单位',
  coUnits: '配合单位',
  deadline: '完成时限',
  due: '报送日期',
  id: '编号',
  answer: '答题方式',
  targets: '目标',
  value: '数值',
  comparison: '比较方式',
};

/** tasks[3].title → 任务第4项的标题 */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `第${part + 1}项`;
    else out += `${out ? '的' : ''}${NAMES[String(part)] ?? String(part)}`;
  }
  return out || '专项行动';
}

/** Saves the campaign; accepting the same notice again stores a new revision of it. */
export function acceptProposal(db: Db, p: NoticeProposal, at: string, today: string): { campaign: CampaignFile; outcome: PutOutcome } {
  const file = proposalToCampaign(p);
  return db.transaction(() => {
    const existing = listCampaigns(db, today).find((c) => c.id === file.id);
    if (existing?.origin === 'builtin') {
      throw new AppError('builtinCampaign', `编号“${file.id}”属于内置专项行动，不能用识别结果覆盖；请修改编号`, 'id');
    }
    if (existing) {
      const stored = getCampaign(db, existing.id, today).file;
      if (serializeCampaignFile({ ...file, revision: stored.revision }) === serializeCampaignFile(stored)) return { campaign: stored, outcome: 'unchanged' as const };
    }
    const campaign = existing ? { ...file, revision: Math.max(file.revision, existing.revision + 1) } : file;
    const outcome = putCampaign(db, campaign, 'user', at);
    return { campaign, outcome };
  })();
}
