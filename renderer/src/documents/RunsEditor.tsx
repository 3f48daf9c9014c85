// One paragraph's inline runs, edited as text in place. The text is a plain
// contentEditable; figures and blanks are chips inside it that cannot be typed
// into (contenteditable=false) and open the figure/blank dialog when clicked or
// when Enter is pressed on them. React never renders the children: the DOM is
// built from the runs when they change from outside (a dialog, an undo, a
// redraft) and read back into runs after every keystroke.
import { useLayoutEffect, useRef } from 'react';
import { blankText, inlineText, type Inline } from '../../../shared/document';
import { normalizeRuns } from './draft';

interface Props {
  runs: Inline[];
  onChange: (runs: Inline[]) => void;
  /** A chip was chosen: the index of its run in `runs`. */
  onChip: (index: number) => void;
  label: string;
  placeholder?: string;
  testId?: string;
  /** Run-on text follows its heading on the same line, without the paragraph's indent. */
  runOn?: boolean;
}

function chipFor(run: Inline, index: number): HTMLElement {
  const chip = document.createElement('span');
  chip.contentEditable = 'false';
  chip.tabIndex = 0;
  chip.setAttribute('role', 'button');
  chip.dataset.run = String(index);
  if (run.kind === 'figure') {
    const changed = run.override !== null;
    chip.className = changed ? 'zc-doc-chip zc-doc-figure zc-doc-overridden' : 'zc-doc-chip zc-doc-figure';
    chip.dataset.testid = changed ? 'doc-figure-overridden' : 'doc-figure';
    chip.dataset.key = run.key;
    chip.textContent = inlineText(run);
    chip.title = changed
      ? `已改：原为关联数据 ${run.key} = ${run.value}（点击可修改或恢复）`
      : `关联数据：${run.key}（点击可改写）`;
  } else if (run.kind === 'blank') {
    chip.className = 'zc-doc-chip zc-doc-blank';
    chip.dataset.testid = 'doc-blank';
    chip.textContent = blankText(run.label);
    chip.title = `待填：${run.label}（点击填写）`;
  }
  return chip;
}

/** Reads the DOM back as runs: text nodes are text, chips are the runs they stand for. */
function readRuns(root: HTMLElement, shown: Inline[]): { runs: Inline[]; chips: HTMLElement[] } {
  const runs: Inline[] = [];
  const chips: HTMLElement[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child instanceof HTMLElement && child.dataset.run !== undefined) {
        const run = shown[Number(child.dataset.run)];
        if (run) {
          runs.push(run);
          chips.push(child);
        }
      } else if (child.nodeType === Node.TEXT_NODE) runs.push({ kind: 'text', text: (child.textContent ?? '').replace(/\n/g, '') });
      else walk(child); // what the browser wraps text in (a <span>, a <font>) keeps its text
    }
  };
  walk(root);
  return { runs: normalizeRuns(runs), chips };
}

export function RunsEditor({ runs, onChange, onChip, label, placeholder, testId, runOn = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  /** The runs the DOM shows now; equal to `runs` unless the change came from outside. */
  const shown = useRef<Inline[] | null>(null);

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || shown.current === runs) return;
    shown.current = runs;
    root.replaceChildren(...runs.map((r, i) => (r.kind === 'text' ? document.createTextNode(r.text) : chipFor(r, i))));
  }, [runs]);

  const read = () => {
    const root = ref.current;
    if (!root || !shown.current) return;
    const { runs: next, chips } = readRuns(root, shown.current);
    // The chips keep pointing at their runs in the new list.
    let c = 0;
    next.forEach((r, i) => {
      if (r.kind !== 'text') chips[c++]?.setAttribute('data-run', String(i));
    });
    shown.current = next;
    onChange(next);
  };

  const chipIndex = (target: EventTarget | null) => {
    const chip = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-run]') : null;
    return chip ? Number(chip.dataset.run) : null;
  };

  return (
    <div
      ref={ref}
      className={runOn ? 'zc-doc-runs zc-doc-runon' : 'zc-doc-runs'}
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      data-placeholder={placeholder}
      data-testid={testId}
      spellCheck={false}
      onInput={(e) => {
        // An IME (拼音) composing a word is read once it is done.
        if (!(e.nativeEvent as InputEvent).isComposing) read();
      }}
      onCompositionEnd={read}
      onClick={(e) => {
        const i = chipIndex(e.target);
        if (i !== null) onChip(i);
      }}
      onKeyDown={(e) => {
        const i = chipIndex(e.target);
        if (i !== null && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onChip(i);
          return;
        }
        // One block is one paragraph: new paragraphs come from 添加段落.
        if (e.key === 'Enter') e.preventDefault();
      }}
      onPaste={(e) => {
        // Only plain text comes in, on one line.
        e.preventDefault();
        const text = e.clipboardData.getData('text/plain').replace(/\s*\n\s*/g, '');
        document.execCommand('insertText', false, text);
      }}
      onDrop={(e) => e.preventDefault()}
    />
  );
}
