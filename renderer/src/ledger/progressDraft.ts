// Progress text typed on a problem but not yet recorded. It is kept in the window's
// local storage per problem, so leaving the page (a link, Ctrl+K, closing the window)
// loses nothing: coming back shows it again, and 整改完成 / 销号 offer to record it.
import { useCallback, useState } from 'react';

export interface ProgressDraft {
  text: string;
  onDate: string | null;
}

const key = (problemId: number) => `zicha.progressDraft.${problemId}`;

function load(problemId: number): ProgressDraft | null {
  try {
    const raw = window.localStorage.getItem(key(problemId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<ProgressDraft>;
    return typeof v.text === 'string' && v.text.trim() ? { text: v.text, onDate: typeof v.onDate === 'string' ? v.onDate : null } : null;
  } catch {
    return null;
  }
}

function store(problemId: number, draft: ProgressDraft): void {
  try {
    if (draft.text.trim()) window.localStorage.setItem(key(problemId), JSON.stringify(draft));
    else window.localStorage.removeItem(key(problemId));
  } catch {
    // Storage full or refused: the text is still on screen and in state.
  }
}

export function useProgressDraft(problemId: number, today: string) {
  const [restored] = useState(() => load(problemId) !== null);
  const [draft, setDraftState] = useState<ProgressDraft>(() => load(problemId) ?? { text: '', onDate: today });
  const setDraft = useCallback(
    (next: ProgressDraft) => {
      setDraftState(next);
      store(problemId, next);
    },
    [problemId],
  );
  /** The draft once recorded: the text goes, the date stays for the next entry. */
  const clear = useCallback(() => setDraft({ text: '', onDate: draft.onDate }), [setDraft, draft.onDate]);
  return { draft, setDraft, clear, restored, pending: draft.text.trim() !== '' };
}

export type ProgressDraftState = ReturnType<typeof useProgressDraft>;
