// The proposal under review, its selection (which element, which span of the
// notice) and an undo stack for the edits that remove or reshape items.
import { useCallback, useState } from 'react';
import type { NoticeProposal, ProposedCampaign, SourceSpan } from '../../../shared/noticeProposal';

export interface Selection {
  key: string;
  span: SourceSpan | null;
}

interface Undo {
  label: string;
  before: NoticeProposal;
}

export interface Review {
  proposal: NoticeProposal;
  selection: Selection | null;
  select: (key: string, span: SourceSpan | null) => void;
  /** A field edit: not undoable, the officer types it back. */
  edit: (change: (c: ProposedCampaign) => ProposedCampaign) => void;
  /** A delete, merge, split, move or kind change: undoable. */
  reshape: (label: string, change: (c: ProposedCampaign) => ProposedCampaign) => void;
  replace: (change: (p: NoticeProposal) => NoticeProposal) => void;
  lastUndo: string | null;
  undo: () => void;
}

export function useReview(initial: NoticeProposal): Review {
  const [proposal, setProposal] = useState(initial);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [stack, setStack] = useState<Undo[]>([]);
  const select = useCallback((key: string, span: SourceSpan | null) => setSelection({ key, span }), []);
  const edit = useCallback((change: (c: ProposedCampaign) => ProposedCampaign) => setProposal((p) => ({ ...p, campaign: change(p.campaign) })), []);
  const replace = useCallback((change: (p: NoticeProposal) => NoticeProposal) => setProposal(change), []);
  const reshape = (label: string, change: (c: ProposedCampaign) => ProposedCampaign) => {
    setStack((s) => [...s.slice(-19), { label, before: proposal }]);
    setProposal({ ...proposal, campaign: change(proposal.campaign) });
    setSelection(null);
  };
  const undo = () => {
    const last = stack.at(-1);
    if (!last) return;
    setProposal(last.before);
    setStack(stack.slice(0, -1));
    setSelection(null);
  };
  return { proposal, selection, select, edit, reshape, replace, lastUndo: stack.at(-1)?.label ?? null, undo };
}
