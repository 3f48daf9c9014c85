// The metadata table a government web page prints above a notice (索引号, 发布单位,
// 公开日期, 主题分类, 成文日期 …), as label：value lines, tab-separated or drawn
// cells. It belongs to the header (issuers, dates, number), never to the body.
import { isoOf } from '../../../../shared/dates';
import type { Block } from './blocks';
import type { Found } from './header';
import { slice, spanOf, trim, type Mapped } from './mapped';

const LABELS = [
  '索引号', '发布单位', '发布机构', '发文机关', '发文单位', '公开日期', '发布日期', '发布时间', '成文日期', '主题分类', '主题词',
  '发文字号', '文号', '标题', '名称', '有效性', '生效日期', '公开方式', '公开范围', '体裁分类', '组配分类', '信息来源', '所属机构', '关键词',
];
const LABEL = new RegExp(`(${LABELS.join('|')})\\s*[:：]`, 'g');
const BARE = new RegExp(`^(${LABELS.join('|')})\\s*[:：]?$`);

export interface Metadata {
  fields: Map<string, Found<string>>;
  /** The blocks that held it, left out of the body. */
  blocks: Set<Block>;
}

/** label：value pairs in one line or cell; the value runs to the next label. */
function pairsIn(m: Mapped, out: Map<string, Found<string>>): number {
  const hits = [...m.text.matchAll(LABEL)];
  if (!hits.length || (hits[0]?.index ?? 0) > 0) return 0;
  hits.forEach((h, k) => {
    const value = trim(slice(m, h.index + h[0].length, hits[k + 1]?.index ?? m.text.length));
    if (value.text && !out.has(h[1] ?? '')) out.set(h[1] ?? '', { value: value.text, span: spanOf(value) });
  });
  return hits.length;
}

/** Cells: "索引号" | "value" pairs, or cells of label：value. */
function pairsInRow(cells: Mapped[], out: Map<string, Found<string>>): number {
  let n = 0;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k] as Mapped;
    const bare = BARE.exec(c.text.trim());
    const next = cells[k + 1];
    if (bare && next && !BARE.test(next.text.trim())) {
      if (next.text.trim() && !out.has(bare[1] ?? '')) out.set(bare[1] ?? '', { value: next.text.trim(), span: spanOf(trim(next)) });
      n++;
      k++;
    } else {
      n += pairsIn(trim(c), out);
    }
  }
  return n;
}

/** Reads the metadata among the first blocks, before the notice's own text starts. */
export function readMetadata(blocks: Block[]): Metadata {
  const fields = new Map<string, Found<string>>();
  const used = new Set<Block>();
  for (const b of blocks.slice(0, 12)) {
    if (b.kind === 'table') {
      if (b.rows.reduce((n, r) => n + pairsInRow(r, fields), 0) >= 2) used.add(b);
    } else {
      // A line may hold several pairs apart by spaces (索引号：… 主题分类：…); all its lines must be pairs.
      const found = new Map<string, Found<string>>();
      if (b.raw.every((r) => !r.text.trim() || pairsIn(trim(r), found) > 0)) {
        used.add(b);
        for (const [k, v] of found) if (!fields.has(k)) fields.set(k, v);
      }
    }
  }
  return { fields, blocks: used };
}

/** 2021-03-02, 2021年3月2日, 2021/3/2, 2021.03.02 → ISO. */
export function metadataDate(found: Found<string> | undefined): Found<string> | null {
  const m = /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})/.exec(found?.value ?? '');
  if (!m || !found) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? { value: isoOf(y, mo, d), span: found.span } : null;
}

export function metadataIssuers(meta: Metadata): Found<string[]> | null {
  const f = meta.fields.get('发布单位') ?? meta.fields.get('发布机构') ?? meta.fields.get('发文机关') ?? meta.fields.get('发文单位');
  const names = f?.value.split(/[\s、，,；;]+/).filter((x) => x.length >= 2) ?? [];
  return f && names.length ? { value: names, span: f.span } : null;
}
