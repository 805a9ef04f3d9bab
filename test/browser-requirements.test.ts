import { describe, expect, it } from 'vitest';
import { toolPolicy } from './browser-requirements.js';

describe('toolPolicy: browser suites fail in CI instead of skipping', () => {
  it('runs when nothing is missing, in CI or not', () => {
    expect(toolPolicy([], { CI: 'true' })).toBe('run');
    expect(toolPolicy([], {})).toBe('run');
  });

  it('fails in CI when Chromium or poppler is missing', () => {
    expect(toolPolicy(['Chromium'], { CI: 'true' })).toBe('fail');
    expect(toolPolicy(['poppler-utils'], { CI: 'true' })).toBe('fail');
  });

  it('skips (with a message) outside CI', () => {
    expect(toolPolicy(['Chromium'], {})).toBe('skip');
    expect(toolPolicy(['Chromium'], { CI: 'false' })).toBe('skip');
  });
});
