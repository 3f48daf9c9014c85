// 用印记录: every stamped export, newest first, a page at a time.
import { Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { DOCUMENT_KINDS } from '../../../shared/document';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { useApi } from '../lib/useApi';

const when = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export function SealLog() {
  const [page, setPage] = useState(1);
  const log = useApi(() => call('documents.sealLog', { page }), [page]);
  // The core fixes the page size; the first full page tells it.
  const pageSize = useRef(0);
  if (log.state === 'done') pageSize.current = Math.max(pageSize.current, log.value.rows.length);
  const total = log.state === 'done' ? log.value.total : 0;
  const pages = pageSize.current ? Math.ceil(total / pageSize.current) : 1;
  return (
    <Stack gap={4} mt="md" data-testid="seal-log">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          用印记录
        </Text>
        {log.state === 'done' && (
          <Text size="xs" c="dimmed" data-testid="seal-log-total">
            共 {total} 次
          </Text>
        )}
      </Group>
      {log.state === 'error' && <ErrorAlert message={log.message} title="用印记录未能加载" />}
      {log.state === 'done' && total === 0 && (
        <Text size="sm" c="dimmed">
          还没有用印。在文书中选“导出盖章 PDF”并确认后，每次用印都记在这里。
        </Text>
      )}
      {log.state === 'done' && log.value.rows.length > 0 && (
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>时间</Table.Th>
              <Table.Th>文书</Table.Th>
              <Table.Th w={80}>操作人</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.value.rows.map((r) => (
              <Table.Tr key={r.id} data-testid="seal-log-row">
                <Table.Td>{when(r.at)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={`${r.campaignTitle}\n${r.file}`}>
                    {r.title || DOCUMENT_KINDS[r.kind]}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1} title={r.file}>
                    {r.campaignTitle} · {r.file}
                  </Text>
                  {r.blanks && (
                    <Text size="xs" c="red" data-testid="seal-log-blanks" title={r.blanks.labels.join('、')}>
                      留有 {r.blanks.labels.length} 处待填仍盖章，理由：{r.blanks.reason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.by || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={setPage} mt={4} getControlProps={(c) => ({ 'aria-label': c === 'previous' ? '上一页' : c === 'next' ? '下一页' : undefined })} />}
    </Stack>
  );
}
