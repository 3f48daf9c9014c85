import { Skeleton, Stack } from '@mantine/core';

/** A few grey bars while something loads. */
export function LoadingBlock({ rows = 4, label = '正在加载' }: { rows?: number; label?: string }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label={label}>
      <Skeleton height={22} width="40%" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={56} />
      ))}
    </Stack>
  );
}
