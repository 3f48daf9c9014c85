// 变更记录 of a clue or case: the core records field keys and stored values (fen,
// category keys), so they are turned back into the words the forms use.
import { Table } from '@mantine/core';
import { CASE_CATEGORIES, type CaseCategory, type HistoryEntry } from '../../../shared/cases';
import { chineseDateIn, chineseMoment } from '../../../shared/dates';
import { formatWan } from '../../../shared/money';
import { SectionCard } from '../components/SectionCard';

const LABELS: Record<string, string> = {
  receivedOn: '收到日期', channel: '线索来源', summary: '摘要', campaignId: '专项行动', concerned: '涉及人员', note: '备注',
  disposal: '处置方式', disposedOn: '处置日期', outcome: '核实结果', problems: '关联问题', clueId: '来源线索', title: '案件名称',
  category: '违规类别', openedOn: '立案日期', closedOn: '结案日期', amountFen: '涉案金额（万元）', persons: '涉及人员人次',
  penalized: '行政处罚人次', toDiscipline: '移交纪检人次', toJudicial: '移交司法人次', agreementAction: '医保协议处理',
  refundFen: '退回医保基金（万元）', supervision: '挂牌督办',
};

function valueText(field: string, v: string | null): string {
  if (v === null || v === '') return '—';
  if (field.endsWith('Fen') && /^\d+$/.test(v)) return formatWan(Number(v));
  if (field === 'category') return CASE_CATEGORIES[v as CaseCategory] ?? v;
  return chineseDateIn(v);
}

export function HistoryCard({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return null;
  return (
    <SectionCard title="变更记录" testId="history-card">
      <Table fz="xs" verticalSpacing={2}>
        <Table.Tbody>
          {history.map((h, i) => (
            <Table.Tr key={i} data-testid="history-row" data-field={h.field}>
              <Table.Td w={140} style={{ whiteSpace: 'nowrap' }}>{chineseMoment(h.at)}</Table.Td>
              <Table.Td w={70}>{h.by}</Table.Td>
              <Table.Td>
                {h.field === 'created' ? '登记' : `${LABELS[h.field] ?? h.field}：${valueText(h.field, h.old)} → ${valueText(h.field, h.new)}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
