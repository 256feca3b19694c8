import { columnKeyOf } from '../../src/core/layout/columns';
import { rowLabelOf, sheetLabelOf } from '../../src/core/layout/labels';

describe('header texts', () => {
  it.each([
    ['Tilbud', 'tilbud'],
    ['§§', 'paragraf'],
    ['År', 'aar'],
    ['Belægning', 'belaegning'],
    ['Belægning (%)', 'belaegning'],
    ['Budget i alt', 'budget'],
    ['Budget i alt (kr.)', 'budget'],
    ['Budget\ni alt', 'budget'],
    ['OH %', 'oh'],
    ['OH-%', 'oh'],
    ['Takst 1', 'takst1'],
    ['Takst 10', 'takst10'],
    ['Takst 3 (høj)', 'takst3'],
    ['Bemærkninger', 'bemaerkning'],
  ])('%s names %s', (text, key) => {
    expect(columnKeyOf(text)).toBe(key);
  });

  it.each(['Takst 11', 'Takst 0', 'Særlige forhold vedrørende tilbuddet', 'Beløb', ''])('%s names no column', (text) => {
    expect(columnKeyOf(text)).toBeNull();
  });

  it('recognises the row and sheet labels of the draft', () => {
    expect(rowLabelOf('Særlige forhold\nvedrørende tilbuddet')).toBe('saerlige');
    expect(rowLabelOf('Anvendte pladser - 2027')).toBe('anvendte');
    expect(rowLabelOf('Heraf solgte pladser - 2027')).toBe('solgte');
    expect(rowLabelOf('Ændring')).toBe('aendring');
    expect(sheetLabelOf('P/L - Kommuner')).toBe('plKommuner');
    expect(sheetLabelOf('P/L Regioner')).toBe('plRegioner');
    expect(sheetLabelOf('Overhead driftsherre\n(rammeaftaletilbud)')).toBe('overhead');
    expect(sheetLabelOf('Grænseværdi for krav om bemærkning - Takststigning over P/L')).toBe('thresholdRate');
    expect(sheetLabelOf('Grænseværdi for krav om bemærkning - Belægningsprocent')).toBe('thresholdOccupancy');
  });
});
