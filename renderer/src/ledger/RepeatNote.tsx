// 屡查屡犯: this problem resembles one already signed off (same department and
// category, similar text); the note links to the earlier one.
import { Alert, Anchor } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { Link } from 'react-router';
import { call } from '../api';
import { useApi } from '../lib/useApi';

export function RepeatNote({ problemId }: { problemId: number }) {
  const earlier = useApi(() => call('ledger.repeatOf', { id: problemId }), [problemId]);
  if (earlier.state !== 'done' || !earlier.value) return null;
  const e = earlier.value;
  return (
    <Alert color="red" variant="light" icon={<IconRepeat size={18} />} mb="sm" py="xs" title="屡查屡犯" data-testid="repeat-note">
      与已销号的问题{' '}
      <Anchor component={Link} to={`/problems/${e.id}`} size="sm" data-testid="repeat-link">
        {e.number}
      </Anchor>
      （{e.description.length > 40 ? `${e.description.slice(0, 40)}…` : e.description}）同一科室、同一类别、内容相似，请查明前次整改为何未能根治。
    </Alert>
  );
}
