// Notice's Fluent MessageBar, in a chunk of its own (see Notice.tsx).
import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from '@fluentui/react-components';

export interface NoticeProps {
  intent: MessageBarIntent;
  title?: ReactNode;
  children?: ReactNode;
}

export default function NoticeBar({ intent, title, children }: NoticeProps) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
