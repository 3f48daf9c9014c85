// pdf.js, set up for the window's Content-Security-Policy (it comes in the chunk
// that LazyPdfPreview loads when someone first previews a PDF):
// - the worker is a same-origin script that Vite bundles (script-src 'self');
// - no eval (isEvalSupported: false) and no WebAssembly (useWasm: false), since the
//   policy allows neither; pdf.js then uses its plain-JS decoders;
// - the document's bytes are handed over as they are (no fetch of data: URLs);
// - CMaps (for Chinese PDFs whose fonts are not embedded) and the standard fonts
//   are files bundled with the app, read through `AssetDataFactory` with a
//   same-origin fetch (connect-src 'self').
import { getDocument, PDFWorker, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
// Vite bundles the worker to a `.js` file of its own, which the app serves as
// JavaScript (pdf.js's own `.mjs` would go out as application/octet-stream). Handing
// pdf.js the worker (rather than a workerSrc) also skips its same-origin guess, which
// would otherwise wrap the worker in a blob: URL that the policy refuses.
import PdfJsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
// The JPEG 2000 decoder without WebAssembly, imported by the worker when a PDF has
// such images (scanners sometimes make them).
import openJpegUrl from 'pdfjs-dist/wasm/openjpeg_nowasm_fallback.js?url&no-inline';

/** file name → URL of the bundled copy; `no-inline` keeps even small files as files. */
const byName = (urls: Record<string, string>) =>
  new Map(Object.entries(urls).map(([file, url]) => [file.slice(file.lastIndexOf('/') + 1), url]));

const CMAPS = byName(
  import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url&no-inline', import: 'default', eager: true }),
);
const STANDARD_FONTS = byName(
  import.meta.glob<string>('../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  }),
);

/** pdf.js's worker asks the page for CMaps and fonts by file name; this answers from the bundled files. */
class AssetDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? CMAPS.get(filename) : kind === 'standardFontDataUrl' ? STANDARD_FONTS.get(filename) : undefined;
    // WebAssembly cannot run under the policy; refusing makes pdf.js use its JS decoders.
    if (!url) throw new Error(`pdf.js asked for ${kind} ${filename}, which the app does not bundle`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

/**
 * One worker for the life of the window: starting one parses its 1 MB script again,
 * which every redraw of the 文书 preview used to pay. Documents are destroyed on
 * close; pdf.js leaves a worker it was handed running. A worker that reports an
 * error is ended and forgotten, so that the next PDF starts a fresh one.
 */
let shared: { worker: PDFWorker; failed: Promise<never> } | null = null;

function sharedWorker(): { worker: PDFWorker; failed: Promise<never> } {
  if (shared && !shared.worker.destroyed) return shared;
  const port = new PdfJsWorker();
  const worker = PDFWorker.create({ port });
  // pdf.js does not watch a worker it was handed: a worker that fails to start would leave the task waiting.
  const failed = new Promise<never>((_, reject) =>
    port.addEventListener(
      'error',
      (e) => {
        if (shared?.worker === worker) shared = null;
        worker.destroy();
        port.terminate();
        reject(new Error(`pdf.js worker: ${e.message || 'failed to start'}`));
      },
      { once: true },
    ),
  );
  failed.catch(() => undefined); // nobody may be waiting when it fails
  shared = { worker, failed };
  return shared;
}

/** Starts the worker before the first PDF arrives: its start (~0.3 s) then overlaps the wait for the file. */
export function warmPdfWorker(): void {
  sharedWorker();
}

export interface OpenedPdf {
  promise: Promise<PDFDocumentProxy>;
  /** Frees the document (the shared worker stays). */
  close(): Promise<void>;
}

/** Starts loading a PDF from its bytes (which are handed over to the worker). */
export function openPdf(data: Uint8Array): OpenedPdf {
  const { worker, failed } = sharedWorker();
  const task = getDocument({
    data,
    worker,
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    BinaryDataFactory: AssetDataFactory,
    // Required by pdf.js to ask for CMaps and fonts at all; AssetDataFactory maps the file names.
    cMapUrl: 'bundled/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: 'bundled/standard_fonts/',
    // The JPEG 2000 decoder is imported as `${wasmUrl}openjpeg_nowasm_fallback.js`;
    // behind a fragment, that is the bundled (hashed) file.
    wasmUrl: `${openJpegUrl}#/`,
    enableXfa: false,
  });
  return {
    promise: Promise.race([task.promise, failed]),
    async close() {
      await task.destroy().catch(() => undefined);
    },
  };
}

/** A PDF opened before its preview mounts (openPdfEarly), waiting for the preview of the same bytes. */
let early: { bytes: Uint8Array; opened: OpenedPdf } | null = null;

/**
 * Opens a PDF that is about to be previewed, while the window is still busy with
 * the rest of the page (the 文书 editor renders its draft): the worker parses it on
 * the other core, and the preview, once mounted, takes the document over
 * (takeEarlyPdf). Its first page is not laid out ahead: measured, that work only
 * ran alongside the preview's own drawing of the page and slowed it.
 */
export function openPdfEarly(bytes: Uint8Array): void {
  void early?.opened.close();
  const opened = openPdf(bytes.slice());
  early = { bytes, opened };
  // A failure is the preview's to show, when it takes the document over.
  opened.promise.catch(() => undefined);
}

/** The document openPdfEarly opened from these very bytes, handed over once; null when there is none. */
export function takeEarlyPdf(bytes: Uint8Array): OpenedPdf | null {
  if (early?.bytes !== bytes) return null;
  const { opened } = early;
  early = null;
  return opened;
}

/** Largest canvas drawn (in device pixels), so that a very long page does not exhaust memory. */
const MAX_CANVAS_PIXELS = 16_777_216;

/**
 * Draws page `pageNo` (1-based) `cssWidth` CSS pixels wide on a new canvas, sharp on
 * high-DPI screens. Resolves once it is drawn; `onTask` receives the task so that
 * the caller can cancel it.
 */
export async function renderPage(
  doc: PDFDocumentProxy,
  pageNo: number,
  cssWidth: number,
  onTask: (task: RenderTask) => void,
): Promise<HTMLCanvasElement> {
  const page = await doc.getPage(pageNo);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: cssWidth / base.width });
  const dpr = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(viewport.width * dpr));
  canvas.height = Math.max(1, Math.floor(viewport.height * dpr));
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  const task = page.render({ canvas, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] });
  onTask(task);
  try {
    await task.promise;
  } finally {
    page.cleanup();
  }
  return canvas;
}
