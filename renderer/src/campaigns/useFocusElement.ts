// Scrolls to the element a search hit points at (?focus=<elementId>) once it is drawn.
import { useEffect } from 'react';

/** `shown` names what is on screen (e.g. the tab); null while still loading. */
export function useFocusElement(focus: string | null, shown: string | null): void {
  useEffect(() => {
    if (!focus || shown === null) return;
    const frame = requestAnimationFrame(() => {
      const el = document.querySelector(`[data-element-id="${CSS.escape(focus)}"]`);
      if (el instanceof HTMLElement) el.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, shown]);
}
