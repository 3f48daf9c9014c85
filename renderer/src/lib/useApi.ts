// Loads something asynchronously and tracks loading/error, ignoring stale answers;
// a save that answers the new value can put it in place with `set`.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from './errors';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; value: T };

export function useApi<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): Loaded<T> & { reload: () => void; set: (value: T) => void } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => live && setResult({ state: 'done', value }),
      (e: unknown) => live && setResult({ state: 'error', message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
    // The caller lists what `load` depends on.
  }, [...deps, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  /** Replaces the loaded value, e.g. with what a save answered. */
  const set = useCallback((value: T) => setResult({ state: 'done', value }), []);
  return { ...result, reload, set };
}
