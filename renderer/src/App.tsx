import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { HashRouter } from 'react-router';
import { ErrorBoundary } from './components/ErrorBoundary';
import { AppInfoProvider } from './lib/AppInfoProvider';
import { LockGate } from './lock/LockGate';
import { AppRoutes } from './AppRoutes';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
        <ErrorBoundary>
          <HashRouter>
            <LockGate>
              <AppInfoProvider>
                <AppRoutes />
              </AppInfoProvider>
            </LockGate>
          </HashRouter>
        </ErrorBoundary>
      </DatesProvider>
    </MantineProvider>
  );
}
