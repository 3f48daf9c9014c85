// 变更记录: every change, newest first — when, who, which field, from what to what.
import { Table, Text } from '@mantine/core';
import type { ProblemDetail } from '../../../shared/ledger';
import { historyFieldText, historyValueText, type NameLookup } from '../lib/ledgerText';
import { chineseMoment } from '../../../shared/dates';

export function HistoryTable({ history, names }: { history: ProblemDetail['history']; names: NameLookup }) {
  const rows = [...history].reverse();
  return (
    <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs" data-testid="history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>时间</Table.Th>
          <Table.Th w={90}>操作人</Table.Th>
          <Table.Th w={110}>字段</Table.Th>
          <Table.Th>原值 → 新值</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((h, i) => (
          <Table.Tr key={rows.length - i} data-testid="history-row" data-field={h.field}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{chineseMoment(h.at)}</Table.Td>
            <Table.Td>{h.by}</Table.Td>
            <Table.Td>{historyFieldText(h.field)}</Table.Td>
            <Table.Td className="zc-prewrap">
              {h.field === 'created' ? (
                <Text size="sm" c="dimmed" span>
                  登记到问题台账
                </Text>
              ) : h.field === 'reason' || h.field === 'signOffReason' ? (
                historyValueText(h.field, h.new, names)
              ) : h.field === 'evidence' ? (
                // A file added (or its removal undone) has only a new name; a removed one only an old name.
                h.new !== null ? `添加“${h.new}”` : `移除“${h.old ?? ''}”`
              ) : (
                <>
                  <Text span size="sm" c="dimmed">
                    {historyValueText(h.field, h.old, names)}
                  </Text>
                  {' → '}
                  {historyValueText(h.field, h.new, names)}
                </>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
