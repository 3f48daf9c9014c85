// Notice text → proposed campaign. Each step lives in its own file; this one runs
// them in order and collects what the officer must check.
import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import type { NoticeProposal, ProposalFlag, ProposedTask, SourceSpan } from '../../../../shared/noticeProposal';
import { mentionedAnnexes, missingAnnexFlags, splitAnnexes } from './annexes';
import { toBlocks, type Paragraph } from './blocks';
import { spanOf } from './mapped';
import { dutiesFrom } from './duties';
import { findAddressees, findDocNumber, findIssueDate, findIssuers, findTitle, signatureIssuers } from './header';
import { noticeLines, unflatten } from './lines';
import { metadataDate, metadataIssuers, readMetadata } from './metadata';
import { documentKind } from './kind';
import { buildOutline, type OutlineNode } from './outline';
import { flagNotApplicable, problemChecklist } from './problemList';
import { formChecklist, spacedTable } from './fillIn';
import { periodOf, scopeOf } from './parseBody';
import { phaseDeliverables, phasesFromOutline, phasesFromSentence } from './phases';
import { reviewPeriodOf } from './reviewPeriod';
import { readTables } from './tableSet';
import { attachDivision } from './attach';
import { sectionsOf } from './sections';
import { tasksFromOutline } from './tasks';
import { unplacedFlags } from './unplaced';

const MAX_NOTICE_CHARS = 2_000_000;
/** A title that names a notice or a plan (…工作方案, …的通知) is a recognisable document even when its body could not be placed. */
const PLAN_TITLE = /(?:通知|方案|实施意见|若干措施|工作要点)》?$/;

