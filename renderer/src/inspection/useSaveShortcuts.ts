// Saving everything typed: Ctrl+S (also inside inputs), and when the window is
// hidden or closed. Answers the short note the toolbar shows after Ctrl+S.
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { SaveRegistry } from './saveRegistry';

export function useSaveShortcuts(registry: SaveRegistry): string | null {
  const [note, setNote] = useState<string | null>(null);
  // No tags ignored: Ctrl+S works while typing in an answer.
  useHotkeys([['mod+S', () => void registry.flushAll().then((n) => setNote(n ? `有 ${n} 项未能保存，见各项下方的提示` : '已全部保存'))]], []);
  useEffect(() => {
    if (!note) return;
    const t = window.setTimeout(() => setNote(null), 4000);
    return () => window.clearTimeout(t);
  }, [note]);
  useEffect(() => {
    const save = () => void registry.flushAll();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', save);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', save);
    };
  }, [registry]);
  return note;
}
