// The notice's header: issuers, document number (〔〕, [], (), （） around the
// year, stored with 〔〕), issue date, title, addressees, period and scope.
import type { SourceSpan } from '../../../../shared/noticeProposal';
import type { Paragraph } from './blocks';
import { standaloneDate } from './dates';
import { collapseSpaces, slice, spanOf, trim, type Mapped } from './mapped';

export interface Found<T> {
  value: T;
  span: SourceSpan | null;
}

const DOC_NUMBER = /([\u4e00-\u9fa5]{1,12})\s*[〔[［(（]\s*(\d{4})\s*[〕\]］)）]\s*(\d{1,5})\s*号/g;
const ORG_END = /(委员会|委|局|厅|办公室|政府|党委|中心|院|办)$/;

export function findDocNumber(paragraphs: Paragraph[]): Found<string> | null {
  let fallback: Found<string> | null = null;
  for (const p of paragraphs.slice(0, 30)) {
    for (const m of p.m.text.matchAll(DOC_NUMBER)) {
      const value = `${m[1]}〔${m[2]}〕${m[3]}号`;
      const found = { value, span: spanOf(slice(p.m, m.index, m.index + m[0].length)) };
      // A number standing on its own line is the notice's; one inside the text is a cited document's.
      if (m[0].length >= p.m.text.trim().length - 1) return found;
      const before = p.m.text[m.index - 1] ?? '';
      if (!fallback && !/[（(《“]/.test(before) && m.index < 40) fallback = found;
    }
  }
  return fallback;
}

export function findIssueDate(paragraphs: Paragraph[]): Found<string> | null {
  for (const p of paragraphs) {
    for (const raw of p.raw) {
      const value = standaloneDate(raw.text);
      if (value) return { value, span: spanOf(trim(raw)) };
    }
  }
  return null;
}

const TITLE_OF_ENCLOSURE = /关于印发[《“]?(.+?)[》”]?的通知/;

/** The plan's own title where the notice encloses one (关于印发《…》的通知), else the notice's. */
export function findTitle(paragraphs: Paragraph[]): Found<string> | null {
  for (const p of paragraphs.slice(0, 12)) {
    const m = TITLE_OF_ENCLOSURE.exec(p.m.text);
    if (m && p.m.text.length < 120) {
      const start = m.index + m[0].indexOf(m[1] ?? '');
      return { value: m[1] ?? '', span: spanOf(slice(p.m, start, start + (m[1] ?? '').length)) };
    }
    const notice = /^关于.{4,80}的(通知|意见|方案)$/.exec(p.m.text.trim());
    if (notice) return { value: p.m.text.trim(), span: spanOf(p.m) };
  }
  // No cover letter: the first lines that read like a title, joined.
  const lines: Mapped[] = [];
  for (const p of paragraphs.slice(0, 8)) {
    const t = p.m.text.trim();
    if (/^附件\s*\d*$/.test(t)) continue;
    const titleLike = t.length >= 2 && t.length <= 40 && !/[。，；：:！？]/.test(t) && !standaloneDate(t);
    if (!titleLike) break;
    lines.push(p.m);
  }
  if (!lines.length) return null;
  const value = collapseSpaces({ text: lines.map((l) => l.text).join(''), at: lines.flatMap((l) => l.at) }).text;
  const first = spanOf(lines[0] as Mapped);
  const last = spanOf(lines[lines.length - 1] as Mapped);
  return { value, span: first && last ? { start: first.start, end: last.end } : null };
}

/**
 * The issuing bodies: the lines of names above the document number or title
 * (四川省卫生健康委员会 四川省医疗保障局 …), or the name before 关于 in the title line.
 */
export function findIssuers(paragraphs: Paragraph[], stopAt: number): Found<string[]> | null {
  const names: string[] = [];
  const spans: SourceSpan[] = [];
  for (const p of paragraphs) {
    if (p.line >= stopAt) break;
    for (const raw of p.raw) {
      const parts = raw.text.trim().split(/\s+/).filter(Boolean);
      if (parts.length && parts.every((x) => ORG_END.test(x) && x.length <= 30 && !/[，。：]/.test(x))) {
        names.push(...parts);
        const s = spanOf(trim(raw));
        if (s) spans.push(s);
      }
    }
  }
  for (const p of paragraphs.slice(0, 12)) {
    const m = /^(.{4,30}?(?:委员会|委|局|厅|办公室|政府))\s*关于/.exec(p.raw.map((r) => r.text).join('').trim());
    if (m && !names.length) {
      names.push(...(m[1] ?? '').trim().split(/\s+/));
      const s = spanOf(p.m);
      if (s) spans.push(s);
    }
  }
  if (!names.length) return null;
  return { value: [...new Set(names)], span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) } };
}

/** 各市（州）卫生健康委…，国家委在川医疗机构： — the addressees, as the scope when no section names one. */
export function findAddressees(paragraphs: Paragraph[]): Found<string> | null {
  for (const p of paragraphs.slice(0, 20)) {
    const t = p.m.text.trim();
    if (/^各.{2,300}[：:]$/.test(t) && !/。/.test(t)) {
      const m = trim(slice(p.m, p.m.text.indexOf(t), p.m.text.indexOf(t) + t.length - 1));
      return { value: m.text, span: spanOf(m) };
    }
  }
  return null;
}

/** No names above the title: the signature, the line of names right above the issue date. */
export function signatureIssuers(paragraphs: Paragraph[], issuedOn: SourceSpan | null): Found<string[]> | null {
  if (!issuedOn) return null;
  const lines = paragraphs.flatMap((p) => p.raw).filter((r) => r.text.trim());
  const at = lines.findIndex((r) => (r.at[0] ?? -1) <= issuedOn.start && issuedOn.start <= (r.at[r.at.length - 1] ?? -1));
  const above = at > 0 ? trim(lines[at - 1] as Mapped) : null;
  const names = above?.text.split(/\s+/).filter(Boolean) ?? [];
  return above && names.length && names.every((x) => ORG_END.test(x) && x.length <= 30 && !/[，。：]/.test(x)) ? { value: names, span: spanOf(above) } : null;
}
