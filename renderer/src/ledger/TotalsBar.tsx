// Above the table: 总数 = the count of every status, then 立行立改 and 整改率.
// Clicking a status narrows the list to it (and again to widen).
import { Paper, Text, Tooltip } from '@mantine/core';
import { Fragment } from 'react';
import { RECTIFICATION_STATUSES, statusLabel, type LedgerTotals, type RectificationStatus } from '../../../shared/ledger';
import { rateText } from '../lib/ledgerText';

interface Props {
  totals: LedgerTotals;
  statuses: RectificationStatus[];
  onToggleStatus: (status: RectificationStatus) => void;
}

export function TotalsBar({ totals: t, statuses, onToggleStatus }: Props) {
  const finished = t.byStatus.done + t.byStatus.verified + t.byStatus.signedOff;
  return (
    <Paper className="zc-totals" data-testid="ledger-totals" data-total={t.total} data-rate={t.rate ?? ''} mb="xs">
      <span className="zc-total-item" data-testid="total-all">
        总数 <b>{t.total}</b>
      </span>
      <span className="zc-total-op">=</span>
      {RECTIFICATION_STATUSES.map((s, i) => (
        <Fragment key={s}>
          {i > 0 && <span className="zc-total-op">+</span>}
          <button
            type="button"
            className="zc-total-item"
            data-active={statuses.includes(s) || undefined}
            data-testid={`total-${s}`}
            data-count={t.byStatus[s]}
            onClick={() => onToggleStatus(s)}
            title={statuses.includes(s) ? `取消只看“${statusLabel[s]}”` : `只看“${statusLabel[s]}”`}
          >
            {statusLabel[s]} <b>{t.byStatus[s]}</b>
          </button>
        </Fragment>
      ))}
      <span className="zc-total-sep" />
      <span className="zc-total-item" data-testid="total-immediate">
        其中立行立改 <b>{t.immediate}</b>
      </span>
      <Tooltip label={`（已完成 + 已验证 + 已销号）÷ 总数 = ${finished} ÷ ${t.total}`}>
        <span className="zc-total-item" data-testid="total-rate">
          整改率 <b>{rateText(t.rate)}</b>
        </span>
      </Tooltip>
      {statuses.length > 0 && (
        <Text size="xs" c="dimmed" ml="auto">
          合计含全部状态；表格只列出所选状态
        </Text>
      )}
    </Paper>
  );
}
