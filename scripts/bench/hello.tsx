// The floor for the pane's bundle: a React + Fluent "hello" pane, built with the same webpack settings.
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">Hej</Button>
  </FluentProvider>,
);
