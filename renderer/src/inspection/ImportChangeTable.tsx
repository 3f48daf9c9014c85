// What an import would change, item by item; where the office changed an answer
// after the workbook was exported, the officer chooses which one stands.
import { Badge, ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import type { Question } from '../../../shared/inspection';
import type { ConflictChoice, WorkbookChange } from '../../../shared/workbook';
import { momentText } from '../lib/format';
import { answerText } from './answerText';

interface Props {
  changes: WorkbookChange[];
  questions: ReadonlyMap<string, Question>;
  choices: Record<string, ConflictChoice>;
  onChoose: (elementId: string, choice: ConflictChoice) => void;
}

function Side({ value, note, question }: { value: WorkbookChange['before']; note: string; question: Question | undefined }) {
  return (
    <>
      <Text size="sm" c={value ? undefined : 'dimmed'} className="zc-prewrap">
        {answerText(value, question)}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          备注：{note}
        </Text>
      )}
    </>
  );
}

export function ImportChangeTable({ changes, questions, choices, onChoose }: Props) {
  return (
    <ScrollArea.Autosize mah="55vh" type="auto">
      <Table withTableBorder verticalSpacing={6} fz="sm" stickyHeader data-testid="import-changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>序号</Table.Th>
            <Table.Th>检查内容</Table.Th>
            <Table.Th w="22%">当前答案</Table.Th>
            <Table.Th w="22%">导入的答案</Table.Th>
            <Table.Th w={190}>采用</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.elementId} bg={c.conflict ? 'orange.0' : undefined} data-testid={`import-change-${c.elementId}`} data-conflict={c.conflict || undefined}>
              <Table.Td>{c.no}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3}>
                  {c.text}
                </Text>
              </Table.Td>
              <Table.Td>
                <Side value={c.before} note={c.beforeNote} question={questions.get(c.elementId)} />
                {c.conflict && c.currentUpdatedBy && (
                  <Text size="xs" c="orange.9">
                    导出后由 {c.currentUpdatedBy}
                    {c.currentUpdatedAt ? ` 于 ${momentText(c.currentUpdatedAt)}` : ''} 修改
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Side value={c.after} note={c.afterNote} question={questions.get(c.elementId)} />
              </Table.Td>
              <Table.Td>
                {c.conflict ? (
                  <SegmentedControl
                    size="xs"
                    aria-label={`第 ${c.no} 项采用哪个答案`}
                    data={[
                      { value: 'workbook', label: '以导入为准' },
                      { value: 'current', label: '保留当前' },
                    ]}
                    value={choices[c.elementId] ?? ''}
                    onChange={(v) => onChoose(c.elementId, v === 'current' ? 'current' : 'workbook')}
                    color="orange"
                    data-testid={`conflict-choice-${c.elementId}`}
                  />
                ) : (
                  <Badge variant="light" color="blue" size="sm">
                    以导入为准
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
