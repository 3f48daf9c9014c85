// The notice of an export is for that export only: starting the next one clears it,
// so a cancelled second export does not leave the first one's "导出完成" on screen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let scratch: string;
let cancel = false;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-'));
  h = await startHarness({ saveFileAs: (name) => (cancel ? null : path.join(scratch, name)) });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('export notices', () => {
  it('clears the last notice when the next export starts', async () => {
    await h.open('/campaigns/sc-2020-96/overview');
    const exportButton = h.page.getByRole('button', { name: '导出' }).first();
    await exportButton.click();
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('导出完成');
    cancel = true;
    await exportButton.click();
    await h.page.getByTestId('notice').waitFor({ state: 'detached' });
    expect(fs.readdirSync(scratch)).toHaveLength(1);
  });
});
