// One proposed element on the review screen: selecting it marks its source on
// the left; its toolbar moves, merges, splits, deletes or changes its kind.
import { ActionIcon, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsJoin2, IconArrowsSplit2, IconSwitchHorizontal, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ProposedCampaign, SourceSpan } from '../../../shared/noticeProposal';
import { deleteItem, getList, mergeWithNext, moveItem, refKey, type ItemRef } from './edit';
import { FlagBadges } from './FlagBadges';
import { useReviewContext } from './reviewContext';

export interface KindChange {
  label: string;
  change: (c: ProposedCampaign) => ProposedCampaign;
}

interface Props {
  itemRef: ItemRef;
  label: string;
  span: SourceSpan | null;
  changes?: KindChange[];
  children: ReactNode;
}

function Tool({ label, onClick, disabled, children, color }: { label: string; onClick: () => void; disabled?: boolean; children: ReactNode; color?: string }) {
  return (
    <Tooltip label={label} openDelay={400}>
      <ActionIcon variant="subtle" size="sm" color={color ?? 'gray'} aria-label={label} disabled={disabled} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

export function ItemCard({ itemRef, label, span, changes = [], children }: Props) {
  const { review, askSplit } = useReviewContext();
  const key = refKey(itemRef);
  const count = getList(review.proposal.campaign, itemRef.list).length;
  const i = itemRef.index;
  return (
    <Paper
      withBorder
      p="xs"
      className="zc-notice-card"
      data-testid={key}
      data-key={key}
      data-selected={review.selection?.key === key}
      onFocusCapture={() => review.select(key, span)}
      onClick={() => review.select(key, span)}
    >
      <Group justify="space-between" wrap="nowrap" mb={4}>
        <Text size="xs" c="dimmed" fw={600}>
          {label}
        </Text>
        <Group gap={2} wrap="nowrap" onClick={(e) => e.stopPropagation()}>
          <Tool label="上移" disabled={i === 0} onClick={() => review.reshape('上移', (c) => moveItem(c, itemRef, -1))}>
            <IconArrowUp size={14} />
          </Tool>
          <Tool label="下移" disabled={i === count - 1} onClick={() => review.reshape('下移', (c) => moveItem(c, itemRef, 1))}>
            <IconArrowDown size={14} />
          </Tool>
          <Tool label="与下一项合并" disabled={i === count - 1} onClick={() => review.reshape('合并', (c) => mergeWithNext(c, itemRef))}>
            <IconArrowsJoin2 size={14} />
          </Tool>
          <Tool label="拆分" onClick={() => askSplit(itemRef)}>
            <IconArrowsSplit2 size={14} />
          </Tool>
          {changes.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" size="sm" color="gray" aria-label="移到其他部分">
                  <IconSwitchHorizontal size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {changes.map((ch) => (
                  <Menu.Item key={ch.label} onClick={() => review.reshape(ch.label, ch.change)}>
                    {ch.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          <Tool label="删除" color="red" onClick={() => review.reshape('删除', (c) => deleteItem(c, itemRef))}>
            <IconTrash size={14} />
          </Tool>
        </Group>
      </Group>
      <FlagBadges flagKey={key} />
      {children}
    </Paper>
  );
}
