// 标记不适用: the selected items are set aside with a reason (e.g. 本院未开展该项业务).
import { Text } from '@mantine/core';
import { TextPromptModal } from '../components/TextPromptModal';

interface Props {
  count: number;
  onClose: () => void;
  /** Resolves to false when the change did not go through (the bulk bar says why). */
  onConfirm: (reason: string) => Promise<boolean>;
}

export function NotApplicableModal({ count, onClose, onConfirm }: Props) {
  return (
    <TextPromptModal
      opened
      onClose={onClose}
      title={`将 ${count} 项标记为不适用`}
      label="不适用的原因"
      placeholder="例如：本院未开展人类辅助生殖技术"
      maxLength={500}
      confirmLabel="标记不适用"
      color="blue"
      testId="confirm-na"
      fieldTestId="na-reason"
      onConfirm={onConfirm}
    >
      <Text size="sm">不适用的项不计入进度，也不需要作答；已填的答案会保留，恢复适用后可以继续修改。</Text>
    </TextPromptModal>
  );
}
