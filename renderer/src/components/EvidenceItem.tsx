// One evidence file: name, size, who added it and when, and what can be done with it.
// Shared by a self-inspection item's files and a problem's (整改佐证材料).
import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye, IconExternalLink, IconFile, IconFileTypePdf, IconPhoto, IconRestore, IconTrash } from '@tabler/icons-react';
import type { EvidenceView } from '../../../shared/inspection';
import { fileSizeText, momentText } from '../lib/format';
import { EvidencePeriod } from './EvidencePeriod';

/** What both kinds of evidence have in common. */
export type EvidenceFile = Pick<EvidenceView, 'id' | 'originalName' | 'size' | 'mime' | 'addedBy' | 'addedAt' | 'removedAt'>;

interface Props {
  file: EvidenceFile;
  readOnly: boolean;
  previewing: boolean;
  onPreview: () => void;
  onOpen: () => void;
  onRemove: () => void;
  onRestore: () => void;
  /** Where the file belongs, for its 所属期间. */
  scope?: 'round' | 'problem';
}

export const canPreview = (mime: string) => mime.startsWith('image/') || mime === 'application/pdf';

export function EvidenceItem({ file: f, readOnly, previewing, onPreview, onOpen, onRemove, onRestore, scope }: Props) {
  const removed = f.removedAt !== null;
  const Icon = f.mime.startsWith('image/') ? IconPhoto : f.mime === 'application/pdf' ? IconFileTypePdf : IconFile;
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      className="zc-evidence"
      data-testid={`evidence-file-${f.id}`}
      data-removed={removed || undefined}
      data-previewing={previewing || undefined}
    >
      <Icon size={20} stroke={1.5} color={removed ? 'var(--mantine-color-gray-5)' : 'var(--mantine-color-blue-7)'} style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={500} td={removed ? 'line-through' : undefined} c={removed ? 'dimmed' : undefined} style={{ wordBreak: 'break-all' }}>
          {f.originalName}
        </Text>
        <Text size="xs" c="dimmed">
          {fileSizeText(f.size)} · {f.addedBy} 添加于 {momentText(f.addedAt)}
          {removed && f.removedAt && ` · 已于 ${momentText(f.removedAt)} 移除`}
        </Text>
        {scope && !removed && <EvidencePeriod scope={scope} id={f.id} readOnly={readOnly} />}
      </Stack>
      <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
        {!removed && canPreview(f.mime) && (
          <Button size="compact-xs" variant={previewing ? 'light' : 'subtle'} leftSection={<IconEye size={13} />} onClick={onPreview}>
            预览
          </Button>
        )}
        <Button size="compact-xs" variant="subtle" leftSection={<IconExternalLink size={13} />} onClick={onOpen}>
          打开
        </Button>
        {!readOnly &&
          (removed ? (
            <Button size="compact-xs" variant="subtle" leftSection={<IconRestore size={13} />} onClick={onRestore} data-testid={`restore-evidence-${f.id}`}>
              撤销移除
            </Button>
          ) : (
            <Tooltip label="移除" withArrow>
              <ActionIcon size="sm" variant="subtle" color="red" aria-label={`移除“${f.originalName}”`} onClick={onRemove} data-testid={`remove-evidence-${f.id}`}>
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          ))}
      </Group>
    </Group>
  );
}
