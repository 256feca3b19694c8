// The pane's frame: Fluent's theme and the title; the content is the tabs or a message why it cannot run, and at
// the foot the "Om" line (the version and the year of last year's figures it carries). An error anywhere below is
// shown as the reload message, never a blank pane.
import type { ReactNode } from 'react';
import { FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from './ErrorBoundary';
import { About } from './About';

export function Frame({ children }: { children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme} lang="da">
      <header style={{ padding: '12px 12px 0 12px' }}>
        <Title3 as="h1">Takstskema</Title3>
      </header>
      <ErrorBoundary>{children}</ErrorBoundary>
      <About />
    </FluentProvider>
  );
}
