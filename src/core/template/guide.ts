// The "Vejledning" sheet: the draft's guidance (colours, special cases, fields, overhead example, dropdowns).
import { ENHEDER, PARAGRAFFER } from '../model/lists';
import { ROLE_TEXTS, type CellRole, type CellSpec, type SheetSpec } from './spec';

const FIELDS: Array<[string, string]> = [
  ['Overhead driftsherre', 'Driftsherrens gennemsnitlige overheadprocent for den samlede tilbudsvifte af rammeaftaletilbud.'],
  [
    'P/L Kommuner/regioner',
    'Fremskrivningsprocenten for kommuner (KL) og regioner (Danske Regioner), som udmeldt i juni før budgetåret. Udfyldes af Rammeaftalesekretariatet.',
  ],
  ['Tilbud', 'Navn på tilbuddet, som det fremgår af Tilbudsportalen (den sociale tilbudsnøgle).'],
  ['Afdeling', 'Navn på afdelingen, som det fremgår af Tilbudsportalen.'],
  ['§§', 'De §§, tilbuddet/afdelingen leverer ydelser efter (vælg fra listen).'],
  ['Pladser', 'Tilbuddets pladsantal. Ændringen beregnes automatisk.'],
  ['Belægning', 'Den budgetterede belægningsprocent. Ændringen beregnes automatisk.'],
  ['Budget i alt', 'Den totale sum, som udgør takstgrundlaget, inkl. regulering.'],
  ['Regulering', 'Årets regulering (tidligere års over-/underskud). Indregnet overskud angives i minus, indregnet underskud i plus.'],
  ['OH %', 'Overheadprocenten (1 decimal), beregnet ud fra budgettet ekskl. regulering (se eksemplet nedenfor).'],
  ['Enhed', 'Enhedstype: dag, døgn, uge, måned, år, stk. eller time; eller trækningsret/objektiv.'],
  [
    'Basis / time',
    'Basistakst og timepris for tilbud med basisydelse og timebaseret takst (BUM). Basistaksten er en andel af den samlede takst under Takst 1-10.',
  ],
  ['Takst 1-10', 'Tilbuddets takstniveauer. Navnene er uden betydning.'],
  ['Tomgang', 'Antal tomme pladser ved takstfastsættelsen. Obligatorisk ved budgetteret belægning under 95 %.'],
  ['Bemærkning', 'Skal udfyldes, hvis en takst stiger mere end 2 procentpoint ud over P/L, og hvis belægningen er under 95 %.'],
  [
    'Særlige forhold vedrørende tilbuddet',
    'Særlige opmærksomhedspunkter, f.eks. flere underafdelinger (UUID) med samme takst eller forhold om takststrukturen.',
  ],
  ['Anvendte pladser', 'Forventet antal anvendte pladser i budgetåret, fordelt på takstniveauer.'],
  ['Heraf solgte pladser', 'Heraf pladser solgt til andre kommuner, fordelt på takstniveauer.'],
];

const CASES: Array<[string, string]> = [
  ['Skift i takststruktur', 'Tilbuddet fremgår i 2 blokke: den gamle struktur i år 1 i den ene blok, den nye struktur i år 2 i den anden.'],
  ['Sammenlægning eller opsplitning', 'Samme princip: så mange blokke, at den tidligere struktur ses i år 1 over for den nye i år 2.'],
  ['Nyt tilbud', 'Kun oplysninger i år 2 (kommende år).'],
  ['Tilbud udgået', 'Kun oplysninger i år 1 (indeværende år).'],
];

export function buildGuideSheet(): SheetSpec {
  const cells: CellSpec[] = [];
  let r = 0;
  const title = (text: string) => {
    cells.push({ row: r, col: 0, value: text, bold: true, size: 12 });
    r++;
  };
  title('Farver i takstskema');
  for (const role of ['constant', 'prefilled', 'input', 'locked'] as CellRole[]) {
    cells.push({ row: r, col: 0, value: ROLE_TEXTS[role], role, border: true, wrap: true });
    r++;
  }
  r++;
  title('Særlige forhold');
  for (const [k, v] of CASES) {
    cells.push({ row: r, col: 0, value: k, bold: true }, { row: r, col: 1, value: v, wrap: true });
    r++;
  }
  r++;
  title('Felter i takstskema');
  for (const [k, v] of FIELDS) {
    cells.push({ row: r, col: 0, value: k, bold: true, valign: 'top' }, { row: r, col: 1, value: v, wrap: true });
    r++;
  }
  r++;
  title('Eksempel på overheadberegning');
  const ex: Array<[number | string, string, string?]> = [
    [10_000_000, 'A) Takstgrundlag i alt'],
    [200_000, 'B) Heraf regulering'],
    [500_000, 'C) Heraf overhead'],
    ['A-B-C', 'D) Takstgrundlag (A-B-C)'],
    ['C', 'E) Overhead (C)'],
    ['E/D', 'F) Overhead i % (E/D*100)'],
  ];
  const top = r;
  for (const [value, text] of ex) {
    if (typeof value === 'number') cells.push({ row: r, col: 0, value, numFmt: '#,##0' });
    else if (value === 'A-B-C') cells.push({ row: r, col: 0, formula: `A${top + 1}-A${top + 2}-A${top + 3}`, numFmt: '#,##0' });
    else if (value === 'C') cells.push({ row: r, col: 0, formula: `A${top + 3}`, numFmt: '#,##0' });
    else cells.push({ row: r, col: 0, formula: `A${top + 5}/A${top + 4}`, numFmt: '0.0%' });
    cells.push({ row: r, col: 1, value: text });
    r++;
  }
  r++;
  title('Rullemenuer');
  cells.push({ row: r, col: 0, value: 'Lovgrundlag (§§)', bold: true }, { row: r, col: 1, value: 'Takstenhed', bold: true });
  r++;
  const n = Math.max(PARAGRAFFER.length, ENHEDER.length);
  for (let i = 0; i < n; i++) {
    if (i < PARAGRAFFER.length) cells.push({ row: r, col: 0, value: PARAGRAFFER[i] });
    if (i < ENHEDER.length) cells.push({ row: r, col: 1, value: ENHEDER[i] });
    r++;
  }
  return { name: 'Vejledning', cells, merges: [], validations: [], redText: [], columnWidths: { 0: 36, 1: 100 }, rowHeights: {} };
}
