// The status line every tab shares for its long work: a spinner while busy, what was done, or why it failed,
// announced to screen readers (aria-live). A tab adds its own buttons (Fortryd …) as children.
import type { ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';
import { Notice } from './Notice';

/** The states of one tab's work; a tab may add states of its own (a plan to review) beside these. */
export type TaskState = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; text: string } | { kind: 'failed'; message: string };

export function TaskStatus({
  state,
  failedTitle,
  children,
}: {
  state: { kind: string; what?: string; text?: string; message?: string };
  failedTitle: string;
  children?: ReactNode;
}) {
  return (
    <div role="status" aria-live="polite">
      {state.kind === 'busy' && <Spinner size="tiny" label={state.what} />}
      {state.kind === 'done' && <Notice intent="success">{state.text}</Notice>}
      {children}
      {state.kind === 'failed' && (
        <Notice intent="error" title={failedTitle}>
          {state.message}
        </Notice>
      )}
    </div>
  );
}
