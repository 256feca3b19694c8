// One operator's export as data: rows, findings, explanations and metadata (the CLI and the pane write it out).
import { explainSheet } from '../explain/explain';
import type { WorkbookModel } from '../model/takstskema';
import type { Snapshot } from '../model/snapshot';
import type { ValidationResult } from '../rules/runner';
import { exportFindings, exportRows, rulesVersion, type ExportJson } from './tidy-export';

export interface ExportSource {
  name: string;
  sha256: string;
  productVersion: string;
}

export function buildExport(
  model: WorkbookModel,
  result: ValidationResult,
  source: ExportSource,
  snapshot: Snapshot | null,
  forced: boolean,
  now = new Date(),
): ExportJson {
  const first = model.sheets[0];
  return {
    schemaVersion: 1,
    metadata: {
      driftsherre: first?.driftsherre.value ?? null,
      sourceName: source.name,
      sourceSha256: source.sha256,
      productVersion: source.productVersion,
      rulesVersion: rulesVersion(),
      snapshot: snapshot ? { budgetYear: snapshot.budgetYear, sha256: snapshot.sha256, partial: snapshot.partial } : null,
      createdAt: now.toISOString(),
      forced,
      pl: { kommuner: first?.plKommuner.value ?? null, regioner: first?.plRegioner.value ?? null },
      overheadDriftsherre: first ? [first.overheadDriftsherre.y1, first.overheadDriftsherre.y2].map((o) => ({ year: o.year, pct: o.value })) : [],
      thresholds: { rateRisePp: first?.thresholds.rateRisePp.value ?? null, occupancyPct: first?.thresholds.occupancyPct.value ?? null },
    },
    rows: model.sheets.flatMap(exportRows),
    findings: exportFindings(result.findings),
    explanations: model.sheets
      .flatMap(explainSheet)
      .map((e) => ({ sheet: e.sheet, block: e.block + 1, tilbud: e.tilbud, afdeling: e.afdeling, total: e.total, components: e.components, reason: e.reason })),
  };
}
