// A date typed or picked, in Chinese, opening on the office's today. Typed dates are
// read as officers write them (2020-12-05, 2020/12/5, 2020.12.5, 2020年12月5日); text
// that is not a date is kept on screen with a message instead of being dropped. The
// picker is ours to open and close: Enter and Esc close only the picker, so a dialog
// around the field stays open with everything typed in it.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useRef, useState, type KeyboardEvent } from 'react';
import { chineseDate, localIsoDate, parseTypedDate } from '../../../shared/dates';
import { useAppInfo } from '../lib/AppInfoProvider';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'dateParser'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

const UNREADABLE = '无法识别的日期，请按 2020-12-05 或 2020年12月5日 填写';

function rangeText(min: string | null, max: string | null): string {
  if (min && max) return `日期应在 ${chineseDate(min)} 至 ${chineseDate(max)} 之间`;
  if (min) return `日期不能早于 ${chineseDate(min)}`;
  return `日期不能晚于 ${chineseDate(max ?? '')}`;
}

const isoOfBound = (d: DateInputProps['minDate']) => (d === undefined ? null : typeof d === 'string' ? d.slice(0, 10) : localIsoDate(d));

export function DateField({ value, onChange, error, onKeyDown, onFocus, onBlur, onClick, popoverProps, getDayProps, clearButtonProps, ...rest }: Props) {
  const { today } = useAppInfo().info;
  const [open, setOpen] = useState(false);
  /** What is typed but not (yet) a date; shown back with a message on leaving the field. */
  const [pending, setPending] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  /** Set while Enter leaves and re-enters the field to show the date as stored. */
  const refocusing = useRef(false);
  const typed = pending === null || pending.trim() === '' ? null : parseTypedDate(pending);
  const [min, max] = [isoOfBound(rest.minDate), isoOfBound(rest.maxDate)];
  // A real date outside the allowed range is refused by the picker; keep it on screen with the reason.
  const outOfRange = typed !== null && ((min !== null && typed < min) || (max !== null && typed > max));
  const badText = (pending !== null && pending.trim() !== '' && typed === null) || outOfRange;
  const settle = () => {
    setOpen(false);
    setUnreadable(badText);
  };
  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (open && (e.key === 'Escape' || e.key === 'Enter')) {
      e.preventDefault();
      settle();
      if (e.key === 'Enter' && !badText) {
        // Leaving the field is what makes the input show 2020年12月5日 as 2020-12-05.
        const input = e.currentTarget;
        refocusing.current = true;
        input.blur();
        input.focus();
        refocusing.current = false;
      }
    }
    onKeyDown?.(e);
  };
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
      fixOnBlur={!badText}
      dateParser={parseTypedDate}
      error={error ?? (unreadable ? (outOfRange ? rangeText(min, max) : UNREADABLE) : undefined)}
      onChange={(v) => {
        setPending(null);
        setUnreadable(false);
        onChange(v);
      }}
      onInput={(e) => {
        setPending(e.currentTarget.value);
        setUnreadable(false);
        setOpen(true);
      }}
      onKeyDown={keyDown}
      onFocus={(e) => {
        if (!refocusing.current) setOpen(true);
        onFocus?.(e);
      }}
      onClick={(e) => {
        setOpen(true);
        onClick?.(e);
      }}
      onBlur={(e) => {
        settle();
        onBlur?.(e);
      }}
      // The dialog around the field listens for Esc on the window; this attribute tells
      // it the key belongs to the open picker.
      data-mantine-stop-propagation={open ? 'true' : undefined}
      popoverProps={{ ...popoverProps, opened: open }}
      getDayProps={(day) => ({
        ...getDayProps?.(day),
        onClick: (event) => {
          getDayProps?.(day).onClick?.(event);
          setOpen(false);
        },
      })}
      clearButtonProps={{ 'aria-label': '清除日期', ...clearButtonProps }}
      {...rest}
    />
  );
}
