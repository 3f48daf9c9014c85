// Whether a row is on or near the screen. Large rounds draw far-away rows as plain
// text and give them their inputs only as they come near, so that 2,000 rows open,
// expand and take keystrokes quickly. A row holding the focus is never put away.
import { useCallback, useState } from 'react';

/** How far beyond the visible area rows get their inputs. */
const MARGIN = '800px 0px';

type Listener = (near: boolean) => void;
const listeners = new Map<Element, Listener>();
let observer: IntersectionObserver | null = null;

function observe(el: Element, listener: Listener): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  listeners.set(el, listener);
  observer.observe(el);
  return () => {
    listeners.delete(el);
    observer?.unobserve(el);
  };
}

/** `lazy` false: always near (small rounds draw every row in full). */
export function useNearViewport(lazy: boolean): [(el: HTMLElement | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(!lazy);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      if (!el || !lazy) return undefined;
      return observe(el, (next) => {
        if (!next && el.contains(document.activeElement)) return;
        setNear(next);
      });
    },
    [lazy],
  );
  return [ref, near || !lazy];
}
