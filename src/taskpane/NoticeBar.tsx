// Notice's Fluent MessageBar, in a chunk of its own (see Notice.tsx).
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { NoticeProps } from './Notice';

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
