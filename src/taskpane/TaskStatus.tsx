// The status line every tab shares for its long work: a spinner while busy (a bar with "fil 2 af 3" where the work
// has steps, and Annullér where it can be stopped), what was done, or why it failed, announced to screen readers
// (aria-live). A tab adds its own buttons (Fortryd …) as children.
import type { ReactNode } from 'react';
import { Button, Field, ProgressBar, Spinner } from '@fluentui/react-components';
import { Notice } from './Notice';

/** How far a long piece of work is: `done` of `total` steps. */
export interface Steps {
  done: number;
  total: number;
}

export function TaskStatus({
  state,
  failedTitle,
  onCancel,
  children,
}: {
  state: { kind: string; what?: string; text?: string; message?: string; steps?: Steps };
  failedTitle: string;
  /** Shown as Annullér while busy: the work stops at its next step and nothing is written. */
  onCancel?: () => void;
  children?: ReactNode;
}) {
  return (
    <div role="status" aria-live="polite">
      {state.kind === 'busy' &&
        (state.steps ? (
          <Field validationMessage={state.what} validationState="none">
            <ProgressBar value={state.steps.done} max={state.steps.total} thickness="large" aria-label={state.what} />
          </Field>
        ) : (
          <Spinner size="tiny" label={state.what} />
        ))}
      {state.kind === 'busy' && onCancel && (
        <Button size="small" onClick={onCancel} style={{ marginTop: 4 }}>
          Annullér
        </Button>
      )}
      {state.kind === 'done' && <Notice intent="success">{state.text}</Notice>}
      {state.kind === 'cancelled' && <Notice intent="info">{state.text}</Notice>}
      {children}
      {state.kind === 'failed' && (
        <Notice intent="error" title={failedTitle}>
          {state.message}
        </Notice>
      )}
    </div>
  );
}
