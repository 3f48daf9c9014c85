// The streaming workbook reader (inspection/workbook/safety.ts) drives private steps
// of ExcelJS 4.4.0's WorkbookReader. An upgrade must fail here, by name, before any
// workbook is misread: the exact version, and each step still a function.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STREAMING_STEPS } from '../../electron/core/inspection/workbook/safety';
import { repoRoot } from '../support/temp';

const require = createRequire(import.meta.url);

describe('ExcelJS as the streaming reader expects it', () => {
  it('is pinned to 4.4.0 in package.json and installed as such', () => {
    const manifest = require(path.join(repoRoot, 'package.json')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.exceljs, 'pin exceljs exactly: safety.ts uses its private reader steps').toBe('4.4.0');
    expect((require('exceljs/package.json') as { version: string }).version).toBe('4.4.0');
  });

  it('still has every private step the reader drives', () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {}) as unknown as Record<string, unknown>;
    const missing = STREAMING_STEPS.filter((step) => typeof reader[step] !== 'function');
    expect(missing, `ExcelJS lacks ${missing.join(', ')}: port loadWorkbookForReading before upgrading`).toEqual([]);
  });
});
