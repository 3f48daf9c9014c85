// The Mantine theme: Chinese UI fonts, a compact density for 1366×768 screens, and
// colours that meet WCAG AA (4.5:1): Mantine's default shades 7–9 of the bright
// palettes are darkened until white text on them, and their text on their light
// backgrounds, reach 4.6:1 (tests/e2e/accessibility.test.ts runs axe on every page).
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

export const FONT_FAMILY = '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", system-ui, sans-serif';

export const theme = createTheme({
  fontFamily: FONT_FAMILY,
  fontFamilyMonospace: '"Sarasa Mono SC", "Noto Sans Mono CJK SC", "Microsoft YaHei", Consolas, monospace',
  primaryColor: 'blue',
  // Filled buttons and badges, outlines and coloured text use shade 8, hovers shade 9.
  primaryShade: { light: 8, dark: 8 },
  colors: {
    red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#fa5252', '#d83838', '#d32e2e', '#ad2424'],
    blue: ['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#339af0', '#228be6', '#1a76c9', '#196fbe', '#165a9a'],
    cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#15aabf', '#0d8091', '#0b7a8d', '#0a697a'],
    teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0a8560', '#08805c', '#077050'],
    green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#40c057', '#298439', '#267e36', '#237133'],
    lime: ['#f4fce3', '#e9fac8', '#d8f5a2', '#c0eb75', '#a9e34b', '#94d82d', '#82c91e', '#51810f', '#4b7c0b', '#48730a'],
    yellow: ['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419', '#fab005', '#a26900', '#a35f00', '#a15300'],
    orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#c15005', '#be490a', '#a9380c'],
    indigo: ['#edf2ff', '#dbe4ff', '#bac8ff', '#91a7ff', '#748ffc', '#5c7cfa', '#4c6ef5', '#4263eb', '#3b5bdb', '#3249b7'],
    violet: ['#f3f0ff', '#e5dbff', '#d0bfff', '#b197fc', '#9775fa', '#845ef7', '#7950f2', '#7048e8', '#6741d9', '#5939b8'],
  } satisfies Record<string, MantineColorsTuple>,
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
    Pagination: {
      defaultProps: {
        getItemProps: (page: number) => ({ 'aria-label': `第 ${page} 页` }),
        getControlProps: (control: 'first' | 'previous' | 'last' | 'next') => ({
          'aria-label': { first: '第一页', previous: '上一页', next: '下一页', last: '最后一页' }[control],
        }),
      },
    },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': '关闭' } } },
  },
});

/** Dimmed text and placeholders dark enough for 4.5:1 on white and on the light panels. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5f666d', '--mantine-color-placeholder': '#6b7280' },
  dark: {},
});
