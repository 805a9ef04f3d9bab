import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutDir, removeStaleOutputs, writeFilesAtomically } from '../../src/cli/output-files.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'hubs-eval-out-'));

describe('checkOutDir', () => {
  it('accepts an existing folder and a new one (several levels deep) without creating anything', () => {
    const dir = tmp();
    checkOutDir(dir);
    checkOutDir(path.join(dir, 'a', 'b', 'c'));
    // The probe folder is removed and the new folder not made yet.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects an existing file and a path under a file, as exit-2 user errors', () => {
    const file = path.join(tmp(), 'f');
    writeFileSync(file, 'x');
    expect(() => checkOutDir(file)).toThrow(expect.objectContaining({ name: 'UserError', exitCode: 2 }));
    expect(() => checkOutDir(path.join(file, 'sub', 'dir'))).toThrow(`it is under ${file}, which is a file`);
  });
});

describe('writeFilesAtomically', () => {
  it('a file in the way of a subfolder is a user error naming the folder, and no staging folder is left', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'charts'), 'a file where the charts folder goes');
    expect(() => writeFilesAtomically(dir, new Map([['charts/a.svg', '<svg/>']]))).toThrow(
      expect.objectContaining({ name: 'UserError', message: expect.stringContaining(`cannot write to ${dir}`) }),
    );
    expect(readdirSync(dir)).toEqual(['charts']);
  });
});

describe('removeStaleOutputs', () => {
  it('removes only the named outputs this run did not write, and only regular files', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'report.pdf'), 'old');
    writeFileSync(path.join(dir, 'report.html'), 'new');
    writeFileSync(path.join(dir, 'notes.txt'), 'theirs');
    mkdirSync(path.join(dir, 'other'));
    const removed = removeStaleOutputs(dir, ['report.html', 'report.pdf', 'other'], new Map([['report.html', '']]));
    expect(removed).toEqual([path.join(dir, 'report.pdf')]);
    expect(existsSync(path.join(dir, 'report.html'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'other', 'report.html']);
  });
});
