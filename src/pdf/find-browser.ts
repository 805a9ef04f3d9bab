/** Where to look, passed in so the search is a pure function of its inputs. */
export interface BrowserSearch {
  /** `--browser PATH`: used if it exists, and never replaced by another browser when it does not. */
  readonly explicit?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly exists: (path: string) => boolean;
}

/** Environment variables naming a browser, in the order they are tried (puppeteer's own variable second). */
export const BROWSER_ENV_VARS = ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/**
 * The Chromium-family browser to print with: `--browser`, then the environment, then the usual install
 * locations for the platform. Undefined when nothing is found, or when `--browser` names a missing file.
 */
export function findBrowser(search: BrowserSearch): string | undefined {
  if (search.explicit !== undefined) return search.exists(search.explicit) ? search.explicit : undefined;
  return browserCandidates(search).find((p) => search.exists(p));
}

/** Every path findBrowser would try, in order; for a "no browser found, looked in ..." message. */
export function browserCandidates(search: Omit<BrowserSearch, 'exists'>): string[] {
  if (search.explicit !== undefined) return [search.explicit];
  const fromEnv = BROWSER_ENV_VARS.map((name) => search.env[name]).filter((p): p is string => !!p && p.trim() !== '');
  return [...new Set([...fromEnv, ...installPaths(search.platform, search.env)])];
}

function installPaths(platform: NodeJS.Platform, env: BrowserSearch['env']): string[] {
  switch (platform) {
    case 'darwin':
      return macPaths(env.HOME);
    case 'win32':
      return windowsPaths(env);
    default:
      return LINUX_PATHS;
  }
}

const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/google/chrome/chrome',
  '/usr/local/bin/chromium',
  '/usr/local/bin/chrome',
];

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

function macPaths(home: string | undefined): string[] {
  const roots = ['/Applications', ...(home ? [`${home}/Applications`] : [])];
  return roots.flatMap((root) => MAC_APPS.map((app) => `${root}/${app}`));
}

const WINDOWS_APPS = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
  'Chromium\\Application\\chrome.exe',
];

/** Per-machine installs under both Program Files folders, then a per-user Chrome under LOCALAPPDATA. */
function windowsPaths(env: BrowserSearch['env']): string[] {
  const roots = [
    env.PROGRAMFILES ?? env.ProgramFiles ?? 'C:\\Program Files',
    env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)',
    ...(env.LOCALAPPDATA ? [env.LOCALAPPDATA] : []),
  ];
  return roots.flatMap((root) => WINDOWS_APPS.map((app) => `${root.replace(/\\+$/, '')}\\${app}`));
}
