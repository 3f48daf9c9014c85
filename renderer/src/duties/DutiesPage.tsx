// 报送台账 and 日历: every occurrence of every duty with what was sent for it, and
// one calendar of everything dated, exportable as .ics for the officer's own calendar.
import { Button, Stack, Tabs } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';
import { CalendarView } from './CalendarView';
import { SubmissionLedger } from './SubmissionLedger';

export function DutiesPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const calendar = useApi(() => call('duties.calendar'), []);
  const [note, setNote] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const exportIcs = async () => {
    setBusy(true);
    setNote(null);
    try {
      const done = await call('duties.exportIcs');
      if (done) setNote({ color: 'green', title: `已导出日历（${done.events} 个事件，含到期提醒）`, message: `保存位置：${done.path}\n可在 Outlook、WPS 或手机日历中导入。`, exported: { path: done.path } });
    } catch (e) {
      setNote({ color: 'red', title: '日历未能导出', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  const current = tab === 'calendar' ? 'calendar' : 'ledger';
  return (
    <Stack gap="md" data-testid="duties-page">
      <PageHeader
        title="报送台账"
        description="各专项行动每一次报送的到期日、报送对象、状态和所报材料；日历汇总报送、任务时限、阶段、自查截止和整改时限。"
        actions={
          <Button variant="light" leftSection={<IconCalendarDown size={16} />} loading={busy} onClick={() => void exportIcs()} data-testid="export-ics">
            导出日历（.ics）
          </Button>
        }
      />
      {note && <NoticeAlert notice={note} onClose={() => setNote(null)} />}
      <Tabs value={current} onChange={(v) => navigate(v === 'calendar' ? '/duties/calendar' : '/duties')}>
        <Tabs.List>
          <Tabs.Tab value="ledger" data-testid="tab-ledger">报送台账</Tabs.Tab>
          <Tabs.Tab value="calendar" data-testid="tab-calendar">日历</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {current === 'ledger' && <SubmissionLedger onChanged={calendar.reload} />}
      {current === 'calendar' && (
        <>
          {calendar.state === 'loading' && <LoadingBlock rows={4} label="正在加载日历" />}
          {calendar.state === 'error' && <ErrorAlert message={calendar.message} title="日历未能加载" />}
          {calendar.state === 'done' && <CalendarView entries={calendar.value} />}
        </>
      )}
    </Stack>
  );
}
