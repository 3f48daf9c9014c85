// The moves the core allows from this status (ProblemDetail.actions), and nothing else.
import { Button, type ButtonProps } from '@mantine/core';
import { actionLabel, type RectificationAction } from '../../../shared/ledger';

const look: Record<RectificationAction, Pick<ButtonProps, 'variant' | 'color'>> = {
  start: { variant: 'filled', color: 'blue' },
  stage: { variant: 'light', color: 'cyan' },
  resume: { variant: 'light', color: 'blue' },
  complete: { variant: 'filled', color: 'violet' },
  verifyPass: { variant: 'filled', color: 'teal' },
  verifyFail: { variant: 'outline', color: 'red' },
  signOff: { variant: 'filled', color: 'green' },
  reopen: { variant: 'default', color: 'gray' },
};

/** 整改完成 comes before 阶段性完成 so the usual next step is first. */
const ORDER: RectificationAction[] = ['start', 'complete', 'stage', 'resume', 'verifyPass', 'verifyFail', 'signOff', 'reopen'];

export function ActionButtons({ actions, onAction }: { actions: RectificationAction[]; onAction: (a: RectificationAction) => void }) {
  return ORDER.filter((a) => actions.includes(a)).map((a) => (
    <Button key={a} {...look[a]} onClick={() => onAction(a)} data-testid={`action-${a}`}>
      {actionLabel[a]}
    </Button>
  ));
}
