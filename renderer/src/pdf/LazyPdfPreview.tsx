// The PDF preview and pdf.js come in their own chunk, fetched the first time a PDF
// is previewed, so that the window's start does not carry them.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';
import { PdfError } from './PdfError';
import type * as PdfPreviewModule from './PdfPreview';

let chunk: Promise<typeof PdfPreviewModule> | null = null;
/** Starts fetching the chunk and pdf.js's worker, e.g. while the file itself is still being read. */
export function preloadPdfPreview() {
  if (!chunk) {
    chunk = import('./PdfPreview');
    // A failure is shown by the lazy component below (or, the worker's, by the first PDF), not as an unhandled rejection.
    chunk.then((m) => m.warmPdfWorker()).catch(() => undefined);
  }
  return chunk;
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
