import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../../src/pdf/find-browser.js';

const only =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);

describe('findBrowser', () => {
  it('uses --browser when it exists, ahead of the environment and install paths', () => {
    const found = findBrowser({
      explicit: '/opt/my/chrome',
      env: { CHROME_PATH: '/env/chrome' },
      platform: 'linux',
      exists: only('/opt/my/chrome', '/env/chrome', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/my/chrome');
  });

  it('does not fall back to another browser when --browser names a missing file', () => {
    const found = findBrowser({
      explicit: '/nope/chrome',
      env: {},
      platform: 'linux',
      exists: only('/usr/bin/chromium'),
    });
    expect(found).toBeUndefined();
  });

  it('prefers CHROME_PATH over PUPPETEER_EXECUTABLE_PATH over install paths', () => {
    const env = { CHROME_PATH: '/a/chrome', PUPPETEER_EXECUTABLE_PATH: '/b/chrome' };
    const all = only('/a/chrome', '/b/chrome', '/usr/bin/chromium');
    expect(findBrowser({ env, platform: 'linux', exists: all })).toBe('/a/chrome');
    expect(findBrowser({ env, platform: 'linux', exists: only('/b/chrome', '/usr/bin/chromium') })).toBe('/b/chrome');
  });

  it('skips an environment variable that names a missing file', () => {
    const found = findBrowser({
      env: { CHROME_PATH: '/gone/chrome' },
      platform: 'linux',
      exists: only('/snap/bin/chromium'),
    });
    expect(found).toBe('/snap/bin/chromium');
  });

  it('ignores empty environment variables', () => {
    expect(browserCandidates({ env: { CHROME_PATH: '', PUPPETEER_EXECUTABLE_PATH: '  ' }, platform: 'linux' })[0]).toBe(
      '/usr/bin/chromium',
    );
  });

  it('tries the Linux install paths in order', () => {
    const linux = browserCandidates({ env: {}, platform: 'linux' });
    expect(linux.slice(0, 5)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    ]);
    expect(
      findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/google-chrome-stable', '/snap/bin/chromium') }),
    ).toBe('/usr/bin/google-chrome-stable');
  });

  it('finds Chrome, Chromium or Edge on macOS, system-wide then in the home folder', () => {
    const mac = browserCandidates({ env: { HOME: '/Users/ann' }, platform: 'darwin' });
    expect(mac).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
    expect(
      findBrowser({
        env: {},
        platform: 'darwin',
        exists: only('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'),
      }),
    ).toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('finds Chrome or Edge under Program Files on Windows, honouring the environment folders', () => {
    const win = browserCandidates({
      env: { PROGRAMFILES: 'D:\\Apps\\', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' },
      platform: 'win32',
    });
    expect(win[0]).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(win).toContain('C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ env: {}, platform: 'win32', exists: only(edge) })).toBe(edge);
  });

  it('returns undefined when nothing is installed', () => {
    expect(findBrowser({ env: {}, platform: 'linux', exists: () => false })).toBeUndefined();
  });
});
