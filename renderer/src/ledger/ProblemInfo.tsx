// The problem's fields, read-only: what was found, who answers for it, by when.
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { chineseDate } from '../../../shared/dates';
import type { ProblemRow } from '../../../shared/ledger';
import { useAppInfo } from '../lib/AppInfoProvider';
import { dueInText } from '../lib/format';
import { amountText } from '../lib/ledgerText';
import { WarningBadge } from './WarningBadge';

const dueColor = { red: 'red.7', orange: 'orange.8', yellow: 'yellow.9' } as const;

const none = (text = '未填写') => (
  <Text span size="sm" c="dimmed">
    {text}
  </Text>
);

function Field({ label, wide, children, testId }: { label: string; wide?: boolean; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={wide ? 'zc-wide zc-prewrap' : undefined} data-testid={testId}>
        {children}
      </dd>
    </>
  );
}

export function ProblemInfo({ problem: p }: { problem: ProblemRow }) {
  const { today } = useAppInfo().info;
  const open = p.status === 'pending' || p.status === 'inProgress' || p.status === 'staged';
  return (
    <dl className="zc-fields" style={{ margin: 0 }} data-testid="problem-info">
      <Field label="问题描述" wide testId="info-description">
        {p.description}
      </Field>
      <Field label="问题类别">{p.category || none()}</Field>
      <Field label="涉及金额">{p.amountFen ? amountText(p.amountFen) : none('无')}</Field>
      <Field label="责任科室">{p.department ?? none('未指定')}</Field>
      <Field label="责任人">{p.person ?? none('未指定')}</Field>
      <Field label="发现时间">{chineseDate(p.foundOn)}</Field>
      <Field label="整改时限" testId="info-deadline">
        {p.deadline ? (
          <>
            {chineseDate(p.deadline)}
            {open && (
              <Text span size="sm" c={p.warning ? dueColor[p.warning] : 'dimmed'} ml={6}>
                （{dueInText(today, p.deadline)}）
              </Text>
            )}{' '}
            <WarningBadge level={p.warning} size="sm" />
          </>
        ) : (
          none('未定')
        )}
      </Field>
      {p.status === 'staged' && <Field label="下一节点" wide>{p.nextMilestone ? chineseDate(p.nextMilestone) : none()}</Field>}
      <Field label="整改措施" wide testId="info-measures">
        {p.measures.trim() ? p.measures : none('尚未填写，点“编辑”补充')}
      </Field>
      <Field label="备注" wide>
        {p.note.trim() ? p.note : none('无')}
      </Field>
      {p.signedOffOn && (
        <Field label="销号" wide testId="info-signed-off">
          {chineseDate(p.signedOffOn)}，经办人 {p.signedOffBy ?? '—'}
        </Field>
      )}
    </dl>
  );
}
