// Where a 公文 title breaks (GB/T 9704 §7.3.1): lines of whole words and phrases
// (词意完整), as even as the line allows, so neither writer leaves "专/项整治" to the
// renderer. ICU's word breaker splits 专项 into 专/项 and 整治 off 专项, so the
// phrases of this domain are glued on top of it, and figures stay with their units.
import { textWidthChars } from './layout';

/** Phrases never broken inside (ICU would break some of them). */
const PHRASES = [
  '专项整治', '专项治理', '专项行动', '集中整治', '突出问题', '腐败问题', '卫生健康', '医疗保障', '医药领域', '行业领域',
  '工作情况', '情况总结', '工作方案', '工作统计表', '统计表', '领导小组', '自查自纠', '清查情况', '整改情况', '问题整改',
  '整改台账', '案件台账', '问题线索', '纪检监察', '人民医院', '中医医院', '妇幼保健院', '医疗机构', '欺诈骗保', '医保基金',
  '行风建设', '行风问题', '清理清查', '不正之风', '九项准则', '高值医用耗材', '医用耗材', '报送', '移送', '的报告', '的函', '的通知',
];
/** After these a line may end well: the hospital's name, 关于, the year. */
const GOOD_END = /(医院|中心|关于|年|行业|领域)$/;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Positions (in code units) where the title may break. */
function breakPoints(text: string): number[] {
  const points = new Set<number>();
  for (const s of segmenter.segment(text)) if (s.index > 0) points.add(s.index);
  const forbid = (from: number, to: number) => {
    for (let i = from + 1; i < to; i++) points.delete(i);
  };
  for (const p of PHRASES) for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) forbid(at, at + p.length);
  // A bracketed part, a number with its unit, "2020年": one piece each.
  for (const m of text.matchAll(/[（(〔［[][^）)〕］\]]*[）)〕］\]]|\d[\d.\-—－~～]*\s*(年度|年|月|日|号|个|件|人次|万元)?/g)) forbid(m.index, m.index + m[0].length);
  // Nor before closing punctuation, nor after opening.
  for (let i = 1; i < text.length; i++) if (/[，。、；：！？）》〕”’]/.test(text[i] ?? '') || /[（《〔“‘]/.test(text[i - 1] ?? '')) points.delete(i);
  return [...points].sort((a, b) => a - b);
}

/**
 * The title's lines, each at most `maxChars` 2号 characters wide. An officer's own
 * line breaks ("\n") are kept as they are; a line that fits stays whole.
 */
export function titleLines(title: string, maxChars: number): string[] {
  return title.split('\n').flatMap((line) => breakLine(line.trim(), maxChars));
}

function breakLine(text: string, maxChars: number): string[] {
  if (textWidthChars(text) <= maxChars) return [text];
  const points = breakPoints(text);
  // Fewest lines first; among those, the most even, favouring a good end and a longer first line.
  for (let n = 2; n <= 6; n++) {
    let best: { cost: number; lines: string[] } | null = null;
    const search = (from: number, left: number, lines: string[]) => {
      if (left === 1) {
        const last = text.slice(from);
        if (textWidthChars(last) > maxChars) return;
        const all = [...lines, last];
        const widths = all.map(textWidthChars);
        const spread = Math.max(...widths) - Math.min(...widths);
        const ends = all.slice(0, -1).filter((l) => !GOOD_END.test(l)).length;
        const cost = spread + ends * 1.5 + (widths[0]! < widths[1]! ? 0.25 : 0);
        if (!best || cost < best.cost) best = { cost, lines: all };
        return;
      }
      for (const p of points) {
        if (p <= from) continue;
        const piece = text.slice(from, p);
        if (textWidthChars(piece) > maxChars) break;
        search(p, left - 1, [...lines, piece]);
      }
    };
    search(0, n, []);
    if (best) return (best as { lines: string[] }).lines;
  }
  // No phrase boundary fits (one very long word): fall back to the renderer's breaks.
  return [text];
}
