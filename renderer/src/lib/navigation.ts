// The left navigation, and the links into pages that several features make.
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconFileText,
  IconFlag,
  IconHome,
  IconSearch,
  IconSettings,
  IconTools,
  type TablerIcon,
} from '@tabler/icons-react';

export interface NavItem {
  path: string;
  label: string;
  icon: TablerIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: '工作台', icon: IconHome },
  { path: '/campaigns', label: '专项行动', icon: IconFlag },
  { path: '/self-check', label: '自查', icon: IconChecklist },
  { path: '/problems', label: '问题台账', icon: IconAlertTriangle },
  { path: '/rectification', label: '整改', icon: IconTools },
  { path: '/cases', label: '线索案件', icon: IconSearch },
  { path: '/stats', label: '统计报表', icon: IconChartBar },
  { path: '/documents', label: '文书', icon: IconFileText },
  { path: '/duties', label: '报送台账', icon: IconCalendarEvent },
  { path: '/settings', label: '设置', icon: IconSettings },
];

/** Whether a navigation item is the current page (专项行动, 自查 and 问题台账 cover their own sub-pages). */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.path === '/') return pathname === '/';
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}

export const roundHref = (id: number) => `/self-check/${id}`;
