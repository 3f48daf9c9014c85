// 文书 from the window: the settings the heads are drawn from, the seal, the
// summary of 川卫函〔2020〕96号 edited in place (a figure overridden, a blank
// filled) and kept across a reload, and the Word and stamped PDF exports, the
// latter confirmed and written into the 用印记录.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDraft, DocumentSettings } from '../../shared/channels/documents';
import { inlineText, type OfficialDocument } from '../../shared/document';
import { createHandlers, invoke } from '../../electron/core/api';
import { buildDemo } from '../../electron/core/demo/demo';
import { startHarness, type Harness } from '../harness/harness';

const TODAY = '2020-12-01';
const SEAL = fileURLToPath(new URL('../fixtures/documents/seal.png', import.meta.url));
const OVERRIDE = '4321';
const FILLED = '院党委会专题研究三次';
const TYPED = '另附情况说明一份。';
let h: Harness;
let scratch: string;
let exportDir: string;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-documents-'));
  exportDir = path.join(scratch, 'exports');
  fs.mkdirSync(exportDir);
  h = await startHarness({
    now: () => new Date(`${TODAY}T09:00:00+08:00`),
    saveFileAs: (name) => path.join(exportDir, name),
    openFilesAs: () => [SEAL],
    dataDir: scratch,
  });
  buildDemo(h.ctx.db, { scale: 1, evidenceDir: h.ctx.evidenceDir });
  // The demo comes with a drawn seal; this office has not imported its own yet.
  await core('documents.removeSeal');
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function core<T>(channel: string, input?: unknown): Promise<T> {
  const result = await invoke(createHandlers(h.ctx), channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const runsOf = (doc: OfficialDocument) => doc.body.flatMap((b) => (b.kind === 'paragraph' ? b.runs : b.kind === 'heading' ? (b.runOn ?? []) : []));
const bodyText = (doc: OfficialDocument) => runsOf(doc).map(inlineText).join('');
const blanks = (doc: OfficialDocument) => runsOf(doc).filter((r) => r.kind === 'blank').length;
const summary = () => core<DocumentDraft>('documents.get', { campaign: 'sc-2020-96', kind: 'summary' });
const noticeText = async () => h.page.getByTestId('notice').innerText();
const savedPath = (text: string) => /保存位置：(.+)$/m.exec(text)?.[1]?.trim() ?? '';

describe('文书', () => {
  it('saves 文书设置 with the leading group in order', async () => {
    await h.open('/settings');
    const card = h.page.getByTestId('document-settings');
    await expect.poll(() => card.getByTestId('ds-addressee').inputValue()).toBe('示例市卫生健康委员会');
    // The demo's group is replaced member by member.
    const demoMembers = await card.getByTestId('ds-member').count();
    expect(demoMembers).toBeGreaterThan(0);
    for (let i = 0; i < demoMembers; i++) await card.getByRole('button', { name: '删除第 1 位成员' }).click();
    await card.getByTestId('ds-addressee').fill('四川省卫生健康委员会');
    await card.getByTestId('ds-signer').fill('李明');
    for (const [i, [role, name, post]] of [['组长', '李明', '院长'], ['成员', '王芳', '纪检监察室主任'], ['副组长', '张强', '副院长']].entries()) {
      await card.getByTestId('ds-add-member').click();
      const row = card.getByTestId('ds-member').nth(i);
      await row.getByTestId('ds-member-name').fill(name ?? '');
      await row.getByTestId('ds-member-post').fill(post ?? '');
      await row.getByTestId('ds-member-role').click();
      await h.page.getByRole('option', { name: role, exact: true }).click();
    }
    // 张强 (副组长) goes before 王芳.
    await card.getByRole('button', { name: '上移第 3 位成员' }).click();
    await card.getByTestId('ds-group-office').fill('领导小组办公室设在院纪检监察室，主任由王芳兼任');
    await card.getByTestId('save-document-settings').click();
    await card.getByTestId('document-settings-saved').waitFor();
    const saved = await core<DocumentSettings>('documents.settings');
    expect(saved.addressee).toBe('四川省卫生健康委员会');
    expect(saved.signer).toBe('李明');
    expect(saved.group.map((m) => `${m.role}${m.name}${m.post}`)).toEqual(['组长李明院长', '副组长张强副院长', '成员王芳纪检监察室主任']);
    expect(saved.groupOffice).toContain('王芳兼任');
  });

  it('overrides a figure and fills a blank of the summary, and keeps both after a reload', async () => {
    const before = await summary();
    const figure = runsOf(before.doc).find((r) => r.kind === 'figure');
    expect(figure).toBeDefined();
    expect(blanks(before.doc)).toBeGreaterThan(0);

    await h.open('/documents');
    await h.page.getByTestId('documents-campaign').click();
    await h.page.getByRole('option', { name: /川卫函〔2020〕96号/ }).click();
    await h.page.locator('[data-testid="document-row"][data-kind="summary"]').getByTestId('document-open').click();
    await expect.poll(() => h.page.getByTestId('doc-preview-pages').innerText(), { timeout: 30_000 }).toMatch(/共 \d+ 页/);
    await h.page.getByTestId('pdf-canvas').waitFor();

    const chip = h.page.getByTestId('doc-figure').first();
    const key = await chip.getAttribute('data-key');
    await chip.click();
    await h.page.getByTestId('inline-value').fill(OVERRIDE);
    await h.page.getByTestId('inline-apply').click();
    await expect.poll(() => h.page.getByTestId('doc-figure-overridden').first().innerText()).toContain(OVERRIDE);

    await h.page.getByTestId('doc-blank').first().click();
    await h.page.getByTestId('inline-value').fill(FILLED);
    await h.page.getByTestId('inline-apply').click();
    await expect.poll(() => h.page.getByTestId('doc-body').innerText()).toContain(FILLED);

    // Plain text is typed in place, after the last chip of the paragraph.
    const paragraph = h.page.getByTestId('doc-paragraph').first();
    await paragraph.click();
    await h.page.keyboard.press('Control+End');
    await h.page.keyboard.type(TYPED);

    // Leaving with unsaved edits asks first.
    await h.page.getByRole('link', { name: '返回文书列表' }).click();
    await h.page.getByRole('button', { name: '留在此页' }).click();
    expect(h.page.url()).toContain('/documents/sc-2020-96/summary');

    await h.page.keyboard.press('Control+s');
    await expect.poll(() => h.page.getByTestId('doc-save-state').innerText()).toBe('已保存');
    const after = await summary();
    expect(runsOf(after.doc).find((r) => r.kind === 'figure' && r.key === key)).toMatchObject({ override: OVERRIDE });
    expect(bodyText(after.doc)).toContain(FILLED);
    expect(bodyText(after.doc)).toContain(TYPED);
    expect(runsOf(after.doc).filter((r) => r.kind === 'figure')).toHaveLength(runsOf(before.doc).filter((r) => r.kind === 'figure').length);
    expect(blanks(after.doc)).toBe(blanks(before.doc) - 1);

    await h.page.reload();
    await expect.poll(() => h.page.getByTestId('doc-body').innerText()).toContain(FILLED);
    expect(await h.page.locator(`[data-testid="doc-figure-overridden"][data-key="${key}"]`).first().innerText()).toBe(OVERRIDE);
  });

  it('refuses the stamped export while no seal is imported, with the way to 设置', async () => {
    await h.page.getByTestId('doc-export').click();
    await h.page.getByTestId('doc-export-stamped').click();
    await h.page.getByTestId('doc-no-seal').waitFor();
    expect(await h.page.getByTestId('doc-stamp-confirm').isDisabled()).toBe(true);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('doc-no-seal').count()).toBe(0);
  });

  it('imports the seal at 42 mm', async () => {
    await h.open('/settings');
    const card = h.page.getByTestId('seal');
    expect(await card.getByTestId('seal-diameter').inputValue()).toBe('42');
    await card.getByTestId('seal-import').click();
    await card.getByTestId('seal-image').waitFor();
    expect(await card.getByTestId('seal-info').innerText()).toContain('直径 42 毫米');
    // Shown at its real size: 42 CSS millimetres.
    const box = await card.getByTestId('seal-image').boundingBox();
    expect(box?.width).toBeCloseTo((42 / 25.4) * 96, 0);
  });

  it('exports the summary as Word and as stamped PDF, and logs the use of the seal', async () => {
    await h.open('/documents/sc-2020-96/summary');
    await h.page.getByTestId('doc-body').waitFor();

    await h.page.getByTestId('doc-export').click();
    await h.page.getByTestId('doc-export-docx').click();
    await expect.poll(noticeText, { timeout: 30_000 }).toContain('已导出 Word 文档');
    const docx = savedPath(await noticeText());
    expect(fs.existsSync(docx)).toBe(true);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    const words = xml.replace(/<[^>]+>/g, '');
    expect(words).toContain(OVERRIDE);
    expect(words).toContain(FILLED);

    await h.page.getByTestId('doc-export').click();
    await h.page.getByTestId('doc-export-stamped').click();
    await h.page.getByTestId('doc-seal-preview').waitFor();
    expect(await h.page.getByRole('dialog').innerText()).toContain('将使用本院印章，此次用印将记入用印记录');
    // The draft still has blanks: they are listed, and the seal is used only with a reason.
    expect(await h.page.getByTestId('doc-stamp-blanks').innerText()).toMatch(/文书中还有 \d+ 处待填，不能盖章/);
    expect(await h.page.getByTestId('doc-stamp-confirm').isDisabled()).toBe(true);
    await h.page.getByTestId('doc-stamp-override').check();
    await h.page.getByTestId('doc-stamp-reason').fill('会议次数由办公室核对后补报');
    await h.page.getByTestId('doc-stamp-confirm').click();
    await expect.poll(noticeText, { timeout: 60_000 }).toContain('已导出盖章 PDF');
    const pdf = savedPath(await noticeText());
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(OVERRIDE);
    expect(text).toContain(FILLED);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThan(0);

    await h.open('/settings');
    await expect.poll(() => h.page.getByTestId('seal-log-row').count()).toBe(1);
    expect(await h.page.getByTestId('seal-log-row').innerText()).toContain(path.basename(pdf));
    expect(await h.page.getByTestId('seal-log-total').innerText()).toBe('共 1 次');
    expect(await h.page.getByTestId('seal-log-blanks').innerText()).toContain('理由：会议次数由办公室核对后补报');
  });

  it('flags figures the records changed since the save and takes the new values on 更新', async () => {
    await core('ledger.create', {
      source: '上级巡查', campaignId: 'sc-2020-96', category: '', description: '门诊处方点评未按月开展', departmentId: null, personId: null,
      foundOn: TODAY, amountFen: 0, note: '', measures: '', deadline: null, immediate: false,
    });
    const { doc, stale } = await summary();
    const changed = runsOf(doc).find((r) => r.kind === 'figure' && r.override === null && r.key in stale);
    if (changed?.kind !== 'figure') throw new Error('a new problem changes no linked figure of the summary');
    const fresh = stale[changed.key];
    expect(fresh).not.toBe(changed.value);

    await h.open('/documents/sc-2020-96/summary');
    await expect.poll(() => h.page.getByTestId('doc-stale').innerText()).toMatch(/有 \d+ 处数字与最新记录不一致/);
    await h.page.getByTestId('doc-stale-update').click();
    await expect.poll(() => h.page.getByTestId('doc-stale').count()).toBe(0);
    expect(await h.page.locator(`[data-testid="doc-figure"][data-key="${changed.key}"]`).first().innerText()).toBe(fresh);
    expect(await h.page.getByTestId('doc-save-state').innerText()).toBe('有未保存的修改');
    await h.page.getByTestId('doc-save').click();
    await expect.poll(() => h.page.getByTestId('doc-save-state').innerText()).toBe('已保存');
    const saved = await summary();
    expect(saved.stale).toEqual({});
    expect(runsOf(saved.doc).find((r) => r.kind === 'figure' && r.key === changed.key)).toMatchObject({ value: fresh, override: null });
  });

  it('throws every edit away on 放弃所有修改并重新起草, after a confirmation', async () => {
    await h.page.getByTestId('doc-redraft').click();
    await h.page.getByTestId('doc-redraft-reset').click();
    await h.page.getByTestId('doc-redraft-reset-confirm').click();
    await expect.poll(() => h.page.getByTestId('doc-figure-overridden').count()).toBe(0);
    expect(await h.page.getByTestId('doc-body').innerText()).not.toContain(FILLED);
    const fresh = await summary();
    expect(runsOf(fresh.doc).some((r) => r.kind === 'figure' && r.override !== null)).toBe(false);
    expect(bodyText(fresh.doc)).not.toContain(FILLED);
  });
});
