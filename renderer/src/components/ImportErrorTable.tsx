// Where a workbook is wrong, as the officer will look for it in Excel.
import { ScrollArea, Table } from '@mantine/core';

/** One error of an import: a department workbook's, or the problem import's (which has no file column). */
export interface ImportErrorRow {
  file?: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

export function ImportErrorTable({ errors }: { errors: ImportErrorRow[] }) {
  const withFile = errors.some((e) => e.file);
  return (
    <ScrollArea.Autosize mah="55vh" type="auto">
      <Table striped withTableBorder verticalSpacing={4} fz="sm" stickyHeader data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            {withFile && <Table.Th>文件</Table.Th>}
            <Table.Th w={110}>工作表</Table.Th>
            <Table.Th w={50}>行</Table.Th>
            <Table.Th w={withFile ? 50 : 130}>列</Table.Th>
            <Table.Th>问题</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={i}>
              {withFile && <Table.Td className="zc-path">{e.file}</Table.Td>}
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
