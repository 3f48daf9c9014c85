// One body block in the editor: a heading (its text and any run-on text), a
// paragraph, or a table drawn from the records (shown, not edited here), with the
// buttons that move, add after and delete it.
import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Block, Inline } from '../../../shared/document';
import { RunsEditor } from './RunsEditor';

const HEADING_LABEL = { 1: '一级标题', 2: '二级标题', 3: '三级标题', 4: '四级标题' } as const;
/** How each level is numbered, as GB/T 9704 has it. */
const HEADING_NUMBERING = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' } as const;

export type NewBlock = 'paragraph' | 1 | 2 | 3 | 4;

interface Props {
  block: Block;
  index: number;
  count: number;
  onChange: (block: Block) => void;
  onChip: (index: number) => void;
  onMove: (by: -1 | 1) => void;
  onAdd: (what: NewBlock) => void;
  onDelete: () => void;
}

export function BlockRow({ block, index, count, onChange, onChip, onMove, onAdd, onDelete }: Props) {
  // A run-on editor stays while the block is edited, even when emptied, so that the caret is not lost.
  const [withRunOn] = useState(() => block.kind === 'heading' && (block.runOn?.length ?? 0) > 0);
  const what = block.kind === 'heading' ? '标题' : block.kind === 'table' ? '表格' : '段落';
  const setRuns = (runs: Inline[]) =>
    block.kind === 'paragraph' ? onChange({ ...block, runs }) : block.kind === 'heading' ? onChange({ ...block, runOn: runs.length ? runs : undefined }) : undefined;
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap" className="zc-doc-block" data-testid="doc-block" data-kind={block.kind} data-block-id={block.id}>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        {block.kind === 'heading' && (
          <>
            <Group gap={6} wrap="nowrap">
              <Badge variant="light" color="gray" size="sm" w={72} style={{ flexShrink: 0 }} title={`编号形如“${HEADING_NUMBERING[block.level]}”，写在标题文字中`}>
                {HEADING_LABEL[block.level]}
              </Badge>
              <TextInput
                aria-label={`第 ${index + 1} 块 ${HEADING_LABEL[block.level]}`}
                value={block.text}
                onChange={(e) => onChange({ ...block, text: e.currentTarget.value })}
                className={`zc-doc-heading zc-doc-h${block.level}`}
                style={{ flex: 1 }}
                data-testid="doc-heading"
              />
            </Group>
            {withRunOn && (
              <RunsEditor
                runs={block.runOn ?? []}
                onChange={setRuns}
                onChip={onChip}
                label={`第 ${index + 1} 块 标题后接排的正文`}
                placeholder="标题后接排的正文（可不填）"
                runOn
              />
            )}
          </>
        )}
        {block.kind === 'paragraph' && (
          <RunsEditor runs={block.runs} onChange={setRuns} onChip={onChip} label={`第 ${index + 1} 块 段落`} placeholder="（空段落，输入正文）" testId="doc-paragraph" />
        )}
        {block.kind === 'table' && <TableBlock rows={block.table.rows} />}
      </Stack>
      <Group gap={0} wrap="nowrap" className="zc-doc-tools">
        <Tooltip label="上移" withArrow>
          <ActionIcon variant="subtle" size="sm" color="gray" aria-label={`上移第 ${index + 1} 块${what}`} disabled={index === 0} onClick={() => onMove(-1)}>
            <IconArrowUp size={14} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="下移" withArrow>
          <ActionIcon variant="subtle" size="sm" color="gray" aria-label={`下移第 ${index + 1} 块${what}`} disabled={index === count - 1} onClick={() => onMove(1)}>
            <IconArrowDown size={14} />
          </ActionIcon>
        </Tooltip>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" size="sm" color="gray" aria-label={`在第 ${index + 1} 块后添加`} data-testid="doc-add-after">
              <IconPlus size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>在此后添加</Menu.Label>
            <Menu.Item onClick={() => onAdd('paragraph')}>段落</Menu.Item>
            {([1, 2, 3, 4] as const).map((l) => (
              <Menu.Item key={l} onClick={() => onAdd(l)}>
                {HEADING_LABEL[l]}（{HEADING_NUMBERING[l]}）
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Tooltip label={`删除此${what}`} withArrow>
          <ActionIcon variant="subtle" size="sm" color="red" aria-label={`删除第 ${index + 1} 块${what}`} onClick={onDelete} data-testid="doc-delete">
            <IconTrash size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}

function TableBlock({ rows }: { rows: { text: string; colSpan?: number; rowSpan?: number }[][] }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        表格由记录生成，在此不能修改（共 {rows.length} 行）。
      </Text>
      <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={2}>
        <Table.Tbody>
          {rows.slice(0, 12).map((row, r) => (
            <Table.Tr key={r}>
              {row.map((c, i) => (
                <Table.Td key={i} colSpan={c.colSpan} rowSpan={c.rowSpan}>
                  {c.text}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
