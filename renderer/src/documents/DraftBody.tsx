// The body of the draft, block by block, with the figure/blank dialog, adding a
// paragraph at the end, the undo of the last delete, and the attachments' titles.
import { Alert, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconPlus } from '@tabler/icons-react';
import { memo, useState } from 'react';
import type { Block, OfficialDocument } from '../../../shared/document';
import { BlockRow, type NewBlock } from './BlockRow';
import { insertBlock, mapBlock, moveBlock, newBlockId, replaceRun, runsOf } from './draft';
import { InlineModal } from './InlineModal';

interface Props {
  doc: OfficialDocument;
  edit: (fn: (doc: OfficialDocument) => OfficialDocument) => void;
  remove: (blockId: string) => void;
  deleted: { block: Block } | null;
  undoDelete: () => void;
}

function blankBlock(doc: OfficialDocument, what: NewBlock): Block {
  const id = newBlockId(doc);
  return what === 'paragraph' ? { kind: 'paragraph', id, runs: [] } : { kind: 'heading', id, level: what, text: '' };
}

interface RowProps {
  block: Block;
  index: number;
  count: number;
  edit: Props['edit'];
  remove: Props['remove'];
  setChip: (chip: { blockId: string; index: number }) => void;
}

/**
 * A block rendered again only when it, its place or the number of blocks changed:
 * an edit (a blank filled) re-rendered every block of the draft first, and the
 * preview's printout waited for it.
 */
const Row = memo(function Row({ block, index, count, edit, remove, setChip }: RowProps) {
  return (
    <BlockRow
      block={block}
      index={index}
      count={count}
      onChange={(b) => edit((d) => mapBlock(d, block.id, () => b))}
      onChip={(at) => setChip({ blockId: block.id, index: at })}
      onMove={(by) => edit((d) => moveBlock(d, block.id, by))}
      onAdd={(what) => edit((d) => insertBlock(d, d.body.findIndex((b) => b.id === block.id) + 1, blankBlock(d, what)))}
      onDelete={() => remove(block.id)}
    />
  );
});

export function DraftBody({ doc, edit, remove, deleted, undoDelete }: Props) {
  const [chip, setChip] = useState<{ blockId: string; index: number } | null>(null);
  const chipBlock = chip ? doc.body.find((b) => b.id === chip.blockId) : undefined;
  const chipRun = chip && chipBlock ? runsOf(chipBlock)[chip.index] : undefined;
  return (
    <Paper withBorder p="sm" data-testid="doc-body">
      <Stack gap={6}>
        {doc.body.length === 0 && (
          <Text size="sm" c="dimmed">
            正文是空的。点下方“添加段落”开始写，或用“重新生成”按记录起草。
          </Text>
        )}
        {doc.body.map((block, i) => (
          <Row key={block.id} block={block} index={i} count={doc.body.length} edit={edit} remove={remove} setChip={setChip} />
        ))}
        {deleted && (
          <Alert color="gray" variant="light" py={6} data-testid="doc-deleted">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">已删除一{deleted.block.kind === 'heading' ? '个标题' : deleted.block.kind === 'table' ? '个表格' : '段'}。</Text>
              <Button size="compact-sm" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={undoDelete} data-testid="doc-undo-delete">
                撤销删除
              </Button>
            </Group>
          </Alert>
        )}
        <Group>
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => edit((d) => insertBlock(d, d.body.length, blankBlock(d, 'paragraph')))}
            data-testid="doc-add-paragraph"
          >
            添加段落
          </Button>
        </Group>
        {doc.attachments.length > 0 && (
          <Stack gap={2} mt="xs">
            <Text size="sm" fw={600}>
              附件（由记录生成，随文书一并导出）
            </Text>
            <List size="sm" type="ordered">
              {doc.attachments.map((a, i) => (
                <List.Item key={i}>{a.title}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
      {chip && chipRun && chipRun.kind !== 'text' && (
        <InlineModal
          key={`${chip.blockId}:${chip.index}`}
          run={chipRun}
          onClose={() => setChip(null)}
          onApply={(run) => edit((d) => replaceRun(d, chip.blockId, chip.index, run))}
        />
      )}
    </Paper>
  );
}
