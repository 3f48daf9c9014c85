// The draft being edited: what the core last answered, the officer's working copy,
// whether it differs, the last deleted block (for 撤销), and save / redraft.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDraft } from '../../../shared/channels/documents';
import type { Block, DocumentKind, OfficialDocument } from '../../../shared/document';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import { removeBlock } from './draft';

export type DraftState =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; draft: DocumentDraft; doc: OfficialDocument; dirty: boolean };

/** What must be filled before the core accepts the draft, in Chinese; null when it may be saved. */
export function unsavable(doc: OfficialDocument): string | null {
  if (!doc.head.title.trim()) return '请在“文头与落款”中填写标题。';
  if (!doc.head.signature.trim()) return '请在“文头与落款”中填写发文机关署名。';
  return null;
}

export function useDraft(campaign: string, kind: DocumentKind) {
  const [st, setSt] = useState<DraftState>({ state: 'loading' });
  const [deleted, setDeleted] = useState<{ block: Block; index: number } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const current = useRef(st);
  current.current = st;

  const take = useCallback((draft: DocumentDraft) => {
    setSt({ state: 'done', draft, doc: draft.doc, dirty: false });
    setDeleted(null);
  }, []);

  useEffect(() => {
    let live = true;
    setSt({ state: 'loading' });
    call('documents.get', { campaign, kind }).then(
      (d) => live && take(d),
      (e: unknown) => live && setSt({ state: 'error', message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [campaign, kind, take]);

  const edit = useCallback((fn: (doc: OfficialDocument) => OfficialDocument) => {
    setSt((s) => (s.state === 'done' ? { ...s, doc: fn(s.doc), dirty: true } : s));
  }, []);

  const remove = useCallback((blockId: string) => {
    const s = current.current;
    if (s.state !== 'done') return;
    const { doc, removed } = removeBlock(s.doc, blockId);
    setSt({ ...s, doc, dirty: true });
    setDeleted(removed);
  }, []);

  const undoDelete = useCallback(() => {
    if (!deleted) return;
    edit((doc) => {
      const body = [...doc.body];
      body.splice(Math.min(deleted.index, body.length), 0, deleted.block);
      return { ...doc, body };
    });
    setDeleted(null);
  }, [deleted, edit]);

  /** Saves the working copy; true when nothing was left unsaved. */
  const save = useCallback(async (): Promise<boolean> => {
    const s = current.current;
    if (s.state !== 'done') return false;
    if (!s.dirty) return true;
    const problem = unsavable(s.doc);
    if (problem) {
      setSaveError(problem);
      return false;
    }
    setSaving(true);
    setSaveError(null);
    try {
      const draft = await call('documents.save', { campaign, kind, doc: s.doc });
      // Edits typed while the save was on its way stay unsaved.
      setSt((now) => (now.state === 'done' && now.doc !== s.doc ? { ...now, draft } : { state: 'done', draft, doc: draft.doc, dirty: false }));
      return true;
    } catch (e) {
      setSaveError(errorMessage(e));
      return false;
    } finally {
      setSaving(false);
    }
  }, [campaign, kind]);

  /** Redrafts from the records (saving first, so that edits are kept), or anew with `reset`. */
  const redraft = useCallback(
    async (reset: boolean) => {
      if (!reset && !(await save())) return;
      take(await call('documents.redraft', { campaign, kind, reset }));
    },
    [campaign, kind, save, take],
  );

  return { st, edit, remove, deleted, undoDelete, save, saving, saveError, clearSaveError: () => setSaveError(null), redraft };
}
