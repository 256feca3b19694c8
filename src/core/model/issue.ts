// The first problem zod found in a parsed file, as the messages name it: "columns.Tilbud: Invalid input".
import type { z } from 'zod';

export function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  return `${i.path.join('.') || '(roden)'}: ${i.message}`;
}
