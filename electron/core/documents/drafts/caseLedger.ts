// 案件台账: the cases of the campaign's period, one row each, and — because 川卫函
// 〔2020〕96号 says "移交纪检、司法的案件要单独报送案件" — the cases handed to 纪检监察
// or 司法机关 in an attachment of their own. The totals in the text are the linked
// figures; the rows are the records they are counted from. Names of the persons
// concerned are never printed: counts only.
import { blankText, type DocCell, type DocTable, type OfficialDocument } from '../../../../shared/document';
import { formatWan } from '../../../../shared/money';
import type { CaseLedgerRow as CaseRow } from '../../cases/reads';
import { Blocks, fig, has, head, hospitalName, t, type DraftInput } from './kit';
import { campaignTopic } from '../../campaigns/topic';


const c = (text: string, align: DocCell['align'] = 'center'): DocCell => ({ text, align });

function caseTable(rows: CaseRow[], transfers: boolean): DocTable {
  const head = transfers
    ? ['序号', '案件编号', '案件名称', '立案日期', '涉及人员', '移送纪检监察机关', '移送司法机关', '备注']
    : ['序号', '案件编号', '案件名称', '立案日期', '结案日期', '涉案金额（万元）', '涉及人员', '给予处理', '移送纪检', '移送司法'];
  return {
    // Numbers and dates whole on their line (a case's name says its category).
    widths: transfers ? [3.5, 8.5, 22, 7.5, 6, 8, 8, 10] : [3.5, 8.5, 20, 7.5, 7.5, 6, 4.5, 4.5, 4.5, 4.5],
    headRows: 1,
    fontPt: 10.5,
    rows: [
      head.map((h) => c(h)),
      ...rows.map((r, i) =>
        transfers
          ? [c(String(i + 1)), c(r.number), c(r.title, 'left'), c(r.openedOn), c(String(r.persons)), c(String(r.toDiscipline)), c(String(r.toJudicial)), c(r.note, 'left')]
          : [
              c(String(i + 1)), c(r.number), c(r.title, 'left'), c(r.openedOn), c(r.closedOn ?? '未结案'),
              c(r.amountFen ? formatWan(r.amountFen) : '0', 'right'), c(String(r.persons)), c(String(r.penalized)), c(String(r.toDiscipline)), c(String(r.toJudicial)),
            ],
      ),
    ],
  };
}

/** `rows` are the campaign's own cases opened in its period (the same the figures count), oldest first. */
export function draftCaseLedger(d: DraftInput, rows: CaseRow[]): OfficialDocument {
  const f = d.figures;
  const topic = campaignTopic(f.file);
  const name = hospitalName(d);
  const period = f.period ? f.period.label : blankText('统计期间');
  const transfers = rows.filter((r) => r.toDiscipline > 0 || r.toJudicial > 0);
  const b = new Blocks('k');
  if (has(f, 'cases.total')) {
    b.p(
      t(`${period}，我院${topic}工作中立案查处案件`), fig(f, 'cases.total'), t('件，涉案金额'), fig(f, 'cases.amount'), t('万元，涉及人员'),
      // No 其中: one person may be both penalised and handed on, so these are not parts of the persons.
      fig(f, 'cases.persons'), t('人次；行政处罚'), fig(f, 'cases.penalized'), t('人次，移交纪检监察机关'), fig(f, 'cases.toDiscipline'),
      t('人次，移交司法机关'), fig(f, 'cases.toJudicial'), t('人次。逐案情况见附件1。'),
    );
    b.p(t(transfers.length ? `移交纪检、司法的案件${transfers.length}件，按要求单独报送，见附件2。` : '本期没有移交纪检、司法的案件。'));
  } else b.p(t(`${period}，我院立案查处案件`), fig(f, 'cases.total'), t('件。'));
  return {
    kind: 'caseledger',
    head: head(d, `${name}${topic}案件台账`, { addressee: d.settings.addressee || null }),
    body: b.list,
    attachments: [
      ...(rows.length ? [{ title: `${name}案件台账`, landscape: true, blocks: [{ kind: 'table' as const, id: 'k-cases', table: caseTable(rows, false) }] }] : []),
      ...(transfers.length ? [{ title: `${name}移交纪检、司法案件情况`, landscape: true, blocks: [{ kind: 'table' as const, id: 'k-transfers', table: caseTable(transfers, true) }] }] : []),
    ],
    colophon: null,
  };
}
