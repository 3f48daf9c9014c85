// The round page's view of every row's pending save: Ctrl+S, archiving and leaving
// the page flush them all; a row scrolled away (its group collapsed) leaves its
// unsaved draft here so that nothing typed is lost when it comes back.
import { createContext, use } from 'react';
import type { AnswerValue } from '../../../shared/inspection';
import type { Raw } from './answerDraft';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'invalid'; message: string }
  | { state: 'error'; message: string };

export interface Wanted {
  value: AnswerValue | null;
  note: string;
}

export interface Draft {
  raw: Raw;
  note: string;
  status: SaveStatus;
  want: Wanted | null;
}

/** Flushes a row; resolves true when everything it holds is saved. */
export type Flush = () => Promise<boolean>;

export interface SaveRegistry {
  register(elementId: string, flush: Flush): () => void;
  /** Resolves to how many rows still hold something unsaved (invalid or failed). */
  flushAll(): Promise<number>;
  drafts: Map<string, Draft>;
}

export function createSaveRegistry(): SaveRegistry {
  const rows = new Map<string, Flush>();
  const drafts = new Map<string, Draft>();
  return {
    register(elementId, flush) {
      rows.set(elementId, flush);
      return () => {
        if (rows.get(elementId) === flush) rows.delete(elementId);
      };
    },
    async flushAll() {
      const results = await Promise.all([...rows.values()].map((f) => f()));
      return results.filter((ok) => !ok).length + drafts.size;
    },
    drafts,
  };
}

export const SaveRegistryContext = createContext<SaveRegistry | null>(null);

export function useSaveRegistry(): SaveRegistry {
  const registry = use(SaveRegistryContext);
  if (!registry) throw new Error('useSaveRegistry 必须在自查轮次页面之内使用');
  return registry;
}
