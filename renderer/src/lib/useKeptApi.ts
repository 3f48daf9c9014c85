// Like useApi, but keeps showing the last answer while the next one loads, so that a
// table does not flash empty on every filter change or page turn.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { errorMessage } from './errors';

export interface Kept<T> {
  value: T | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

export function useKeptApi<T>(load: () => Promise<T>, key: string): Kept<T> {
  const [value, setValue] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // `key` names everything `load` depends on; called from the effect only, so the latest `load` runs.
  const loadLatest = useEffectEvent(load);
  useEffect(() => {
    let live = true;
    setLoading(true);
    loadLatest().then(
      (v) => {
        if (!live) return;
        setValue(v);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, loading, error, reload };
}
