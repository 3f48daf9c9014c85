// The Mantine theme: Chinese UI fonts and a compact density for 1366×768 screens.
import { createTheme } from '@mantine/core';

export const FONT_FAMILY = '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", system-ui, sans-serif';

export const theme = createTheme({
  fontFamily: FONT_FAMILY,
  fontFamilyMonospace: '"Sarasa Mono SC", "Noto Sans Mono CJK SC", "Microsoft YaHei", Consolas, monospace',
  primaryColor: 'blue',
  defaultRadius: 'sm',
  focusRing: 'auto',
  fontSizes: { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.125rem' },
  spacing: { xs: '0.5rem', sm: '0.625rem', md: '0.875rem', lg: '1.125rem', xl: '1.5rem' },
  headings: {
    fontFamily: FONT_FAMILY,
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.375rem', lineHeight: '1.35' },
      h2: { fontSize: '1.2rem', lineHeight: '1.35' },
      h3: { fontSize: '1.05rem', lineHeight: '1.4' },
      h4: { fontSize: '0.95rem', lineHeight: '1.4' },
      h5: { fontSize: '0.875rem', lineHeight: '1.4' },
      h6: { fontSize: '0.8125rem', lineHeight: '1.4' },
    },
  },
  components: {
    Button: { defaultProps: { size: 'xs' } },
    Badge: { defaultProps: { radius: 'sm' }, styles: { root: { textTransform: 'none' } } },
    TextInput: { defaultProps: { size: 'xs' } },
    Card: { defaultProps: { withBorder: true, padding: 'md' } },
    Paper: { defaultProps: { withBorder: true } },
    // The × of dialogs and drawers needs a name for screen readers (and for axe).
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': '关闭' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': '关闭' } } },
  },
});
