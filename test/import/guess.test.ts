import { guessColumns, guessField } from '../../src/core/import/guess';
import { SYNTHETIC_MAPPING } from '../fixtures/synthetic-export';

describe('guessColumns: a mapping guessed from a table’s headers', () => {
  it('gives the synthetic table’s own mapping file from its headers', () => {
    expect(guessColumns(Object.keys(SYNTHETIC_MAPPING.columns))).toEqual(SYNTHETIC_MAPPING.columns);
  });

  it('knows the skema’s synonyms and level columns, takes each field once, and leaves the unknown out', () => {
    expect(guessColumns(['Tilbudsnavn', 'Budgetår', 'Takst 1', 'Takst 2', 'OH %', 'Belægningsprocent', 'Kommentar', 'Bemærkning', 'Noget andet', ''])).toEqual({
      Tilbudsnavn: 'tilbud',
      Budgetår: 'year',
      'Takst 1': 'takst1',
      'Takst 2': 'takst2',
      'OH %': 'oh',
      Belægningsprocent: 'belaegning',
      Kommentar: 'bemaerkning',
    });
    expect(guessField('Tomgang')).toBeNull(); // not a field of a tidy table
  });
});
