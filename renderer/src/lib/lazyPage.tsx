// A page whose code is fetched the first time it is opened, so that the window's
// start carries only what the first screen needs (the 文书 editor, its preview
// and the statistics tables come in chunks of their own).
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';

export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPage() {
    return (
      <Suspense
        fallback={
          <Center py="xl">
            <Loader size="sm" aria-label="正在载入页面" />
          </Center>
        }
      >
        <Page />
      </Suspense>
    );
  };
}
