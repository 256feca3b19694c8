// One message in the pane (Fluent's MessageBar with its body and an optional title), so every panel says
// success, warnings and failures the same way.
import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from '@fluentui/react-components';

export function Notice({ intent, title, children }: { intent: MessageBarIntent; title?: ReactNode; children?: ReactNode }) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
