import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/schema.js';
import { UserError } from '../../src/errors.js';
import { readLogo, readNarrative } from '../../src/pipeline/report-assets.js';

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-assets-'));
  mkdirSync(path.join(dir, 'narrative'));
  writeFileSync(path.join(dir, 'narrative', 'foreword.md'), '\uFEFF# Foreword\n\nText.\n');
  return dir;
}

const withNarrative = (dir: string, foreword: string): Config => ({
  ...defaultConfig(dir),
  narrative: { foreword, acknowledgements: null, recommendations: null },
});

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('files the config makes the report read', () => {
  it('reads a UTF-8 Markdown file inside the config folder, without its BOM', () => {
    const dir = folder();
    expect(readNarrative(withNarrative(dir, 'narrative/foreword.md')).foreword).toBe('# Foreword\n\nText.\n');
  });

  it.each([
    ['../../../../etc/passwd', /narrative.foreword: .* is not a \.md or \.markdown file/],
    ['/proc/self/environ', /narrative.foreword: .* is not a \.md or \.markdown file/],
    ['../outside.md', /narrative.foreword: "..\/outside.md" is outside the config file's folder/],
    ['narrative/missing.md', /narrative.foreword: file not found/],
  ])('refuses %s with a config error naming the key (exit 2)', (p, message) => {
    const dir = folder();
    writeFileSync(path.join(dir, '..', 'outside.md'), 'secret');
    const e = errorOf(() => readNarrative(withNarrative(dir, p)));
    expect(e.message).toMatch(message);
    expect(e.exitCode).toBe(2);
  });

  it('refuses a link that leads out of the folder, and a file that is not UTF-8 text', () => {
    const dir = folder();
    symlinkSync('/etc/hostname', path.join(dir, 'narrative', 'link.md'));
    expect(errorOf(() => readNarrative(withNarrative(dir, 'narrative/link.md'))).message).toMatch(/outside/);
    writeFileSync(path.join(dir, 'narrative', 'latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(errorOf(() => readNarrative(withNarrative(dir, 'narrative/latin1.md'))).message).toMatch(/not UTF-8/);
    writeFileSync(path.join(dir, 'narrative', 'bin.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x1b, 0x5b]));
    expect(errorOf(() => readNarrative(withNarrative(dir, 'narrative/bin.md'))).message).toMatch(/control characters/);
  });

  it('identifies a logo by its bytes, not its name', () => {
    const dir = folder();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]);
    writeFileSync(path.join(dir, 'logo.png'), png);
    writeFileSync(path.join(dir, 'fake.png'), 'not an image');
    const config = (logo: string): Config => ({
      ...defaultConfig(dir),
      report: { ...defaultConfig(dir).report, logo },
    });
    expect(readLogo(config('logo.png'))).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(errorOf(() => readLogo(config('fake.png'))).message).toMatch(/report.logo: .* is not a PNG, JPEG/);
    expect(errorOf(() => readLogo(config('../../etc/x.png'))).message).toMatch(
      /report.logo: (file not found|.*outside)/,
    );
  });
});
