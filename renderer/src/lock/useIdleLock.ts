// Locks after `minutes` without mouse, keyboard or touch (0: never); `onIdle` must be stable. Activity only
// stamps the time; one timer checks the stamp when it is due, then re-arms.
import { useEffect } from 'react';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    if (minutes <= 0) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer = 0;
    const stamp = () => {
      last = Date.now();
    };
    const check = () => {
      const left = last + limit - Date.now();
      if (left <= 0) onIdle();
      else timer = window.setTimeout(check, left);
    };
    timer = window.setTimeout(check, limit);
    for (const name of ACTIVITY) window.addEventListener(name, stamp, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, stamp, { capture: true });
    };
  }, [minutes, onIdle]);
}
