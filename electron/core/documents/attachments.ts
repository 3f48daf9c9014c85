// A summary's attachments (附件): exactly the tables and checklists the campaign's
// duty sends, filled for its period (figures.ts computes them once, and the text
// reads its figures from the same views), each as the generic document table.
import type { Attachment, Block } from '../../../shared/document';
import type { StatsTableView } from '../../../shared/stats';
import { statsDocTable } from '../stats/docTable';
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

export function summaryAttachments(figures: CampaignFigures): Attachment[] {
  return figures.sent.map((v, i) => attachmentOf(v, i + 1));
}
