// The notice channels through the core door (invoke, as IPC and the harness call
// them) and the `notice parse` command: pasted text and opened files become
// proposals; an accepted proposal becomes a campaign in the catalog, all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api';
import { campaignFileSchema } from '../../shared/campaign';
import type { NoticeProposal } from '../../shared/noticeProposal';
import type { NoticeAccepted } from '../../shared/channels/campaigns';
import type { CampaignDetail } from '../../shared/catalog';
import { createHandlers, invoke } from '../../electron/core/api';
import { runCli } from '../../electron/core/cli';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { dumpTables, noticesDir, resourcesDir, tempDir } from '../support/temp';

const fixture = (...p: string[]) => path.join(noticesDir, ...p);
const read = (...p: string[]) => fs.readFileSync(fixture(...p), 'utf8');

async function open(openFiles: string[] = []) {
  const ctx = await AppContext.open({
    dataDir: tempDir(),
    resourcesDir,
    version: '0.0.0-test',
    now: () => new Date('2021-03-05T10:00:00+08:00'),
    ...fixedPorts({ openFiles }),
  });
  const handlers = createHandlers(ctx);
  const call = async <T>(channel: string, input: unknown) => (await invoke(handlers, channel, input)) as Result<T>;
  return { ctx, call };
}

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('notice.parse and notice.accept', () => {
  it('turns pasted text into a campaign in the catalog, with its tasks and table', async () => {
    const { ctx, call } = await open();
    const proposal = value(await call<NoticeProposal>('campaigns.parseNotice', { name: '网页复制', text: read('extra', 'web-paste.txt') }));
    expect(proposal.source.name).toBe('网页复制');
    const accepted = value(await call<NoticeAccepted>('campaigns.acceptNotice', { proposal }));
    expect(accepted).toMatchObject({ id: proposal.campaign.id, title: '某市2021年医疗机构收费行为专项检查方案', revision: 1, outcome: 'added' });
    const detail = value(await call<CampaignDetail>('campaigns.get', { id: '某卫发〔2021〕12号' }));
    expect(detail.summary.origin).toBe('user');
    expect(detail.file.tasks.map((t) => t.title)).toEqual(['规范收费行为', '加强价格公示', '畅通投诉渠道']);
    expect(detail.file.tables[0]?.sections.flatMap((s) => s.rows.map((r) => r.unit))).toEqual(['家', '条', '万元', '家', '人']);
    expect(detail.file.source?.text).toBe(read('extra', 'web-paste.txt'));
    expect(value(await call<NoticeAccepted>('campaigns.acceptNotice', { proposal }))).toMatchObject({ revision: 1, outcome: 'unchanged' });
    // Accepting an edited proposal again stores the next revision, elements kept by id.
    const edited = structuredClone(proposal);
    edited.campaign.tasks[0] = { ...(edited.campaign.tasks[0] as NoticeProposal['campaign']['tasks'][number]), title: '规范收费行为（含耗材）' };
    expect(value(await call<NoticeAccepted>('campaigns.acceptNotice', { proposal: edited }))).toMatchObject({ revision: 2, outcome: 'updated' });
    ctx.close();
  });

  it('refuses a proposal that is not yet a valid campaign, naming the fields, and changes nothing', async () => {
    const { ctx, call } = await open();
    const proposal = value(await call<NoticeProposal>('campaigns.parseNotice', { text: read('003_e6db9588788a78a4.txt') }));
    proposal.campaign.tasks[1] = { ...(proposal.campaign.tasks[1] as NoticeProposal['campaign']['tasks'][number]), title: '' };
    const before = dumpTables(ctx.db);
    const r = await call('campaigns.acceptNotice', { proposal });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(r.error.message).toContain('tasks[1].title：不能为空');
    }
    proposal.campaign.tasks[1] = { ...(proposal.campaign.tasks[1] as NoticeProposal['campaign']['tasks'][number]), title: '严厉打击医疗骗保行为' };
    const r2 = await call('campaigns.acceptNotice', { proposal });
    expect(r2).toMatchObject({ ok: false, error: { code: 'invalidProposal', message: '识别结果还不能保存为专项行动，请先改正：\n发文机关：至少需要 1 项' } });
    expect(dumpTables(ctx.db)).toBe(before);
    ctx.close();
  });

  it('refuses a document number a built-in campaign already carries', async () => {
    const { ctx, call } = await open();
    const proposal = value(await call<NoticeProposal>('campaigns.parseNotice', { text: read('000_e6ec9bc6c0cc2de0.txt') }));
    const before = dumpTables(ctx.db);
    expect(await call('campaigns.acceptNotice', { proposal })).toMatchObject({
      ok: false,
      error: { code: 'docNumberTaken', message: '文号“川卫函〔2020〕96号”已被专项行动“四川省卫生健康行业领域突出问题专项整治工作方案”使用' },
    });
    expect(dumpTables(ctx.db)).toBe(before);
    ctx.close();
  });

  it('answers garbage and empty input in Chinese', async () => {
    const { ctx, call } = await open();
    expect(await call('campaigns.parseNotice', { text: read('extra', 'garbage.txt') })).toMatchObject({ ok: false, error: { code: 'nothingRecognised' } });
    const empty = await call('campaigns.parseNotice', { text: '  \n' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!empty.ok) expect(empty.error.message).toContain('请粘贴通知的文字');
    ctx.close();
  });
});

