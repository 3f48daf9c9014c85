// Catches rendering errors so the window never goes blank.
import { Button, Container, Group } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a shown error is cleared. */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Container size="sm" py="xl">
        <ErrorAlert title="这个页面出现了问题" message={`页面未能正常显示：${error.message}\n可以重试，或返回工作台。`} />
        <Group mt="md">
          <Button onClick={() => this.setState({ error: null })}>重试</Button>
          <Button
            variant="default"
            onClick={() => {
              window.location.hash = '#/';
              this.setState({ error: null });
            }}
          >
            返回工作台
          </Button>
        </Group>
      </Container>
    );
  }
}
