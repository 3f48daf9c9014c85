// A confirmation that needs a sentence first: a reason, a description.
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal, type ConfirmModalProps } from './ConfirmModal';

interface Props extends Omit<ConfirmModalProps, 'onConfirm' | 'disabled'> {
  label: string;
  placeholder?: string;
  initial?: string;
  maxLength: number;
  minRows?: number;
  fieldTestId?: string;
  onConfirm: (text: string) => Promise<void | boolean>;
}

export function TextPromptModal({ label, placeholder, initial = '', maxLength, minRows = 2, fieldTestId, onConfirm, children, ...rest }: Props) {
  const [text, setText] = useState(initial);
  return (
    <ConfirmModal {...rest} disabled={!text.trim()} onConfirm={() => onConfirm(text.trim())}>
      {children}
      <Textarea
        label={label}
        placeholder={placeholder}
        required
        autosize
        minRows={minRows}
        maxRows={10}
        maxLength={maxLength}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-autofocus
        data-testid={fieldTestId}
      />
    </ConfirmModal>
  );
}
