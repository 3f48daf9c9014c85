// One row's answer as typed, saved about 600 ms after the last keystroke (or at
// once on blur, Ctrl+S or leaving). A failed save keeps what was typed, shows the
// core's message, and is tried again at the next flush.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoundElementView } from '../../../shared/inspection';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import { parseRaw, rawOf, sameValue, type Raw } from './answerDraft';
import { useSaveRegistry, type Draft, type SaveStatus, type Wanted } from './saveRegistry';

export const SAVE_DELAY_MS = 600;

export type OnSaved = (elementId: string, saved: Wanted, revision: number) => void;

function isStored(w: Wanted, stored: Wanted): boolean {
  return sameValue(w.value, stored.value) && w.note === stored.note;
}

export function useAnswerSaver(roundId: number, element: RoundElementView, onSaved: OnSaved) {
  const registry = useSaveRegistry();
  const { elementId } = element;
  const [initial] = useState<Draft>(
    () => registry.drafts.get(elementId) ?? { raw: rawOf(element.question, element.answer), note: element.answerNote, status: { state: 'idle' }, want: null },
  );
  const [raw, setRaw] = useState<Raw>(initial.raw);
  const [note, setNote] = useState(initial.note);
  const [status, setStatusState] = useState<SaveStatus>(initial.status);
  const latest = useRef<Draft>(initial);
  // What the core holds, and what it will hold once the save in flight lands.
  const stored = useRef<Wanted>({ value: element.answer, note: element.answerNote });
  const expected = useRef<Wanted>(stored.current);
  const timer = useRef<number | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));

  const setStatus = useCallback((s: SaveStatus) => {
    latest.current = { ...latest.current, status: s };
    setStatusState(s);
  }, []);

  const send = useCallback(async (): Promise<boolean> => {
    const w = latest.current.want;
    if (!w) return latest.current.status.state !== 'invalid' && latest.current.status.state !== 'error';
    latest.current = { ...latest.current, want: null };
    expected.current = w;
    setStatus({ state: 'saving' });
    try {
      const { revision } = await call('inspection.saveAnswer', { roundId, elementId, value: w.value, note: w.note });
      stored.current = w;
      onSaved(elementId, w, revision);
      if (!latest.current.want && latest.current.status.state === 'saving') setStatus({ state: 'saved' });
      return true;
    } catch (e) {
      expected.current = stored.current;
      if (!latest.current.want) latest.current = { ...latest.current, want: w };
      setStatus({ state: 'error', message: errorMessage(e) });
      return false;
    }
  }, [roundId, elementId, onSaved, setStatus]);

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(send, send);
    return chain.current;
  }, [send]);

  const edit = useCallback(
    (nextRaw: Raw, nextNote: string) => {
      setRaw(nextRaw);
      setNote(nextNote);
      latest.current = { ...latest.current, raw: nextRaw, note: nextNote };
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      const parsed = parseRaw(nextRaw);
      if (!parsed.ok) {
        latest.current = { ...latest.current, want: null };
        setStatus({ state: 'invalid', message: parsed.error });
        return;
      }
      const want = { value: parsed.value, note: nextNote };
      if (isStored(want, expected.current)) {
        // Back to what is stored: nothing to save (an untouched row stays quiet).
        const untouched = latest.current.status.state === 'idle';
        latest.current = { ...latest.current, want: null };
        setStatus(untouched ? { state: 'idle' } : { state: 'saved' });
        return;
      }
      latest.current = { ...latest.current, want };
      setStatus({ state: 'pending' });
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, setStatus],
  );

  // Registered for Ctrl+S and archiving; on unmount the draft is kept until saved.
  useEffect(() => {
    const unregister = registry.register(elementId, flush);
    return () => {
      unregister();
      const draft = latest.current;
      const dirty = draft.want !== null || draft.status.state === 'invalid' || draft.status.state === 'error';
      if (!dirty) {
        registry.drafts.delete(elementId);
        return;
      }
      registry.drafts.set(elementId, draft);
      void flush().then((ok) => {
        if (registry.drafts.get(elementId) !== draft) return;
        if (ok) registry.drafts.delete(elementId);
        else registry.drafts.set(elementId, latest.current);
      });
    };
  }, [registry, elementId, flush]);

  const setAnswer = useCallback((next: Raw) => edit(next, latest.current.note), [edit]);
  const setNoteText = useCallback((next: string) => edit(latest.current.raw, next), [edit]);
  return { raw, note, status, setAnswer, setNote: setNoteText, flush };
}
