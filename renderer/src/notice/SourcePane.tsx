// The notice's text as extracted, line breaks kept, with the span of the selected
// element marked and scrolled to. Rendered as three text segments, never as HTML.
import { Paper, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { SourceSpan } from '../../../shared/noticeProposal';
import { centerInPane } from './scroll';

export function SourcePane({ name, text, span }: { name: string; text: string; span: SourceSpan | null }) {
  const mark = useRef<HTMLElement>(null);
  const start = span ? Math.max(0, Math.min(span.start, text.length)) : 0;
  const end = span ? Math.max(start, Math.min(span.end, text.length)) : 0;
  useEffect(() => {
    centerInPane(mark.current);
  }, [start, end]);
  return (
    <Paper withBorder p="md" className="zc-notice-source" data-testid="source-pane">
      <Text size="xs" c="dimmed" mb="xs">
        原文：{name}
      </Text>
      <div className="zc-notice-text">
        {span && end > start ? (
          <>
            {text.slice(0, start)}
            <mark ref={mark} className="zc-mark" data-testid="source-mark">
              {text.slice(start, end)}
            </mark>
            {text.slice(end)}
          </>
        ) : (
          text
        )}
      </div>
    </Paper>
  );
}
