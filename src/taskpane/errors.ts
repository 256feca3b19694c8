// Office errors in plain Danish: what happened and what the user can do. The raw error goes to the console
// through @microsoft/office-js-helpers' logger, loaded only when an error occurs (see docs/decisions.md).
import { RunError } from '../core/errors';

const BY_CODE: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel er ved at redigere en celle. Tryk Enter eller Esc i cellen, og prøv igen.',
  AccessDenied: 'Excel tillader ikke ændringen. Er arket eller arbejdsbogen beskyttet? Fjern beskyttelsen, og prøv igen.',
  InvalidOperation: 'Excel tillader ikke ændringen lige nu. Er arket beskyttet, eller er en anden dialog åben?',
  ItemNotFound: 'Et ark eller en celle findes ikke længere (omdøbt eller slettet). Kontrollér igen.',
  RequestPayloadSizeLimitExceeded: 'Arbejdsbogen er for stor til én forespørgsel i Excel på nettet. Prøv i Excel på skrivebordet.',
  ResponsePayloadSizeLimitExceeded: 'Arbejdsbogen er for stor til én forespørgsel i Excel på nettet. Prøv i Excel på skrivebordet.',
  GeneralException: 'Excel meldte en uventet fejl. Gem arbejdsbogen, og prøv igen.',
};

export function describeError(e: unknown): string {
  // The run's own refusals (a mapping, a snapshot, a protected sheet) already say what to do, in Danish.
  if (e instanceof RunError) return e.message;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && BY_CODE[code]) return BY_CODE[code];
  const message = e instanceof Error ? e.message : String(e);
  return `Noget gik galt: ${message}`;
}

/** Logs the error with Office's debug info (statement and location) for support; never throws. */
export function logError(e: unknown): void {
  import(/* webpackChunkName: "office-helpers" */ '@microsoft/office-js-helpers')
    .then((h) => h.Utilities.log(e instanceof Error ? e : String(e)))
    .catch(() => console.error(e));
}
