// The draft's dropdown lists (Lovgrundlag and Takstenhed), word for word.

export const PARAGRAFFER = [
  'SEL § 10-12',
  'SEL § 84',
  'SEL § 101',
  'SUL § 141',
  'SEL § 103',
  'SEL § 104',
  'ABL § 105',
  'SEL § 107',
  'SEL § 108',
  'SEL § 107/108',
  'SEL § 109',
  'SEL § 110',
  'SEL § 112',
  'BL § 32',
  'BL § 43',
  'BL § 46/47',
  'BL § 90',
  'LSV § 1',
  'LUU § 2',
  'FSL § 20',
] as const;

export const ENHEDER = ['Dag', 'Døgn', 'Uge', 'Måned', 'År', 'Stk.', 'Time', 'Trækningsret', 'Objektiv'] as const;

/** The operators that report under the agreement (2026 takstbilag). */
/**
 * The operator a header names, without the draft's test-sheet marker ("Mariagerfjord Kommune - test" is
 * Mariagerfjord Kommune's test copy of the skema, as the draft's own test sheet is headed).
 */
export function operatorName(text: string): string {
  return text.trim().replace(/\s*[-–]\s*test$/i, '');
}

export const DRIFTSHERRER = [
  'Frederikshavn Kommune',
  'Mariagerfjord Kommune',
  'Rebild Kommune',
  'Morsø Kommune',
  'Aalborg Kommune',
  'Vesthimmerland Kommune',
  'Jammerbugt Kommune',
  'Brønderslev Kommune',
  'Hjørring Kommune',
  'Thisted Kommune',
  'Region Nordjylland',
] as const;
