// A mapping (kolonneoversættelse) that cannot be used says, in Danish and English, which key is wrong and what it
// should be; a reserved key is refused by name, never dropped.
import { RunError } from '../../src/core/errors';
import { parseMapping } from '../../src/core/import/tidy';

const refusal = (json: unknown): string => {
  try {
    parseMapping(json);
  } catch (e) {
    expect(e).toBeInstanceOf(RunError);
    expect(e).toMatchObject({ code: 'bad-mapping' });
    return (e as RunError).bilingual;
  }
  throw new Error('did not refuse');
};

it.each([
  ['not an object', [1, 2], /skal være et JSON-objekt, fx \{"columns".*\/ The mapping must be a JSON object$/],
  ['no columns', { kolonner: {} }, /mangler "columns": et objekt fra kolonneoverskrift til felt.* \/ The mapping needs "columns"/],
  ['columns as a list', { columns: ['Tilbud'] }, /mangler "columns"/],
  ['a reserved header', JSON.parse('{"columns": {"__proto__": "tilbud", "År": "year"}}'), /Navnet "__proto__" kan ikke bruges.* \/ Reserved key "__proto__"/],
  ['constructor', { columns: { constructor: 'tilbud', År: 'year' } }, /Navnet "constructor" kan ikke bruges/],
  [
    'an unknown field',
    { columns: { Tilbud: 'tilbud', År: 'aar' } },
    /Kolonnen "År" peger på feltet "aar", som ikke findes; felterne er driftsherre, tilbud.* \/ Column "År": unknown field$/,
  ],
  ['a field that is no name', { columns: { Tilbud: 3 } }, /Kolonnen "Tilbud" peger på noget, der ikke er et feltnavn/],
  ['no year column', { columns: { Tilbud: 'tilbud' } }, /mangler en kolonne for feltet "year" \/ The mapping has no column for "year"$/],
])('refuses %s in Danish and English, naming the key', (_, json, message) => {
  expect(refusal(json)).toMatch(message);
});

it('takes a good mapping as it is', () => {
  expect(parseMapping({ columns: { Tilbud: 'tilbud', År: 'year' } })).toMatchObject({ columns: { Tilbud: 'tilbud', År: 'year' }, locale: 'da' });
});
