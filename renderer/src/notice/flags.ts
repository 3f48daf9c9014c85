// Every flag of a proposal with the key of the element it sits on, for the
// summary at the top of the review screen ("有 N 处需要核对") and its jumps.
import type { NoticeProposal, ProposalFlag, SourceSpan } from '../../../shared/noticeProposal';
import { refKey, type ListRef } from './edit';

export interface FlagEntry {
  /** The card that shows it; null for a flag about the notice as a whole. */
  key: string | null;
  flag: ProposalFlag;
  /** Where to highlight: the flag's own span, else its element's. */
  span: SourceSpan | null;
  /** The proposal with this flag marked as checked (removed). */
  dismiss: (p: NoticeProposal) => NoticeProposal;
}

type Flagged = { flags: ProposalFlag[]; span: SourceSpan | null };

const without = <T extends Flagged>(x: T, f: ProposalFlag): T => ({ ...x, flags: x.flags.filter((y) => y !== f) });

export function flagEntries(p: NoticeProposal): FlagEntry[] {
  const c = p.campaign;
  const out: FlagEntry[] = [];
  const add = (key: string | null, el: Flagged, change: (p: NoticeProposal, f: ProposalFlag) => NoticeProposal) => {
    for (const flag of el.flags) out.push({ key, flag, span: flag.span ?? el.span, dismiss: (q) => change(q, flag) });
  };
  const inCampaign = (fn: (cc: NoticeProposal['campaign'], f: ProposalFlag) => NoticeProposal['campaign']) => (q: NoticeProposal, f: ProposalFlag) => ({
    ...q,
    campaign: fn(q.campaign, f),
  });
  for (const flag of p.flags) out.push({ key: null, flag, span: flag.span, dismiss: (q) => ({ ...q, flags: q.flags.filter((y) => y !== flag) }) });
  const simple = (kind: 'phases' | 'duties' | 'tasks') =>
    c[kind].forEach((el, i) =>
      add(refKey({ list: { kind } as ListRef, index: i }), el, inCampaign((cc, f) => ({ ...cc, [kind]: cc[kind].map((x) => without(x as Flagged, f)) }))),
    );
  simple('phases');
  simple('duties');
  simple('tasks');
  c.sections.forEach((s, si) => {
    const mapSection = inCampaign((cc, f) => ({ ...cc, sections: cc.sections.map((x) => without({ ...x, items: x.items.map((it) => without(it, f)) }, f)) }));
    add(refKey({ list: { kind: 'sections' }, index: si }), s, mapSection);
    s.items.forEach((it, ii) => add(`part-${si}-${ii}`, it, mapSection));
  });
  c.checklists.forEach((cl, ci) => {
    const mapItems = inCampaign((cc, f) => ({
      ...cc,
      checklists: cc.checklists.map((x) => without({ ...x, groups: x.groups.map((g) => without({ ...g, items: g.items.map((it) => without(it, f)) }, f)) }, f)),
    }));
    add(`checklist-${ci}`, cl, mapItems);
    cl.groups.forEach((g, gi) => {
      add(`group-${ci}-${gi}`, g, mapItems);
      g.items.forEach((it, ii) => add(refKey({ list: { kind: 'items', c: ci, g: gi }, index: ii }), it, mapItems));
    });
  });
  c.tables.forEach((t, ti) => {
    const mapRows = inCampaign((cc, f) => ({
      ...cc,
      tables: cc.tables.map((x) => without({ ...x, sections: x.sections.map((s) => without({ ...s, rows: s.rows.map((r) => without(r, f)) }, f)) }, f)),
    }));
    add(`table-${ti}`, t, mapRows);
    t.sections.forEach((s, si) => {
      add(`section-${ti}-${si}`, s, mapRows);
      s.rows.forEach((r, ri) => add(refKey({ list: { kind: 'rows', t: ti, s: si }, index: ri }), r, mapRows));
    });
  });
  return out;
}

export const FLAG_LABELS: Record<ProposalFlag['code'], string> = {
  impossibleDate: '日期不存在',
  phaseWithoutEnd: '阶段无结束日期',
  phaseWithoutStart: '阶段无开始日期',
  annexMissing: '附件缺失',
  unplaced: '未归类的句子',
  missing: '缺少内容',
  uncertain: '识别不确定',
  notApplicable: '不适用',
};
