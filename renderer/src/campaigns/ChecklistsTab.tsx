// 检查要点: every checklist of the notice, as header fields and grouped items.
import { Stack } from '@mantine/core';
import type { Checklist } from '../../../shared/campaign';
import { EmptyNote } from '../components/EmptyNote';
import { ChecklistView } from './ChecklistView';

export function ChecklistsTab({ checklists, focus }: { checklists: Checklist[]; focus: string | null }) {
  if (checklists.length === 0) {
    return <EmptyNote title="本通知没有检查要点" description="这份通知没有附检查表；自查时可对照“重点任务”逐项落实。" />;
  }
  return (
    <Stack gap="lg" data-testid="checklists">
      {checklists.map((c) => (
        <ChecklistView key={c.id} checklist={c} focus={focus} />
      ))}
    </Stack>
  );
}
