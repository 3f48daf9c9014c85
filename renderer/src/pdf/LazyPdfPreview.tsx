// The PDF preview and pdf.js come in their own chunk, fetched the first time a PDF
// is previewed, so that the window's start does not carry them.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { PdfError } from './PdfError';
import type * as PdfPreviewModule from './PdfPreview';

let chunk: Promise<typeof PdfPreviewModule> | null = null;
/** The chunk once it has come: a preview mounted after that draws at once, without suspending. */
let loaded: typeof PdfPreviewModule | null = null;
/** Starts fetching the chunk and pdf.js's worker, e.g. while the file itself is still being read. */
export function preloadPdfPreview() {
  if (!chunk) {
    chunk = import('./PdfPreview');
    // A failure is shown by the lazy component below (or, the worker's, by the first PDF), not as an unhandled rejection.
    chunk
      .then((m) => {
        loaded = m;
        m.warmPdfWorker();
      })
      .catch(() => undefined);
  }
  return chunk;
}

/** Opens a PDF about to be previewed as soon as pdf.js is here (PdfPreview.openPdfEarly). */
export function openPdfSoon(bytes: Uint8Array): void {
  preloadPdfPreview()
    .then((m) => m.openPdfEarly(bytes))
    .catch(() => undefined);
}

type Props = ComponentProps<typeof PdfPreviewModule.PdfPreview>;

const Lazy = lazy(() =>
  preloadPdfPreview().then(
    (m) => ({ default: m.PdfPreview }),
    (e: unknown) => {
      console.warn('PDF 预览组件未能载入', e);
      return { default: ({ onOpen }: Props) => <PdfError onOpen={onOpen} /> };
    },
  ),
);

export function PdfPreview(props: Props) {
  // Even a chunk already here suspends a lazy component once, and React holds a
  // revealed boundary back ~300 ms: the 文书 preview's pdf.js, fetched while the first
  // page printed, is used directly. Chosen once per preview, so that it never remounts.
  const [ready] = useState(() => loaded);
  if (ready) return <ready.PdfPreview {...props} />;
  return (
    <Suspense
      fallback={
        <Center py="lg">
          <Loader size="sm" role="status" aria-label="正在载入 PDF" />
        </Center>
      }
    >
      <Lazy {...props} />
    </Suspense>
  );
}
