// 公文字体: which GB/T 9704 face each part of a document is set in on this computer,
// the fallback in force where one is missing, and what to install. Fonts that are
// not free to redistribute are never bundled, so the office installs them itself.
import { Alert, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { FaceChoice } from '../../../shared/channels/fonts';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { SectionCard } from '../components/SectionCard';
import { useApi } from '../lib/useApi';

function state(f: FaceChoice) {
  if (f.isStandard) return <Badge color="green" variant="light">已安装</Badge>;
  if (f.nothingInstalled) return <Badge color="red" variant="light">未安装</Badge>;
  return <Badge color="orange" variant="light">替代</Badge>;
}

function used(f: FaceChoice) {
  if (f.isStandard) return f.face;
  if (f.nothingInstalled) return `${f.face}（本机没有，由打开文档的电脑替换）`;
  return `${f.face}${f.bold ? '加粗' : ''}（代替${f.standard}）`;
}

export function FontsCard() {
  const [refresh, setRefresh] = useState(0);
  const status = useApi(() => call('fonts.status', { refresh: refresh > 0 }), [refresh]);
  const recheck = (
    <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} loading={status.state === 'loading'} onClick={() => setRefresh((n) => n + 1)}>
      重新检测
    </Button>
  );
  return (
    <SectionCard title="公文字体" testId="fonts" extra={recheck}>
      {status.state === 'loading' && <LoadingBlock rows={3} label="正在检测本机字体" />}
      {status.state === 'error' && <ErrorAlert message={status.message} title="字体检测失败" />}
      {status.state === 'done' && (
        <Stack gap="sm">
          <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="fonts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>用于</Table.Th>
                <Table.Th>规定字体</Table.Th>
                <Table.Th>本机使用</Table.Th>
                <Table.Th>状态</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.value.faces.map((f) => (
                <Table.Tr key={f.role} data-testid={`font-${f.role}`}>
                  <Table.Td>{f.label}</Table.Td>
                  <Table.Td>{f.standard}</Table.Td>
                  <Table.Td>{used(f)}</Table.Td>
                  <Table.Td>{state(f)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {status.value.faces.some((f) => f.install) ? (
            <Alert color="orange" variant="light" title="缺少的字体" data-testid="fonts-install">
              <Stack gap={4}>
                {status.value.faces
                  .filter((f) => f.install)
                  .map((f) => (
                    <Text size="sm" key={f.role}>
                      {f.label}：{f.install}
                    </Text>
                  ))}
                <Text size="xs" c="dimmed">
                  安装后点“重新检测”。本软件不附带这些字体：方正等字体需要字体厂商的授权。
                </Text>
              </Stack>
            </Alert>
          ) : (
            <Text size="sm" c="green.8">
              GB/T 9704 规定的字体都已安装。
            </Text>
          )}
          <Text size="xs" c="dimmed">
            检测位置：{status.value.source}（共 {status.value.families} 种字体）
          </Text>
        </Stack>
      )}
    </SectionCard>
  );
}
