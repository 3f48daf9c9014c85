// Annexes (附件): where each begins ("附件2" on a line of its own), its title, and
// which annexes the text refers to (附件：1. …, （附2）, 附表3、4) without containing them.
import type { ProposalFlag } from '../../../../shared/noticeProposal';
import type { Block, Paragraph } from './blocks';
import { spanOf } from './mapped';
import { similarity } from './similarity';

export interface Annex {
  /** '2' for 附件2; null for a lone 附件. */
  no: string | null;
  heading: Paragraph;
  title: string;
  blocks: Block[];
}

const ANNEX_HEADING = /^附\s*件\s*(\d{1,2})?\s*[:：]?$/;

export function splitAnnexes(blocks: Block[]): { front: Block[]; annexes: Annex[] } {
  const front: Block[] = [];
  const annexes: Annex[] = [];
  for (const b of blocks) {
    const m = b.kind === 'paragraph' ? ANNEX_HEADING.exec(b.m.text.trim()) : null;
    if (m && b.kind === 'paragraph') {
      annexes.push({ no: m[1] ?? null, heading: b, title: '', blocks: [] });
    } else {
      const current = annexes[annexes.length - 1];
      if (current) current.blocks.push(b);
      else front.push(b);
    }
  }
  for (const a of annexes) a.title = annexTitle(a.blocks);
  return { front, annexes };
}

/** The short lines under the heading, up to the first table or field line. */
function annexTitle(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph') break;
    const t = b.m.text.trim();
    if (/[：:□_]|^\d{4}年|^市/.test(t) || t.length > 60 || /。/.test(t)) break;
    parts.push(t);
    if (/(表|单|清单|名单|小组|方案|要点)$/.test(t)) break;
  }
  return parts.join('').replace(/（\s*月）$/, '');
}

/** The annexes the body names: the 附件： list with titles, and 附N / 附表N / 附件N in the text. */
export function mentionedAnnexes(front: Paragraph[]): Map<string, { title: string | null; paragraph: Paragraph }> {
  const out = new Map<string, { title: string | null; paragraph: Paragraph }>();
  let inList = false;
  for (const p of front) {
    const t = p.m.text;
    const list = /^附件[:：]\s*(.*)$/.exec(t.trim());
    if (list) inList = true;
    if (inList) {
      const body = list ? (list[1] ?? '') : t;
      const items = [...body.matchAll(/(\d{1,2})[.．、]\s*([^\d]+?)(?=\d{1,2}[.．、]|$)/g)];
      if (!items.length && list) out.set('1', { title: body.trim() || null, paragraph: p });
      for (const m of items) out.set(m[1] ?? '', { title: (m[2] ?? '').trim(), paragraph: p });
      // A wrapped list item ("…专项整治行动" / "领导小组") continues the previous title.
      if (!items.length && !list && /^[^\d]/.test(t) && t.length < 30) {
        const last = [...out.values()].pop();
        if (last?.title) last.title += t.trim();
      }
      if (!list && items.length === 0 && t.length >= 30) inList = false;
      continue;
    }
    for (const m of t.matchAll(/附(?:件|表)?\s*(\d{1,2})(?:\s*[、，和及]\s*(\d{1,2}))?/g)) {
      for (const n of [m[1], m[2]]) if (n && !out.has(n)) out.set(n, { title: null, paragraph: p });
    }
  }
  return out;
}

export function missingAnnexFlags(
  mentioned: Map<string, { title: string | null; paragraph: Paragraph }>,
  annexes: Annex[],
  rest: Block[],
): ProposalFlag[] {
  const flags: ProposalFlag[] = [];
  const lone = annexes.length === 1 && annexes[0]?.no === null;
  for (const [no, { title, paragraph }] of mentioned) {
    if (annexes.some((a) => a.no === no) || (lone && mentioned.size === 1)) continue;
    // An annex printed without its "附件N" line: its title stands in the text after the list.
    const present =
      title !== null &&
      rest.some((b) => b.kind === 'paragraph' && b.line > paragraph.line && similarity(b.m.text, title) >= 0.7);
    if (present) continue;
    flags.push({
      code: 'annexMissing',
      message: `正文提到附件${no}${title ? `“${title}”` : ''}，但文本中没有找到该附件；请补充附件后重新识别，或手工录入`,
      span: spanOf(paragraph.m),
    });
  }
  return flags;
}
