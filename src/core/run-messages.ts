// Every message a run can stop with, by id, in Danish and English: the run's half of the ESLint analogy (a rule's
// `meta.messages` are the findings' half). A throw site names the message and gives its data; the text is written
// here only. Each message has a code in the catalogue of core/errors.ts (which says the exit code); a few generic
// ones (a text file that is not JSON) take the code of the input they were asked to read. Kept apart from
// core/errors.ts so that the pane's first chunk, which only tells a RunError apart, does not carry every text.
import { renderErrorCodes, RunError, type RunErrorCode } from './errors';

interface RunMessage<D> {
  code: RunErrorCode;
  da: (d: D) => string;
  en: (d: D) => string;
}

const msg = <D = Record<string, never>>(code: RunErrorCode, da: (d: D) => string, en: (d: D) => string): RunMessage<D> => ({ code, da, en });

/** A count as Danish writes it (1.048.576), kept here so the catalogue needs no formatter. */
const dk = (n: number | string) => (typeof n === 'number' ? n.toLocaleString('da-DK') : n);

type Path = { path: string };
type File = { file: string };
type Target = { target: string };
/** A text input that turned out not to be one: what it was asked to be ("en JSON-fil") and what to do instead. */
type TextInput = { path: string; what: string; advice?: string };

export const RUN_MESSAGES = {
  // The file itself
  fileNotFound: msg<Path>(
    'not-found',
    (d) => `Filen findes ikke: ${d.path}`,
    (d) => `File not found: ${d.path}`,
  ),
  notAFile: msg<Path>(
    'not-found',
    (d) => `Ikke en fil: ${d.path}`,
    (d) => `Not a file: ${d.path}`,
  ),
  fileTooLarge: msg<Path & { size: string; limit: string }>(
    'too-large',
    (d) => `Filen er for stor (${d.size}; grænsen er ${d.limit}): ${d.path}`,
    (d) => `The file is too large (${d.size}; the limit is ${d.limit})`,
  ),
  textFileTooLarge: msg<TextInput & { limit: string }>(
    'too-large',
    (d) => `${d.path} er større end ${d.limit} og er ikke ${d.what} til takst`,
    () => 'File too large',
  ),
  xlsxNotText: msg<TextInput>(
    'bad-argument',
    (d) => `${d.path} er en Excel- eller zip-fil, ikke ${d.what}${d.advice ?? ''}`,
    () => 'An xlsx or zip file',
  ),
  emptyFile: msg<TextInput>(
    'bad-argument',
    (d) => `${d.path} er tom, ikke ${d.what}`,
    () => 'The file is empty',
  ),
  binaryFile: msg<TextInput>(
    'bad-argument',
    (d) => `${d.path} er ikke en tekstfil og dermed ikke ${d.what}${d.advice ?? ''}`,
    () => 'Not a text file',
  ),
  invalidJson: msg<Path & { detail: string }>(
    'bad-argument',
    (d) => `${d.path} er ikke gyldig JSON (${d.detail})`,
    () => 'Not valid JSON',
  ),
  encrypted: msg<File>(
    'encrypted',
    (d) => `Filen er adgangskodebeskyttet eller en gammel .xls-fil og kan ikke læses: ${d.file}. Gem den som .xlsx uden adgangskode.`,
    () => 'The file is password-protected or an old .xls file; save it as .xlsx without a password.',
  ),
  notXlsx: msg<File>(
    'not-xlsx',
    (d) =>
      `Filen er ikke en Excel-arbejdsbog (.xlsx)${
        /\.(csv|txt)$/i.test(d.file) ? ' (en CSV-tabel læses af takst fill --from … --mapping)' : /\.xls$/i.test(d.file) ? ' (gem den i Excel som .xlsx)' : ''
      }: ${d.file}`,
    () => 'The file is not an Excel workbook (.xlsx)',
  ),
  zipBomb: msg<File & { limit: string }>(
    'zip-bomb',
    (d) => `Filen udpakker til mere end ${d.limit} og afvises: ${d.file}`,
    (d) => `The file expands beyond ${d.limit} and is refused`,
  ),
  partTooLarge: msg<File & { part: string; size: string; limit: string }>(
    'too-large',
    (d) => `Delen ${d.part} fylder ${d.size} udpakket; grænsen for en del er ${d.limit}: ${d.file}`,
    (d) => `The part ${d.part} is too large`,
  ),
  partTooManyElements: msg<File & { part: string; limit: number; what: string; tag: string }>(
    'too-large',
    (d) => `${d.part} har over ${dk(d.limit)} ${d.what}: ${d.file}`,
    (d) => `The part ${d.part} has more than ${d.limit} <${d.tag}> elements`,
  ),
  corrupt: msg<File & { detail: string }>(
    'corrupt',
    (d) => `Filen er beskadiget og kan ikke læses (${d.detail}): ${d.file}`,
    () => 'The file is damaged and cannot be read',
  ),

  // Its sheets
  sheetOverLimit: msg<File & { n: number; limit: number; unit: 'rows' | 'cells' }>(
    'too-many-rows',
    (d) => `Et ark har ${dk(d.n)} ${d.unit === 'rows' ? 'rækker' : 'celler'} eller flere; grænsen er ${dk(d.limit)}: ${d.file}`,
    (d) => `A sheet has ${d.n} ${d.unit} or more; the limit is ${d.limit}`,
  ),
  sheetTooManyRows: msg<{ sheet: string; rows: number; limit: number }>(
    'too-many-rows',
    (d) => `Arket "${d.sheet}" har ${d.rows} rækker; grænsen er ${d.limit}`,
    (d) => `Sheet "${d.sheet}" has too many rows`,
  ),
  mergedTooMany: msg<File & { sheet: string; limit: number }>(
    'too-many-rows',
    (d) => `Arket "${d.sheet}" har flettede områder over mere end ${dk(d.limit)} celler: ${d.file}`,
    () => 'Merged areas cover too many cells',
  ),
  formattedTooMany: msg<File & { sheet: string; limit: number }>(
    'too-many-rows',
    (d) => `Arket "${d.sheet}" har formaterede celler ud over ${dk(d.limit)}: ${d.file}`,
    (d) => `The sheet's formatted cells exceed ${d.limit}`,
  ),
  sheetNotFound: msg<{ sheet: string }>(
    'no-such-sheet',
    (d) => `Arket "${d.sheet}" findes ikke`,
    (d) => `Sheet "${d.sheet}" not found`,
  ),
  sheetNotInFile: msg<File & { sheet: string; names: string }>(
    'no-such-sheet',
    (d) => `Arket "${d.sheet}" findes ikke i ${d.file} (arkene er ${d.names})`,
    (d) => `Sheet "${d.sheet}" not found`,
  ),
  noTakstskema: msg<File & { sheet?: string; reason: string; oldLayout: boolean }>(
    'no-takstskema',
    (d) =>
      `${d.file}: ${d.sheet ? `arket "${d.sheet}" er ikke et takstskema` : 'intet af arkene er et takstskema'} (${d.reason})${
        d.oldLayout ? `; det ligner sidste års gamle, lodrette skema: udfyld 2027-skemaet fra det med takst fill --from ${d.file}` : ''
      }`,
    () => 'No takstskema sheet found',
  ),
  neitherSkema: msg<File>(
    'no-takstskema',
    (d) => `${d.file}: hverken et takstskema (2027) eller det gamle skema (2026)`,
    () => 'neither a takstskema (2027) nor the old skema (2026)',
  ),
  skemaWithoutSheet: msg(
    'no-takstskema',
    () => 'Skemaet har intet takstskema-ark',
    () => 'No takstskema sheet',
  ),
  noneReadable: msg<{ count: number }>(
    'no-takstskema',
    (d) => `Ingen af de ${d.count} filer kunne læses; intet er skrevet`,
    () => 'None of the files could be read',
  ),

  // The command's arguments
  textOrJson: msg<{ format: string }>(
    'bad-argument',
    (d) => `--format skal være text eller json: ${d.format}`,
    () => '--format must be text or json',
  ),
  exportFormat: msg<{ format: string }>(
    'bad-argument',
    (d) => `--format skal være xlsx, csv og/eller json: ${d.format}`,
    () => 'bad --format',
  ),
  yearArgument: msg<{ value: string }>(
    'bad-argument',
    (d) => `--year skal være et årstal: ${d.value}`,
    () => '--year must be a year',
  ),
  wholeNumberArgument: msg<{ name: string; value: string; min: number; max: number }>(
    'bad-argument',
    (d) => `--${d.name} skal være et helt tal fra ${d.min} til ${d.max}: ${d.value}`,
    (d) => `--${d.name} must be a whole number from ${d.min} to ${d.max}`,
  ),
  percentArgument: msg<{ name: string; value: string }>(
    'bad-argument',
    (d) => `--${d.name} skal være en procentsats, f.eks. 3,10: ${d.value}`,
    (d) => `--${d.name} must be a percent`,
  ),
  outOrDryRun: msg(
    'bad-argument',
    () => 'Angiv --out <ny.xlsx> eller --dry-run',
    () => 'Give --out or --dry-run',
  ),
  intoOrDriftsherre: msg(
    'bad-argument',
    () => 'Angiv enten --into <skema.xlsx> eller --driftsherre <navn>',
    () => 'Give --into or --driftsherre',
  ),
  nothingToFill: msg<{ files: string }>(
    'bad-argument',
    (d) => `${d.files} har ingen tal at udfylde`,
    () => 'Nothing to fill',
  ),
  tooManyOffers: msg<{ files: string; offers: string; max: string }>(
    'bad-argument',
    (d) =>
      `${d.files} har ${d.offers} forskellige tilbud; et takstskema kan højst have ${d.max} blokke (et landsdækkende skema har omkring 6.600); del udtrækket op`,
    () => 'Too many offers for one skema',
  ),
  noInputFiles: msg(
    'bad-argument',
    () => 'Ingen .json-, .csv- eller .xlsx-filer at samle',
    () => 'No input files',
  ),
  onlyXlsx: msg<Target>(
    'bad-argument',
    (d) => `takst skriver kun .xlsx: ${d.target} ville miste sine makroer eller sit format og kunne ikke åbnes i Excel; angiv --out som .xlsx`,
    () => 'Only .xlsx is written (macros would be lost)',
  ),
  trailingSlash: msg<Target>(
    'bad-argument',
    (d) => `${d.target} slutter med en skråstreg og er derfor en mappe; angiv et filnavn, fx ${d.target}kopi.xlsx`,
    () => 'A trailing slash names a folder',
  ),
  folderNotFound: msg<{ dir: string }>(
    'bad-argument',
    (d) => `Mappen findes ikke: ${d.dir}`,
    () => 'Folder not found',
  ),

  // The secretariat's inputs: exports of takst export
  notAnExportJson: msg<{ detail: string }>(
    'bad-argument',
    (d) => `ikke en eksport fra takst export (${d.detail})`,
    () => 'not an export written by takst export',
  ),
  notAnExportCsv: msg<File>(
    'bad-argument',
    (d) => `${d.file} er ikke en CSV-eksport fra takst export (første linje er ikke eksportens overskrifter)`,
    () => 'not a CSV export written by takst export (its first line is not the export header)',
  ),
  exportCsvLine: msg<File & { line: number; problem: string }>(
    'bad-argument',
    (d) => `${d.file} linje ${d.line}: ${d.problem}`,
    (d) => `line ${d.line} cannot be read`,
  ),
  exportNotANumber: msg<{ where: string; value: string; column: string }>(
    'bad-argument',
    (d) => `${d.where}: "${d.value}" i kolonnen ${d.column} er ikke et tal`,
    (d) => `"${d.value}" in the column ${d.column} is not a number`,
  ),
  exportBadRow: msg<{ where: string; detail: string }>(
    'bad-argument',
    (d) => `${d.where} er ikke en eksportrække (${d.detail})`,
    () => 'not an export row',
  ),
  exportXlsxUnreadable: msg<File & { detail: string }>(
    'bad-argument',
    (d) => `${d.file} ligner en eksport fra takst export, men kan ikke læses (${d.detail})`,
    () => 'looks like an export of takst export but cannot be read',
  ),

  // Outputs
  outputIsInput: msg<Target & { input: string }>(
    'would-overwrite',
    (d) => `Uddata må ikke overskrive inddata: ${d.target} er ${d.input}`,
    () => 'The output must not overwrite an input file',
  ),
  outputIsFolder: msg<Target>(
    'would-overwrite',
    (d) => `${d.target} er en mappe; angiv et filnavn`,
    (d) => `${d.target} is a folder`,
  ),
  notRegularFile: msg<Target>(
    'would-overwrite',
    (d) => `${d.target} er ikke en almindelig fil (en enhed, et rør eller en sokkel) og overskrives aldrig`,
    (d) => `${d.target} is not a regular file`,
  ),
  outputExists: msg<Target>(
    'would-overwrite',
    (d) => `${d.target} findes allerede; brug --force for at overskrive`,
    (d) => `${d.target} exists; use --force`,
  ),
  writtenMeanwhile: msg<Target>(
    'would-overwrite',
    (d) => `${d.target} blev skrevet af en anden kørsel imens; den er ikke overskrevet, og intet er skrevet her (brug --force for at overskrive)`,
    (d) => `${d.target} was written by another run meanwhile; nothing was written`,
  ),
  appearedMeanwhile: msg<Target>(
    'would-overwrite',
    (d) => `${d.target} blev skrevet af en anden kørsel imens; den er ikke overskrevet`,
    (d) => `${d.target} appeared meanwhile`,
  ),
  unwritable: msg<File & { why: string; advice?: string }>(
    'unwritable',
    (d) =>
      `takst kan læse ${d.file}, men ikke skrive i den sikkert: ${d.why}. Intet er skrevet. ${d.advice ?? 'Åbn filen i Excel, gem den igen, og prøv igen'}`,
    () => 'takst can read the file but cannot write it safely; nothing was written',
  ),

  // Last year's snapshot
  snapshotFormat: msg<{ version: number; detail: string }>(
    'bad-snapshot',
    (d) => `Øjebliksbilledet følger ikke formatet (version ${d.version}): ${d.detail}`,
    () => 'Invalid snapshot',
  ),
  snapshotHash: msg(
    'bad-snapshot',
    () => 'Øjebliksbilledets indhold passer ikke til dets SHA-256: filen er ændret eller beskadiget.',
    () => 'Invalid snapshot',
  ),

  // A column mapping (kolonneoversættelse) and the table it reads
  mappingNotObject: msg<{ example: string }>(
    'bad-mapping',
    (d) => `Kolonneoversættelsen skal være et JSON-objekt, fx ${d.example}`,
    () => 'The mapping must be a JSON object',
  ),
  mappingNoColumns: msg<{ example: string }>(
    'bad-mapping',
    (d) => `Kolonneoversættelsen mangler "columns": et objekt fra kolonneoverskrift til felt, fx ${d.example}`,
    () => 'The mapping needs "columns", an object from header to field',
  ),
  mappingReservedKey: msg<{ key: string }>(
    'bad-mapping',
    (d) => `Navnet "${d.key}" kan ikke bruges i kolonneoversættelsen (et reserveret navn); omdøb kolonnen`,
    (d) => `Reserved key "${d.key}" in the mapping`,
  ),
  mappingUnknownField: msg<{ header: string; field?: string; fields: string }>(
    'bad-mapping',
    (d) =>
      `Kolonnen "${d.header}" peger på ${d.field !== undefined ? `feltet "${d.field}", som ikke findes` : 'noget, der ikke er et feltnavn'}; felterne er ${d.fields}`,
    (d) => `Column "${d.header}": unknown field`,
  ),
  mappingFormat: msg<{ detail: string }>(
    'bad-mapping',
    (d) => `Kolonneoversættelsen følger ikke formatet: ${d.detail}`,
    () => 'The mapping does not follow its format',
  ),
  mappingMissingField: msg<{ field: string }>(
    'bad-mapping',
    (d) => `Kolonneoversættelsen mangler en kolonne for feltet "${d.field}"`,
    (d) => `The mapping has no column for "${d.field}"`,
  ),
  mappingColumnMissing: msg<{ column: string; field: string; found: string }>(
    'bad-mapping',
    (d) => `Kolonnen "${d.column}" (${d.field}) findes ikke i filens første række${d.found ? `, som har ${d.found}` : ', som er tom'}`,
    () => 'Mapping error',
  ),
  csvNeedsMapping: msg(
    'bad-mapping',
    () => 'En CSV-fil kræver en kolonneoversættelse: en JSON-fil, der siger, hvilken kolonne der er Tilbud, År, Takst osv.',
    () => 'Mapping error',
  ),
  mappingSheetMissing: msg<{ sheet: string }>(
    'bad-mapping',
    (d) => `Arket "${d.sheet}" findes ikke i filen`,
    () => 'Mapping error',
  ),
  notOldLayout: msg(
    'bad-mapping',
    () => 'Filen er ikke det gamle takstskema (ingen række med Tilbud, Ydelse, Takstenhed … Takst ÅÅÅÅ); giv en kolonneoversættelse for en tabel',
    () => 'Mapping error',
  ),
  noRowUsable: msg<File & { count: number; why: string }>(
    'not-csv',
    (d) => `Ingen af de ${d.count} rækker i ${d.file} kunne bruges (${d.why}); intet er skrevet`,
    () => 'No row could be used',
  ),

  // Excel refuses to be written (the pane)
  sheetsProtected: msg<{ sheets: string }>(
    'write-refused',
    (d) => `Arket ${d.sheets} er beskyttet; intet er skrevet. Fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen.`,
    (d) => `The sheet ${d.sheets} is protected; nothing was written`,
  ),
  bookProtected: msg(
    'write-refused',
    () =>
      'Arbejdsbogens struktur er beskyttet, så fortrydelsesarket kan ikke oprettes; intet er skrevet. Fjern beskyttelsen (Gennemse → Beskyt projektmappe), og prøv igen.',
    () => "The workbook's structure is protected, so the undo sheet cannot be added; nothing was written",
  ),
  blocksSheetProtected: msg<{ sheet: string }>(
    'write-refused',
    (d) => `Arket "${d.sheet}" er beskyttet; der er ikke tilføjet blokke. Fjern beskyttelsen, og prøv igen.`,
    (d) => `Sheet "${d.sheet}" is protected; no blocks were added`,
  ),

  // The file system, as the operating system says it
  fileError: msg<{ detail: string }>(
    'file-error',
    (d) => `Filen kunne ikke læses eller skrives (${d.detail})`,
    () => 'File error',
  ),
};

