// The task pane's entry: mounts the React app once Office is ready (the pane's checks arrive with the task-pane issue).
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';

function mount(): void {
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined') Office.onReady(() => mount());
else mount();
