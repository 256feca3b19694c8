// One message in the pane (Fluent's MessageBar with its body and an optional title), so every panel says
// success, warnings and failures the same way. The MessageBar and its icons are not needed for the pane's first
// paint (the Kontrol tab shows no message until a check ran): they come in a chunk of their own, requested when this
// module is first read, so it has arrived long before a message is shown. Until then a message is not drawn at all
// (rather than drawn twice: its buttons must not be replaced under the user's pointer).
import { lazyModule } from './lazy-module';
import type { NoticeProps } from './NoticeBar';

export type { NoticeProps };

const bar = lazyModule(() => import(/* webpackChunkName: "notice" */ './NoticeBar'));
bar.load().catch(() => undefined); // a chunk that cannot load leaves the messages out; the pane's state says the rest

export function Notice(props: NoticeProps) {
  const m = bar.useModule();
  return m ? <m.default {...props} /> : null;
}