export type RunMessageId = keyof typeof RUN_MESSAGES;
type DataOf<K extends RunMessageId> = (typeof RUN_MESSAGES)[K] extends RunMessage<infer D> ? D : never;

/**
 * The refusal `id` with its data, as the one RunError every adapter and command throws. `code` is given only for the
 * generic text-input messages, which take the code of the input they were asked to read (a snapshot, a mapping).
 */
export function runError<K extends RunMessageId>(
  id: K,
  ...[data, code]: DataOf<K> extends Record<string, never> ? [data?: DataOf<K>, code?: RunErrorCode] : [data: DataOf<K>, code?: RunErrorCode]
): RunError {
  const m = RUN_MESSAGES[id] as unknown as RunMessage<DataOf<K>>;
  const d = (data ?? {}) as DataOf<K>;
  return new RunError(code ?? m.code, m.da(d), m.en(d), id, d as Readonly<Record<string, unknown>>);
}

/** docs/errors.md: the codes, then every message with its data's names in place (‹file›). */
export function renderErrorsDoc(): string {
  const names = new Proxy({}, { get: (_, k) => `‹${String(k)}›` });
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    ...renderErrorCodes(),
    '## Meddelelser / messages',
    '',
    'Hvert sted, der standser en kørsel, nævner en meddelelse her og giver dens data; teksten står kun her.',
    '',
    '| meddelelse | kode | dansk | English |',
    '| --- | --- | --- | --- |',
    ...Object.entries(RUN_MESSAGES).map(([id, m]) => {
      const { da, en, code } = m as RunMessage<unknown>;
      return `| \`${id}\` | \`${code}\` | ${cell(da(names))} | ${cell(en(names))} |`;
    }),
    '',
  ].join('\n');
}
