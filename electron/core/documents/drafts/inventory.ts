// 清查及整改情况报告: the written report 陕卫办医发〔2020〕36号 asks for by 8月31日 —
// what the clean-up found (清理清查发现的行风问题) and how each was rectified (整改情况或
// 处理结果) — drafted from the campaign's ledger: the counts as linked figures, the
// breakdowns counted from the same rows, and the rows themselves as the attached
// 问题整改台账, so the text and the table say the same thing.
import type { CampaignFile } from '../../../../shared/campaign';
import { blankText, documentDate, type DocTable, type Inline, type OfficialDocument } from '../../../../shared/document';
import { PROBLEM_SOURCES, type ProblemRow } from '../../../../shared/ledger';
import { statusText } from '../../../../shared/ledgerDocument';
import { dutyAddressee } from '../../../../shared/addressee';
import { Blocks, fig, has, head, hospitalName, level1, noticeCitation, t, type DraftInput } from './kit';
import { campaignTopic } from '../../campaigns/topic';

/** The duty this report answers: the written report on what the clean-up found. */
export function inventoryDuty(file: CampaignFile) {
  return file.duties.find((d) => /清查|清理/.test(d.title)) ?? file.duties.find((d) => /整改情况|处理结果/.test(d.title)) ?? null;
}

/** "自查12个、上级巡查3个" — counted from the rows, in the ledger's order of sources; empty parts left out. */
function breakdown(rows: ProblemRow[], key: (r: ProblemRow) => string, order: readonly string[] = []): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  const names = [...counts.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return ia >= 0 && ib >= 0 ? ia - ib : ia >= 0 ? -1 : ib >= 0 ? 1 : (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b, 'zh');
  });
  return names.map((n) => `${n}${counts.get(n)}个`).join('、');
}

function ledgerTable(rows: ProblemRow[]): DocTable {
  const head = ['序号', '问题来源', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '销号时间'].map((text) => ({ text, align: 'center' as const }));
  return {
    // In 5号 characters plus padding: 序号 and 问题来源 on one line, dates whole.
    widths: [3, 5, 16, 14, 5.5, 6.5, 7, 6.5],
    headRows: 1,
    fontPt: 10.5,
    rows: [
      head,
      ...rows.map((r, i) => [
        { text: String(i + 1), align: 'center' as const },
        { text: r.source, align: 'center' as const },
        { text: r.category ? `【${r.category}】${r.description}` : r.description },
        { text: r.measures },
        { text: r.department ?? '未指定科室', align: 'center' as const },
        { text: r.deadline ?? '', align: 'center' as const },
        { text: statusText(r), align: 'center' as const },
        { text: r.signedOffOn ?? '', align: 'center' as const },
      ]),
    ],
  };
}

/** `rows` are the campaign's problems as the ledger lists them. */
export function draftInventory(d: DraftInput, rows: ProblemRow[]): OfficialDocument {
  const file = d.figures.file;
  const f = d.figures;
  const topic = campaignTopic(file);
  const b = new Blocks('v');
  b.p(t(`根据${noticeCitation(file)}要求，我院对照${topic}的重点内容，组织开展行风问题清理清查，建立问题台账，逐项落实整改。现将清查及整改情况报告如下：`));

  b.h(1, level1(1, '清查情况'));
  if (has(f, 'problems.total')) {
    const runs: Inline[] = [t(`截至${documentDate(d.today)}，我院共清查发现行风问题`), fig(f, 'problems.total'), t(`个。按来源分：${breakdown(rows, (r) => r.source, PROBLEM_SOURCES)}`)];
    const categories = rows.some((r) => r.category) ? breakdown(rows, (r) => r.category || '未分类') : '';
    if (categories) runs.push(t(`；按类别分：${categories}`));
    runs.push(t('。其中立行立改'), fig(f, 'problems.immediate'), t('个。'));
    b.p(...runs);
  } else b.p(t('我院清查发现行风问题'), fig(f, 'problems.total'), t('个。'));

  b.h(1, level1(2, '整改情况'));
  if (has(f, 'problems.total')) {
    b.p(
      t('对清查发现的问题，我院逐项明确责任科室、责任人和整改时限。目前已完成整改'), fig(f, 'problems.rectified'), t('个（其中已销号'),
      fig(f, 'problems.signedOff'), t('个），整改完成率'), fig(f, 'problems.rate'), t('%；正在整改'), fig(f, 'problems.open'),
      t('个（其中已逾期'), fig(f, 'problems.overdue'), t('个）。'),
    );
    const open = f.openByDepartment;
    if (open.length) b.p(t(`尚未完成整改的问题分布在：${open.map((o) => `${o.department}${o.total}个`).join('、')}。`));
    b.p(t('各问题的整改措施、进展和销号情况详见附件。'));
  } else b.p(t('已完成整改问题'), fig(f, 'problems.rectified'), t('个。'));

  b.h(1, level1(3, '下一步工作'));
  b.p(t('对尚未完成整改的问题，督促责任科室按时限整改到位，整改一个、验收一个、销号一个；对整改不力的，严肃追责问责，并将整改落实情况纳入科室绩效考核。'));

  const duty = inventoryDuty(file);
  return {
    kind: 'inventory',
    head: head(d, `${hospitalName(d)}关于行风问题清理清查及整改情况的报告`, {
      issuerMark: d.settings.issuerMark || `${hospitalName(d)}文件`,
      documentNumber: blankText('发文字号'),
      signer: d.settings.signer || blankText('签发人'),
      addressee: (duty ? dutyAddressee(file, duty)?.name : null) || d.settings.addressee || null,
    }),
    body: b.list,
    attachments: rows.length ? [{ title: `${hospitalName(d)}行风问题整改台账`, landscape: true, blocks: [{ kind: 'table', id: 'v-ledger', table: ledgerTable(rows) }] }] : [],
    colophon: null,
  };
}
