import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserProfile, ENDING_SIGNALS, type EndingSignal, type Signals } from '../../src/pdf/browser-profile.js';

/** Signals kept in a list, so a test can "press Ctrl-C" without ending the test process. */
function fakeSignals() {
  const listeners = new Map<EndingSignal, (() => void)[]>();
  const raised: EndingSignal[] = [];
  const signals: Signals = {
    on: (s, h) => listeners.set(s, [...(listeners.get(s) ?? []), h]),
    off: (s, h) =>
      listeners.set(
        s,
        (listeners.get(s) ?? []).filter((x) => x !== h),
      ),
    raise: (s) => raised.push(s),
  };
  const send = (s: EndingSignal) => {
    for (const h of listeners.get(s) ?? []) h();
  };
  const count = () => [...listeners.values()].reduce((n, hs) => n + hs.length, 0);
  return { signals, send, raised, count };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('BrowserProfile', () => {
  it('an interrupted print: the browser is stopped, the folder removed, then the signal raised again', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hubs-eval-profile-'));
    const fake = fakeSignals();
    const profile = await BrowserProfile.create(root, fake.signals);
    expect(path.basename(profile.dir)).toMatch(/^hubs-eval-chromium-/);
    // What a browser leaves in its profile while it runs.
    writeFileSync(path.join(profile.dir, 'Local State'), '{}');
    const order: string[] = [];
    profile.onInterrupt(async () => {
      order.push(existsSync(profile.dir) ? 'stopped, folder still there' : 'too late');
    });
    expect(fake.count()).toBe(ENDING_SIGNALS.length);
    fake.send('SIGINT');
    await settled();
    expect(order).toEqual(['stopped, folder still there']);
    expect(readdirSync(root)).toEqual([]);
    expect(fake.raised).toEqual(['SIGINT']);
    expect(fake.count()).toBe(0);
  });

  it('interrupted while the browser starts: waits for it, then stops it and removes the folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hubs-eval-profile-'));
    const fake = fakeSignals();
    const profile = await BrowserProfile.create(root, fake.signals);
    fake.send('SIGINT');
    fake.send('SIGINT');
    await settled();
    // Nothing to stop yet: removing now would let the starting browser make the folder again.
    expect(readdirSync(root)).toHaveLength(1);
    expect(fake.raised).toEqual([]);
    let stopped = 0;
    profile.onInterrupt(async () => {
      stopped++;
    });
    await settled();
    expect(stopped).toBe(1);
    expect(readdirSync(root)).toEqual([]);
    expect(fake.raised).toEqual(['SIGINT']);
  });

  it('interrupted, then the launch fails: the cleanup after the failure removes the folder and ends', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hubs-eval-profile-'));
    const fake = fakeSignals();
    const profile = await BrowserProfile.create(root, fake.signals);
    fake.send('SIGTERM');
    profile.remove();
    expect(readdirSync(root)).toEqual([]);
    expect(fake.raised).toEqual(['SIGTERM']);
  });

  it('SIGTERM and SIGHUP too; a browser already gone does not keep the folder', async () => {
    for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
      const root = mkdtempSync(path.join(tmpdir(), 'hubs-eval-profile-'));
      const fake = fakeSignals();
      const profile = await BrowserProfile.create(root, fake.signals);
      profile.onInterrupt(async () => {
        throw new Error('ESRCH: no such process');
      });
      fake.send(signal);
      await settled();
      expect(readdirSync(root)).toEqual([]);
      expect(fake.raised).toEqual([signal]);
    }
  });

  it('a print that ends or fails: remove() takes the folder and the listeners, twice is harmless', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hubs-eval-profile-'));
    const fake = fakeSignals();
    const profile = await BrowserProfile.create(root, fake.signals);
    profile.remove();
    profile.remove();
    expect(readdirSync(root)).toEqual([]);
    expect(fake.count()).toBe(0);
    fake.send('SIGINT');
    expect(fake.raised).toEqual([]);
  });
});
