// Where a workbook is wrong, as the officer will look for it in Excel.
import { ScrollArea, Table } from '@mantine/core';
import type { WorkbookError } from '../../../shared/workbook';

export function ImportErrorTable({ errors }: { errors: WorkbookError[] }) {
  return (
    <ScrollArea.Autosize mah="55vh" type="auto">
      <Table striped withTableBorder verticalSpacing={4} fz="sm" stickyHeader data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>文件</Table.Th>
            <Table.Th w={110}>工作表</Table.Th>
            <Table.Th w={50}>行</Table.Th>
            <Table.Th w={50}>列</Table.Th>
            <Table.Th>问题</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td className="zc-path">{e.file}</Table.Td>
              <Table.Td>{e.sheet ?? '—'}</Table.Td>
              <Table.Td>{e.row ?? '—'}</Table.Td>
              <Table.Td>{e.column ?? '—'}</Table.Td>
              <Table.Td c="red.8">{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