describe('campaigns.openNotice', () => {
  it('reads the file the dialog returns, and answers null when cancelled', async () => {
    const file = path.join(tempDir(), '通知.txt');
    fs.copyFileSync(fixture('extra', 'gb18030.txt'), file);
    const chosen = await open([file]);
    const proposal = value(await chosen.call<NoticeProposal | null>('campaigns.openNotice', undefined));
    expect(proposal?.source.name).toBe('通知.txt');
    expect(proposal?.campaign.docNumber).toBe('某卫办医函〔2019〕45号');
    chosen.ctx.close();
    const cancelled = await open([]);
    expect(value(await cancelled.call('campaigns.openNotice', undefined))).toBeNull();
    cancelled.ctx.close();
  });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { resourcesDir, version: 'test', out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('zicha notice parse', () => {
  it('prints what it found and flagged, and writes a campaign file the schema accepts', async () => {
    const out = path.join(tempDir(), 'campaign.json');
    const r = await cli('notice', 'parse', '--in', fixture('000_e6ec9bc6c0cc2de0.txt'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('文号：川卫函〔2020〕96号    成文日期：2020-06-08');
    expect(r.out).toContain('报送要求 3 项，任务 5 项，检查项 0 项，统计表 1 张（27 行）');
    expect(r.out).toContain('不设任务的部分 3 个：一、整治时间（工作步骤）；二、整治范围（范围与对象）；五、工作要求（工作要求）');
    expect(r.out).toContain('[impossibleDate] 原文“2020年6月10日-31日”，6月无31日，按6月30日计，请核对');
    const file = campaignFileSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(file.phases[0]).toMatchObject({ end: '2020-06-30', correction: '原文“2020年6月10日-31日”，6月无31日，按6月30日计' });
    expect(file.sections?.map((s) => s.kind)).toEqual(['steps', 'scope', 'requirements']);
  });

  it('prints the proposal as a campaign file with its warnings (--json)', async () => {
    const r = await cli('notice', 'parse', fixture('extra', 'annex-missing.txt'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { format: string; docNumber: string; warnings: string[] };
    expect([json.format, json.docNumber]).toEqual(['zicha-campaign', '某县卫发〔2022〕7号']);
    expect(json.warnings).toEqual(['正文提到附件2“医疗废物管理检查表”，但文本中没有找到该附件；请补充附件后重新识别，或手工录入']);
  });

  it('exits 1 with a Chinese message for text that is not a notice, and 2 without a file', async () => {
    const r = await cli('notice', 'parse', '--in', fixture('extra', 'garbage.txt'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^错误：未能从“garbage.txt”中识别出任何专项行动内容/);
    expect((await cli('notice', 'parse')).code).toBe(2);
  });
});
