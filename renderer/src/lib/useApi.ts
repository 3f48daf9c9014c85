// Loads something asynchronously and tracks loading/error, ignoring stale answers;
// a save that answers the new value can put it in place with `set`.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
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
  const depsVersion = useDepsVersion(deps);
  // Called from the effect only, so it always runs the latest `load`.
  const loadLatest = useEffectEvent(load);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    loadLatest().then(
      (value) => live && setResult({ state: 'done', value }),
      (e: unknown) => live && setResult({ state: 'error', message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [depsVersion, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  /** Replaces the loaded value, e.g. with what a save answered. */
  const set = useCallback((value: T) => setResult({ state: 'done', value }), []);
  return { ...result, reload, set };
}

/**
 * A number that moves on whenever one of `deps` changes (Object.is), as an effect's own
 * list would: the caller lists what `load` depends on, and the effect above lists this.
 */
function useDepsVersion(deps: readonly unknown[]): number {
  const [seen, setSeen] = useState({ deps, version: 0 });
  if (seen.deps.length === deps.length && seen.deps.every((d, i) => Object.is(d, deps[i]))) return seen.version;
  // Storing what the last render saw, in state (react.dev "storing information from previous renders").
  const next = { deps, version: seen.version + 1 };
  setSeen(next);
  return next.version;
}
