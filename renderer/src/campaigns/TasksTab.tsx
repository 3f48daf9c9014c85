// 重点任务: tasks grouped under the notice's section headings.
import { Stack, Title } from '@mantine/core';
import type { Task } from '../../../shared/campaign';
import { EmptyNote } from '../components/EmptyNote';
import { TaskCard } from './TaskCard';

function bySection(tasks: Task[]): [string, Task[]][] {
  const groups = new Map<string, Task[]>();
  for (const t of tasks) {
    const list = groups.get(t.section);
    if (list) list.push(t);
    else groups.set(t.section, [t]);
  }
  return [...groups];
}

export function TasksTab({ tasks, focus }: { tasks: Task[]; focus: string | null }) {
  if (tasks.length === 0) return <EmptyNote title="本通知没有重点任务" description="这份通知没有列出需要逐项落实的任务。" />;
  return (
    <Stack gap="lg" data-testid="tasks">
      {bySection(tasks).map(([section, list]) => (
        <Stack key={section} gap="xs" component="section">
          <Title order={2} className="zc-section-title">
            {section}
          </Title>
          {list.map((t) => (
            <TaskCard key={t.id} task={t} focused={focus === t.id} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
