import { brokenPromises } from './commands';

describe('brokenPromises (what the corpus runs are checked for)', () => {
  it('passes a clean refusal and a run with output', () => {
    expect(brokenPromises({ code: 2, stdout: '', stderr: 'takst: Filen er beskadiget / The file is damaged\n' })).toEqual([]);
    expect(brokenPromises({ code: 1, stdout: 'Ark "Takster 2027"\n', stderr: '' })).toEqual([]);
  });

  it('catches a stack trace, an unexpected error, a refusal over two lines and a killed process', () => {
    const kinds = (r: Parameters<typeof brokenPromises>[0]) => brokenPromises(r).map((b) => b.kind);
    expect(kinds({ code: 2, stdout: '', stderr: 'TypeError: x is undefined\n    at readBlock (/app/lib/core/layout/discover.js:12:5)\n' })).toEqual([
      'stack',
      'refusal',
    ]);
    expect(kinds({ code: 2, stdout: '', stderr: 'takst: Uventet fejl: boom / Unexpected error\n' })).toEqual(['unexpected']);
    expect(kinds({ code: 2, stdout: '', stderr: '[1/1] fil.xlsx\ntakst: Filen er tom\n' })).toEqual(['refusal']);
    expect(kinds({ code: null, stdout: '', stderr: '' })).toEqual(['exit']);
  });
});
