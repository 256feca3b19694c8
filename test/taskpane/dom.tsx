// What the pane's jsdom tests share: the browser APIs jsdom 20 lacks (every browser has them), and the pane
// rendered over a port with the bundled snapshot.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../../src/core/port';
import { Tabs } from '../../src/taskpane/Tabs';
import { bundledSnapshot } from '../../src/taskpane/bundled-snapshot';

class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}

export function installDomShims(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.ResizeObserver ??= NoResize;
  g.TextEncoder ??= TextEncoder;
  g.TextDecoder ??= TextDecoder;
  // jsdom has no object URLs; the pane makes them for downloads (the export, the mapping file).
  const url = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
  url.createObjectURL ??= () => `blob:test/${Math.random().toString(36).slice(2)}`;
  url.revokeObjectURL ??= () => undefined;
}

export function renderTaskPane(port: WorkbookPort) {
  installDomShims();
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Tabs port={port} snapshot={bundledSnapshot()} />
    </FluentProvider>,
  );
  return { user, ...view };
}
