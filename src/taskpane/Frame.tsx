// The pane's frame: Fluent's theme and the title; the content is the tabs or a message why it cannot run.
import type { ReactNode } from 'react';
import { FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';

export function Frame({ children }: { children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme} lang="da">
      <header style={{ padding: '12px 12px 0 12px' }}>
        <Title3 as="h1">Takstskema</Title3>
      </header>
      {children}
    </FluentProvider>
  );
}