export function parseNotice(text: string, name: string): NoticeProposal {
  if (text.length > MAX_NOTICE_CHARS) throw new AppError('tooLarge', `通知“${name}”的文字超过 200 万字，不像是一份通知，未识别`);
  const allBlocks = toBlocks(unflatten(noticeLines(text)));
  const meta = readMetadata(allBlocks);
  const blocks = allBlocks.filter((b) => !meta.blocks.has(b));
  const { front, annexes } = splitAnnexes(blocks);
  const paragraphs = front.filter((b): b is Paragraph => b.kind === 'paragraph');
  const listAt = paragraphs.findIndex((p) => /^附件\s*[:：]/.test(p.m.text.trim()));
  const body = listAt < 0 ? paragraphs : paragraphs.slice(0, listAt);

  const metaNumber = /([\u4e00-\u9fa5]{1,12})\s*[〔[［(（]\s*(\d{4})\s*[〕\]］)）]\s*(\d{1,5})\s*号/.exec(meta.fields.get('发文字号')?.value ?? meta.fields.get('文号')?.value ?? '');
  const docNumber = findDocNumber(paragraphs) ?? (metaNumber ? { value: `${metaNumber[1]}〔${metaNumber[2]}〕${metaNumber[3]}号`, span: (meta.fields.get('发文字号') ?? meta.fields.get('文号'))?.span ?? null } : null);
  // 成文日期 is the date the notice was signed; 公开日期 only when no signature date is printed.
  const issuedOn = metadataDate(meta.fields.get('成文日期')) ?? findIssueDate(paragraphs) ?? metadataDate(meta.fields.get('公开日期') ?? meta.fields.get('发布日期') ?? meta.fields.get('发布时间'));
  const annexTitle = annexes.find((a) => a.title);
  const metaTitle = meta.fields.get('标题') ?? meta.fields.get('名称');
  const title = findTitle(paragraphs) ?? metaTitle ?? (annexTitle ? { value: annexTitle.title, span: null } : null);
  const stopAt = paragraphs.find((p) => /关于|[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号/.test(p.m.text))?.line ?? 0;
  const provinceOfTitle = /^(?:\d{4}年)?([\u4e00-\u9fa5]{2,4}?(?:省|自治区))/.exec(title?.value ?? '')?.[1];
  const issuers =
    metadataIssuers(meta) ??
    findIssuers(paragraphs, stopAt) ??
    signatureIssuers(paragraphs, issuedOn?.span ?? null) ??
    (provinceOfTitle ? { value: [provinceOfTitle], span: title?.span ?? null } : null);
  const yearText = /(\d{4})/.exec(docNumber?.value ?? issuedOn?.value ?? title?.value ?? text.slice(0, 2000))?.[1];
  const year = yearText ? Number(yearText) : null;
  const workPoints = /工作要点|任务分工|要点|若干措施/.test(title?.value ?? '');

  const { roots } = buildOutline(body);
  const bodyTexts = body.map((p) => p.m);
  const phaseList = phasesFromOutline(roots, year);
  const phases = phaseList.length ? phaseList : phasesFromSentence(bodyTexts, year);
  const period = periodOf(roots, bodyTexts, phases, { year, issuedOn: issuedOn?.value ?? null, workPoints });
  const scope = scopeOf(roots) ?? findAddressees(paragraphs);
  const reviewPeriod = reviewPeriodOf(bodyTexts);

  const headings: string[] = [];
  const visit = (n: OutlineNode) => (headings.push(n.title.text), n.children.forEach(visit));
  roots.forEach(visit);
  const kind = documentKind({ title: title?.value ?? paragraphs[0]?.m.text ?? '', texts: bodyTexts.map((m) => m.text), headings });

  const tableSet = readTables(front, annexes, kind, text);
  const flags: ProposalFlag[] = [...tableSet.flags];
  // A problem list's, a form's and a feedback report's numbered paragraphs are not tasks.
  const bodyTasks = kind === 'campaign' || kind === 'workPoints' ? tasksFromOutline(roots) : [];
  const tasks: ProposedTask[] = attachDivision(bodyTasks, tableSet, year, flags);
  // A notice's goals, scope, steps and requirements; a problem list's or a form's headings are its groups instead.
  const sections = kind === 'campaign' || kind === 'workPoints' ? sectionsOf(roots, phases) : [];
  if (kind === 'problemList') {
    if (tableSet.checklists.length) tableSet.checklists.forEach(flagNotApplicable);
    else {
      const checklist = problemChecklist(roots, bodyTexts, title?.value ?? '');
      if (checklist) tableSet.checklists.push(checklist);
    }
  }
  if (kind === 'fillInTable' && !tableSet.checklists.length && !tableSet.tables.length) {
    const spaced = spacedTable(text, title?.value ?? '填报表');
    const checklist = spaced ? null : formChecklist(roots, title?.value ?? '', text);
    if (spaced) tableSet.tables.push(spaced);
    if (checklist) tableSet.checklists.push(checklist);
  }
  const annexIds = new Map<string, string>();
  for (const x of [...tableSet.tables, ...tableSet.checklists]) {
    const n = /附件(\d+)/.exec(x.annex ?? '')?.[1];
    if (n && !annexIds.has(n)) annexIds.set(n, x.id);
  }
  const { duties, used } = dutiesFrom(bodyTexts, { year, annexIds });
  for (const { wording, due } of phaseDeliverables(roots, phaseList)) {
    const span = spanOf(wording);
    duties.push({ id: `d${duties.length + 1}`, title: wording.text, due, recurrence: null, formats: [], to: null, original: wording.text, sends: [], span, flags: [] });
  }
  duties.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  duties.forEach((d, i) => (d.id = `d${i + 1}`));

  flags.push(...missingAnnexFlags(mentionedAnnexes(paragraphs), annexes, front));
  const placed: (SourceSpan | null)[] = [
    ...tasks.map((t) => t.span),
    ...phases.map((p) => p.span),
    ...duties.map((d) => d.span),
    period?.span ?? null,
    reviewPeriod?.span ?? null,
    // A problem list's and a form's items are placed too.
    ...tableSet.checklists.flatMap((cl) => cl.groups.flatMap((g) => g.items.map((i) => i.span))),
  ];
  flags.push(...unplacedFlags(bodyTexts, placed, used));
  if (!title) flags.push({ code: 'missing', message: '未识别出通知标题，请填写', span: null });
  if (!issuers) flags.push({ code: 'missing', message: '未识别出发文机关，请填写', span: null });

  // A document of a recognised kind, or one with numbered sections, is never refused: what could not be placed is flagged.
  const recognised = [docNumber, issuedOn, phases.length, tasks.length, tableSet.tables.length, tableSet.checklists.length, duties.length, kind !== 'campaign', headings.filter((h) => h.trim()).length >= 2, PLAN_TITLE.test(title?.value ?? '')].some(Boolean);
  if (!recognised) {
    throw new AppError(
      'nothingRecognised',
      `未能从“${name}”中识别出任何专项行动内容（文号、成文日期、阶段、任务、报送要求、检查表或统计表都没有找到）；请确认这是卫生健康部门的通知正文，或改为手工新建`,
    );
  }
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return {
    format: 'zicha-notice-proposal',
    version: 1,
    kind,
    source: { name, text },
    campaign: {
      id: `notice-${year ?? 'x'}-${hash}`,
      revision: 1,
      kind: workPoints ? 'workPoints' : 'campaign',
      title: title?.value ?? '',
      issuers: issuers?.value ?? [],
      docNumber: docNumber?.value ?? null,
      issuedOn: issuedOn?.value ?? null,
      period: period?.value ?? { start: null, end: null, original: '' },
      scope: scope?.value ?? null,
      ...(reviewPeriod ? { reviewPeriod: { ...reviewPeriod.value, span: reviewPeriod.span } } : {}),
      phases,
      duties,
      tasks,
      checklists: tableSet.checklists,
      tables: tableSet.tables,
      sections,
    },
    spans: {
      title: title?.span ?? null,
      issuers: issuers?.span ?? null,
      docNumber: docNumber?.span ?? null,
      issuedOn: issuedOn?.span ?? null,
      period: period?.span ?? null,
      scope: scope?.span ?? null,
    },
    flags,
  };
}
