import { describe, expect, it } from 'vitest';
import { folderPhrase, sharedFolder, underFolder } from '../../src/plan/parts/input-folder.js';

describe('the shared input folder', () => {
  it('is the longest folder every input is under, said once', () => {
    const files = ['data-samples/compass/a.csv', 'data-samples/neet/b.csv', 'data-samples/institutions.csv'];
    expect(sharedFolder(files)).toBe('data-samples/');
    expect(files.map((f) => underFolder(f, 'data-samples/'))).toEqual([
      'compass/a.csv',
      'neet/b.csv',
      'institutions.csv',
    ]);
    expect(sharedFolder(['../shared/data-real/x.csv', '../shared/data-real/y/z.csv'])).toBe('../shared/data-real/');
  });

  it('is empty when the inputs share none, and the sentence says so', () => {
    expect(sharedFolder(['institutions.csv', 'neet/a.csv'])).toBe('');
    expect(sharedFolder([])).toBe('');
    expect(underFolder('neet/a.csv', '')).toBe('neet/a.csv');
    expect(folderPhrase('')).toBe('in the folder the report was run from');
    expect(folderPhrase('data-samples/')).toBe('in data-samples/');
  });
});
