// The 案件台账 (`zicha report caseledger`): every case of the campaign (linked to it) in its period on a
// row, the totals in the text the sums of those rows, and the cases handed to 纪检监察
// or 司法机关 in an attachment of their own (川卫函〔2020〕96号: 单独报送); no name of a
// person concerned anywhere. Read back by python-docx and poppler.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { formatWan } from '../../shared/money';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());
const cli = cliRunner('2020-11-20T10:00:00+08:00', { printer });
const READ = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}, ensure_ascii=False))
`;

describe('zicha report caseledger', () => {
  it('lists the period’s cases, sums them in the text, and reports the handed-over ones apart, without names', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.sqlite');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const raw = new Database(db, { readonly: true });
    const cases = raw
      .prepare("SELECT number, amount_fen AS amount, persons, to_discipline AS d, to_judicial AS j FROM case_record WHERE opened_on BETWEEN '2020-06-10' AND '2020-11-20' AND id IN (SELECT case_id FROM case_campaign WHERE campaign_id = 'sc-2020-96') ORDER BY opened_on, number")
      .all() as { number: string; amount: number; persons: number; d: number; j: number }[];
    const names = raw.prepare('SELECT DISTINCT name FROM concerned_person').pluck().all() as string[];
    raw.close();
    expect(cases.length).toBeGreaterThan(3);

    const out = path.join(dir, '案件台账.docx');
    const run = await cli('report', 'caseledger', '--db', db, '--campaign', 'sc-2020-96', '--out', out);
    expect(run.err).toBe('');
    expect(run.out).toContain('已导出案件台账');
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, out], { encoding: 'utf8' })) as { paragraphs: string[]; tables: string[][][] };
    const text = read.paragraphs.join('\n');
    const sum = (pick: (c: (typeof cases)[number]) => number) => cases.reduce((n, c) => n + pick(c), 0);
    expect(text).toContain(`立案查处案件${cases.length}件，涉案金额${formatWan(sum((c) => c.amount))}万元，涉及人员${sum((c) => c.persons)}人次`);
    expect(text).toContain(`移交纪检监察机关${sum((c) => c.d)}人次，移交司法机关${sum((c) => c.j)}人次`);
    expect(text).not.toContain('其中');
    const [all, handed] = read.tables;
    expect(all?.slice(1).map((r) => r[1])).toEqual(cases.map((c) => c.number));
    const transferred = cases.filter((c) => c.d > 0 || c.j > 0);
    expect(handed?.[0]).toContain('移送纪检监察机关');
    expect(handed?.slice(1).map((r) => r[1])).toEqual(transferred.map((c) => c.number));
    expect(text).toContain(`移交纪检、司法的案件${transferred.length}件，按要求单独报送`);
    const everything = [text, ...read.tables.flat(2)].join('\n');
    for (const n of names) expect(everything, n).not.toContain(n);

    const pdf = path.join(dir, '案件台账.pdf');
    expect((await cli('report', 'caseledger', '--db', db, '--campaign', 'sc-2020-96', '--out', pdf)).code).toBe(0);
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(pdfText).toContain('示例市第一人民医院移交纪检、司法案件情况');
    for (const c of cases) expect(pdfText).toContain(c.number);
  }, 180_000);
});
