// The period a problem's evidence covers, read and set through the ledger's own
// functions (ledger/evidenceCovers.ts): kept while the problem is open, refused
// once it is signed off, and never confused with a round's evidence of the same id.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProblemDetail } from '../../shared/ledger';
import { evidenceCovers, setEvidenceCovers } from '../../electron/core/duties/evidencePeriod';
import { addProblemEvidence } from '../../electron/core/ledger/evidence';
import { openApp } from '../support/app';
import { tempDir } from '../support/temp';

describe('the period a problem’s evidence covers', () => {
  it('is set while the problem is open and refused once it is signed off', async () => {
    const { ctx, call } = await openApp();
    const scan = path.join(tempDir(), '整改报告.pdf');
    fs.writeFileSync(scan, '%PDF-1.4 report');
    const created: ProblemDetail = await call('ledger.create', {
      source: '自查', campaignId: 'sc-2020-96', category: '医德医风', departmentId: null, personId: null, description: '收受患者红包',
      foundOn: '2020-11-01', amountFen: 0, note: '', measures: '', deadline: null, immediate: true,
    });
    const id = created.problem.id;
    const file = addProblemEvidence(ctx.db, ctx.evidenceDir, id, scan, '张敏', '2020-11-20T02:00:00.000Z', '2020-11-20');
    const other = addProblemEvidence(ctx.db, ctx.evidenceDir, id, scan, '张敏', '2020-11-20T02:00:00.000Z', '2020-11-20');

    expect(evidenceCovers(ctx.db, 'problem', [file.id, other.id, 999])).toEqual({ [file.id]: '', [other.id]: '' });
    expect(setEvidenceCovers(ctx.db, 'problem', file.id, '2020 年 1-6 月')).toEqual({ id: file.id, covers: '2020年1—6月' });
    expect(evidenceCovers(ctx.db, 'problem', [file.id, other.id])).toEqual({ [file.id]: '2020年1—6月', [other.id]: '' });
    // No round has evidence: the same id in the other scope names nothing.
    expect(evidenceCovers(ctx.db, 'round', [file.id])).toEqual({});
    expect(() => setEvidenceCovers(ctx.db, 'round', file.id, '2020年')).toThrow('找不到该佐证材料');

    await call('ledger.action', { id, action: 'complete' });
    await call('ledger.action', { id, action: 'verifyPass', checker: '纪检监察室 张敏', findings: '已退还' });
    await call('ledger.action', { id, action: 'signOff', reason: '整改已核实' });
    expect(() => setEvidenceCovers(ctx.db, 'problem', other.id, '2020年')).toThrow('所属的问题已销号，只能查看');
    expect(evidenceCovers(ctx.db, 'problem', [other.id])).toEqual({ [other.id]: '' });
    ctx.close();
  });
});
