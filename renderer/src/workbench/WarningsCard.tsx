// 整改预警: per department, how many rectifications are overdue or due within 10 or
// 20 days, each number opening the ledger with that filter; and the ledger's totals.
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { warningLabel } from '../../../shared/ledger';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionCard } from '../components/SectionCard';
import { ledgerHref, WARNING_FILTERS, type WarningFilter } from '../lib/ledgerQuery';
import { rateText, warningColor } from '../lib/ledgerText';
import { useApi } from '../lib/useApi';

/** Departments listed; the rest are in the 合计 and the ledger. */
const SHOWN = 8;

async function loadWarnings() {
  const [warnings, totals] = await Promise.all([call('ledger.warnings'), call('ledger.totals', {})]);
  return { warnings, totals: totals.totals };
}

/** A count linking to the ledger filtered by the warning and the department (null = 未指定科室, all = every department). */
function Count({ n, level, departmentId }: { n: number; level: WarningFilter; departmentId: number | 'all' | null }) {
  if (n === 0) return <Text size="sm" c="gray.5">0</Text>;
  const departmentIds = typeof departmentId === 'number' ? [departmentId] : [];
  return (
    <Badge
      component={Link}
      to={ledgerHref('/problems', { warning: level, departmentIds, unassigned: departmentId === null })}
      color={warningColor[level]}
      variant={level === 'red' ? 'filled' : 'light'}
      c={level === 'yellow' ? 'yellow.9' : undefined}
      size="md"
      miw={32}
      style={{ cursor: 'pointer' }}
      title={`在问题台账中查看（${warningLabel[level]}）`}
      data-testid={`warning-link-${departmentId ?? 'none'}-${level}`}
    >
      {n}
    </Badge>
  );
}

export function WarningsCard() {
  const data = useApi(loadWarnings, []);
  const all = (level: WarningFilter) => (data.state === 'done' ? data.value.warnings.reduce((n, w) => n + w[level], 0) : 0);
  return (
    <SectionCard title="整改预警" testId="warnings-card" extra={<Button component={Link} to="/problems" variant="subtle">问题台账</Button>}>
      {data.state === 'loading' && <Text size="sm" c="dimmed">正在加载…</Text>}
      {data.state === 'error' && <ErrorAlert message={data.message} title="整改预警未能加载" />}
      {data.state === 'done' && (
        <>
          <Group gap="lg" mb="xs" data-testid="warnings-totals" data-total={data.value.totals.total}>
            <Text size="sm">问题总数 <b>{data.value.totals.total}</b></Text>
            <Text size="sm">已销号 <b>{data.value.totals.byStatus.signedOff}</b></Text>
            <Text size="sm">整改率 <b>{rateText(data.value.totals.rate)}</b></Text>
          </Group>
          {data.value.totals.total === 0 ? (
            <Text size="sm" c="dimmed">
              问题台账还是空的。自查、检查中发现问题后，到
              <Anchor component={Link} to="/problems" size="sm" mx={2}>问题台账</Anchor>
              登记，整改时限临近或逾期时会在这里提醒。
            </Text>
          ) : data.value.warnings.length === 0 ? (
            <Text size="sm" c="dimmed">没有逾期或 20 天内到期的整改。</Text>
          ) : (
            <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs" data-testid="warnings-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>责任科室</Table.Th>
                  {WARNING_FILTERS.map((w) => <Table.Th key={w} ta="right" w={90}>{warningLabel[w]}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.value.warnings.slice(0, SHOWN).map((w) => (
                  <Table.Tr key={w.departmentId ?? 'none'} data-testid="warning-row">
                    <Table.Td>{w.department}</Table.Td>
                    {WARNING_FILTERS.map((l) => <Table.Td key={l} ta="right"><Count n={w[l]} level={l} departmentId={w.departmentId} /></Table.Td>)}
                  </Table.Tr>
                ))}
                {data.value.warnings.length > 1 && (
                  <Table.Tr>
                    <Table.Td fw={600}>
                      合计
                      {data.value.warnings.length > SHOWN && (
                        <Text span size="xs" c="dimmed" fw={400} ml={6}>
                          含未列出的 {data.value.warnings.length - SHOWN} 个科室
                        </Text>
                      )}
                    </Table.Td>
                    {WARNING_FILTERS.map((l) => <Table.Td key={l} ta="right"><Count n={all(l)} level={l} departmentId="all" /></Table.Td>)}
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </SectionCard>
  );
}
