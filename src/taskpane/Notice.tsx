// One message in the pane (Fluent's MessageBar with its body and an optional title), so every panel says
// success, warnings and failures the same way. The MessageBar and its icons are not needed for the pane's first
// paint (the Kontrol tab shows no message until a check ran): they come in a chunk of their own, requested when this
// module is first read, so it has arrived long before a message is shown. Until then a message is not drawn at all
// (rather than drawn twice: its buttons must not be replaced under the user's pointer).
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { MessageBarIntent } from '@fluentui/react-components';

export interface NoticeProps {
  intent: MessageBarIntent;
  title?: ReactNode;
  children?: ReactNode;
}

let Bar: ComponentType<NoticeProps> | null = null;
const loading = import(/* webpackChunkName: "notice" */ './NoticeBar').then((m) => (Bar = m.default));
loading.catch(() => undefined); // a chunk that cannot load leaves the messages out; the pane's state says the rest

export function Notice(props: NoticeProps) {
  const [ready, setReady] = useState(Bar !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loading.then(() => live && setReady(true)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ready]);
  return ready && Bar ? <Bar {...props} /> : null;
}
