/** Scrolls `el` to the middle of its pane (the nearest positioned ancestor), leaving the window where it is. */
export function centerInPane(el: HTMLElement | null) {
  const pane = el?.offsetParent;
  if (!el || !(pane instanceof HTMLElement)) return;
  pane.scrollTo({ top: Math.max(0, el.offsetTop - pane.clientHeight / 2 + el.offsetHeight / 2), behavior: 'smooth' });
}
