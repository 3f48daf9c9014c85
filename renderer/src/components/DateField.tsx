// A date typed or picked as YYYY-MM-DD, in Chinese, opening on the office's today.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useAppInfo } from '../lib/AppInfoProvider';

type Props = Omit<DateInputProps, 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

export function DateField({ value, onChange, ...rest }: Props) {
  const { today } = useAppInfo().info;
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      locale="zh-cn"
      monthLabelFormat="YYYY年M月"
      yearLabelFormat="YYYY年"
      monthsListFormat="M月"
      clearable
      size="xs"
      placeholder="YYYY-MM-DD，可不填"
      defaultDate={value ?? today}
      value={value}
      onChange={onChange}
      {...rest}
    />
  );
}
