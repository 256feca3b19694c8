// What the pane shows instead of going blank: a chunk that no longer exists on the server (a new release replaced
// it while the pane was open) or any error while drawing. It says so in Danish with a Genindlæs button, and uses
// only what the pane's first chunk holds (no MessageBar, no engine), so it can always be drawn. The workbook is not
// touched: its marks and the undo record stay as they are.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';

/** True for webpack's and the browser's words for a script that could not be fetched. */
export function isChunkLoadError(e: unknown): boolean {
  const err = e as { name?: unknown; message?: unknown } | null;
  const text = `${String(err?.name ?? '')} ${String(err?.message ?? '')}`;
  return /ChunkLoadError|Loading (CSS )?chunk .* failed|Failed to fetch dynamically imported module|error loading dynamically imported module/i.test(text);
}

/** The title and text for an error: an update of Takstskema, or a failure of the pane. */
export function reloadMessage(e: unknown): { title: string; text: string } {
  if (isChunkLoadError(e))
    return {
      title: 'Takstskema er blevet opdateret',
      text: 'En ny version af Takstskema er lagt op, mens ruden var åben, og en del af den gamle findes ikke længere. Genindlæs ruden for at bruge den nye version. Arbejdsbogen er ikke ændret: markeringer og muligheden for at fortryde er der stadig.',
    };
  const message = e instanceof Error ? e.message : String(e);
  return {
    title: 'Ruden stødte på en fejl',
    text: `Takstskema kunne ikke vise denne del af ruden (${message}). Genindlæs ruden, og prøv igen. Arbejdsbogen er ikke ændret af fejlen.`,
  };
}

export function ReloadMessage({ error }: { error: unknown }) {
  const { title, text } = reloadMessage(error);
  return (
    <div role="alert" style={{ padding: 12, border: '1px solid #c8c6c4', borderRadius: 4, margin: 8, background: '#fff4ce' }}>
      <Subtitle2 as="h2" style={{ display: 'block', marginBottom: 4 }}>
        {title}
      </Subtitle2>
      <Body1 as="p" style={{ margin: '0 0 8px 0' }}>
        {text}
      </Body1>
      <Button appearance="primary" onClick={() => window.location.reload()}>
        Genindlæs
      </Button>
    </div>
  );
}

interface State {
  error: unknown;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('ukendt fejl') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('Takstskema: ruden viste en fejl i stedet for at gå i stå', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <ReloadMessage error={this.state.error} /> : this.props.children;
  }
}
