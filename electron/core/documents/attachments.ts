// A summary's attachments (附件): the campaign's statistics tables filled for its
// period and the checklist filled from its latest self-inspection round, in the
// order of the notice's annex numbers, each as the generic document table.
import type { Attachment, Block } from '../../../shared/document';
import type { StatsTableView } from '../../../shared/stats';
import type { Db } from '../db/open';
import { computation, computeTable } from '../stats/compute';
import { statsDocTable } from '../stats/docTable';
import { readSettings } from '../stats/header';
import type { CampaignFigures } from './figures';
import { CHARS_PER_LINE, textWidthChars } from './layout';

const fieldText = (f: { label: string; value: string }) => (f.label ? `${f.label}：${f.value || '　　　　'}` : f.value);

function attachmentOf(view: StatsTableView, i: number): Attachment {
  const blocks: Block[] = [];
  // Fields two characters apart, as many to a line as fit whole: a date is never cut from its 日.
  const line = (id: string, fields: { label: string; value: string }[]) => {
    const lines: string[] = [];
    for (const text of fields.map(fieldText)) {
      const last = lines.at(-1);
      if (last !== undefined && textWidthChars(`${last}　　${text}`) <= CHARS_PER_LINE - 2) lines[lines.length - 1] = `${last}　　${text}`;
      else lines.push(text);
    }
    lines.forEach((text, k) => blocks.push({ kind: 'paragraph', id: k ? `${id}-${k}` : id, runs: [{ kind: 'text', text }] }));
  };
  line(`ah${i}`, view.headerFields);
  blocks.push({ kind: 'table', id: `at${i}`, table: statsDocTable(view) });
  line(`af${i}`, view.footerFields);
  if (view.note) {
    const note = /^(备注|注)[:：]/.test(view.note) ? view.note : `备注：${view.note}`;
    blocks.push({ kind: 'paragraph', id: `an${i}`, runs: [{ kind: 'text', text: note }] });
  }
  return { title: view.title, landscape: view.layout.orientation === 'landscape', blocks };
}

const annexNumber = (v: StatsTableView) => Number(/\d+/.exec(v.annex ?? '')?.[0] ?? 999);

export function summaryAttachments(db: Db, figures: CampaignFigures, today: string): Attachment[] {
  const { file, period, latestRound } = figures;
  if (!period) return [];
  const c = computation(db, readSettings(db, today));
  const views = file.tables.map((t) => computeTable(c, { campaignId: file.id, tableId: t.id, period }));
  // A checklist is only filled where the hospital inspected itself; an empty form is no attachment.
  if (latestRound && file.kind === 'campaign') {
    for (const cl of file.checklists) views.push(computeTable(c, { campaignId: file.id, tableId: cl.id, period, roundId: latestRound.id }));
  }
  return views.sort((a, b) => annexNumber(a) - annexNumber(b)).map((v, i) => attachmentOf(v, i + 1));
}
