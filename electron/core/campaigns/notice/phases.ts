// Phases (阶段): either headings of a 实施步骤 section — "（一）全面清查、集中整治
// （2020年8月底前）" — or a list in one sentence — "分为动员自查（2020年6月10日-31日）、
// 线索摸排（…）…四个阶段".
import type { ProposalFlag, ProposedPhase } from '../../../../shared/noticeProposal';
import { readDateRange } from './dates';
import { slice, spanOf, type Mapped } from './mapped';
import type { OutlineNode } from './outline';

const STEPS = /步骤|阶段|安排|进度|时间/;
const NAMED_RANGE = /([\u4e00-\u9fa5、]{2,16}?)[（(]([^（）()]*\d[^（）()]*)[）)]/g;

function phase(name: string, wording: Mapped, year: number | null, index: number): ProposedPhase | null {
  const range = readDateRange(wording.text, year);
  if (!range) return null;
  const flags: ProposalFlag[] = [];
  const span = spanOf(wording);
  if (range.correction) flags.push({ code: 'impossibleDate', message: `${range.correction}，请核对`, span });
  if (!range.end) flags.push({ code: 'phaseWithoutEnd', message: `阶段“${name}”没有结束日期`, span });
  if (!range.start) flags.push({ code: 'phaseWithoutStart', message: `阶段“${name}”没有开始日期（原文“${wording.text}”）`, span });
  return {
    id: `p${index}`,
    name,
    start: range.start,
    end: range.end,
    original: wording.text,
    ...(range.correction ? { correction: range.correction } : {}),
    span,
    flags,
  };
}

/** A heading that names a stage of work, when the stages are the notice's own sections (一、自查自纠（6月30日前）). */
const STAGE_NAME = /自查|自纠|整治|整改|总结|部署|动员|督导|督查|检查|提升|评估|巩固|排查|启动|验收/;

export function phasesFromOutline(roots: OutlineNode[], year: number | null): ProposedPhase[] {
  const stagesAsSections = { title: { text: '' }, children: roots.filter((r) => r.level === 1 && STAGE_NAME.test(r.title.text)) };
  for (const section of [...roots.filter((r) => STEPS.test(r.title.text)), stagesAsSections]) {
    const found: ProposedPhase[] = [];
    for (const child of section.children) {
      const t = child.title.text;
      const m = /^(.+?)[（(]([^（）()]*\d[^（）()]*)[）)]$/.exec(t.replace(/[。；]$/, ''));
      if (!m) continue;
      const name = m[1] ?? '';
      const start = t.indexOf(m[2] ?? '');
      const p = phase(name, slice(child.title, start, start + (m[2] ?? '').length), year, found.length + 1);
      if (p) found.push(p);
    }
    if (found.length >= 2) return found;
  }
  return timeSection(roots, year);
}

/**
 * "二、自查时间 / 企业的自查自纠工作于2020年8月26日前完成。": a section that only gives the
 * time of the whole work is one phase, named after the work, ending on that date.
 */
function timeSection(roots: OutlineNode[], year: number | null): ProposedPhase[] {
  for (const r of roots) {
    if (r.children.length || !/时间$|时限$|时间安排$/.test(r.title.text.replace(/[。；]$/, '')) || r.body.length !== 1) continue;
    const body = r.body[0] as Mapped;
    const m = /([\u4e00-\u9fa5]{2,12}?)工作(?:于|在)([^，。；]{4,30}?前)(?:全部)?完成/.exec(body.text);
    if (!m) continue;
    const at = body.text.indexOf(m[2] ?? '', m.index);
    const name = (m[1] ?? '').replace(/^.*的/, '');
    const p = phase(name, slice(body, at, at + (m[2] ?? '').length), year, 1);
    // One date is the end; a phase that has no start is expected here, not a fault to flag.
    if (p?.end) return [{ ...p, flags: p.flags.filter((f) => f.code !== 'phaseWithoutStart') }];
  }
  return [];
}

/** "分为A（日期）、B（日期）…N个阶段" anywhere in the body. */
export function phasesFromSentence(paragraphs: Mapped[], year: number | null): ProposedPhase[] {
  for (const p of paragraphs) {
    for (const sentence of p.text.split(/(?<=[。；])/)) {
      if (!/阶段/.test(sentence)) continue;
      const offset = p.text.indexOf(sentence);
      const found: ProposedPhase[] = [];
      for (const m of sentence.matchAll(NAMED_RANGE)) {
        const name = (m[1] ?? '').replace(/^(分为|分成|包括|为|按照时间进程分为)/, '').replace(/^.*(?:分为|分成)/, '').replace(/^、/, '');
        const inner = offset + m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length);
        const ph = phase(name, slice(p, inner, inner + (m[2] ?? '').length), year, found.length + 1);
        if (ph && name) {
          const whole = spanOf(slice(p, offset + m.index + (m[1] ?? '').length - name.length, offset + m.index + m[0].length));
          found.push({ ...ph, original: `${name}${m[0].slice((m[1] ?? '').length)}`, span: whole });
        }
      }
      if (found.length >= 2) return found;
    }
  }
  return [];
}

/**
 * Work a phase must deliver by its end without a sending date of its own: "建立问题
 * 台账，及时启动整改" in 全面清查 (by 8月底). Returned as clauses, due at the phase's end.
 */
export function phaseDeliverables(roots: OutlineNode[], phases: ProposedPhase[]): { wording: Mapped; due: string }[] {
  const out: { wording: Mapped; due: string }[] = [];
  for (const section of roots.filter((r) => STEPS.test(r.title.text))) {
    for (const child of section.children) {
      const phase = phases.find((p) => child.title.text.startsWith(p.name));
      if (!phase?.end) continue;
      for (const body of child.body) {
        for (const m of body.text.matchAll(/建立[^，。；]{0,8}台账[^。；]*?(?=[。；]|$)/g)) {
          out.push({ wording: slice(body, m.index, m.index + m[0].length), due: phase.end });
        }
      }
    }
  }
  return out;
}
