// The dialog behind a chip: a figure is overridden (已改) or returned to the
// records' value (恢复); a blank is filled, which turns it into ordinary text.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { blankText, type Inline } from '../../../shared/document';

interface Props {
  run: Inline;
  onClose: () => void;
  onApply: (run: Inline) => void;
}

export function InlineModal({ run, onClose, onApply }: Props) {
  const initial = run.kind === 'figure' ? (run.override ?? run.value) : '';
  const [value, setValue] = useState(initial);
  if (run.kind === 'text') return null;
  const apply = () => {
    const v = value.trim();
    if (!v) return;
    if (run.kind === 'figure') onApply({ ...run, override: v === run.value ? null : v });
    else onApply({ kind: 'text', text: v });
    onClose();
  };
  const figure = run.kind === 'figure' ? run : null;
  return (
    <Modal opened onClose={onClose} title={figure ? '改写数字' : `填写${blankText(run.kind === 'blank' ? run.label : '')}`} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <Stack gap="sm">
          {figure ? (
            <Text size="sm">
              这个数字来自记录（{figure.key}），记录中的值是 <b>{figure.value}</b>
              。改写后文书印出改写的内容并标为“已改”，重新生成时不再随记录更新。
            </Text>
          ) : (
            <Text size="sm">填写后这里成为普通文字，可在段落中继续修改。</Text>
          )}
          <TextInput
            label={figure ? '文书中写作' : run.kind === 'blank' ? run.label : ''}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={value.trim() ? undefined : '请填写内容'}
            data-autofocus
            data-testid="inline-value"
          />
          <Group justify="space-between">
            <div>
              {figure && figure.override !== null && (
                <Button
                  variant="subtle"
                  color="gray"
                  onClick={() => {
                    onApply({ ...figure, override: null });
                    onClose();
                  }}
                  data-testid="inline-restore"
                >
                  恢复为记录中的值（{figure.value}）
                </Button>
              )}
            </div>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                取消
              </Button>
              <Button type="submit" disabled={!value.trim()} data-testid="inline-apply">
                {figure ? '改写' : '填入'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
