import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';

/** The signals that end a command from outside: Ctrl-C, `kill`, a closed terminal. */
export const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type EndingSignal = (typeof ENDING_SIGNALS)[number];

/** The process's signal handling, passed in so that a test can interrupt a print without ending itself. */
export interface Signals {
  on(signal: EndingSignal, handler: () => void): void;
  off(signal: EndingSignal, handler: () => void): void;
  /** Ends the process as the signal would have, once nothing listens for it any more. */
  raise(signal: EndingSignal): void;
}

export const processSignals: Signals = {
  on: (signal, handler) => process.on(signal, handler),
  off: (signal, handler) => process.off(signal, handler),
  raise: (signal) => process.kill(process.pid, signal),
};

/**
 * The throwaway browser profile of one print (a folder of a few megabytes in the temporary directory). It goes
 * when the print ends or fails (`remove`), and when the process is interrupted mid-print: Node's default for
 * SIGINT ends the process without running `finally` blocks, so the folder would stay, and the browser too, writing
 * into it. On a signal the browser is stopped first (a browser still starting is waited for: stopped at once it
 * would leave its half-made profile), the folder removed, and the signal raised again so the command ends as
 * interrupted (exit 130 after Ctrl-C).
 */
export class BrowserProfile {
  private stopBrowser: (() => Promise<void>) | undefined;
  private readonly handlers = new Map<EndingSignal, () => void>();
  private pending: EndingSignal | undefined;
  private removed = false;
  private raised = false;

  private constructor(
    readonly dir: string,
    private readonly signals: Signals,
  ) {
    for (const signal of ENDING_SIGNALS) {
      const handler = () => this.interrupted(signal);
      this.handlers.set(signal, handler);
      signals.on(signal, handler);
    }
  }

  static async create(root: string, signals: Signals = processSignals): Promise<BrowserProfile> {
    return new BrowserProfile(await mkdtemp(join(root, 'hubs-eval-chromium-')), signals);
  }

  /** Called once the browser runs, with what stops it at once (kills its processes and waits for them). */
  onInterrupt(stop: () => Promise<void>): void {
    this.stopBrowser = stop;
    if (this.pending) void this.finish();
  }

  /** Removes the folder and stops listening for signals; safe to call twice. An interrupt seen meanwhile ends. */
  remove(): void {
    this.unhook();
    if (!this.removed) {
      this.removed = true;
      rmSync(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
    this.raise();
  }

  private interrupted(signal: EndingSignal): void {
    if (this.pending) return;
    this.pending = signal;
    // Before the browser is up there is nothing to stop yet: onInterrupt or remove (a failed launch) finishes.
    if (this.stopBrowser) void this.finish();
  }

  private async finish(): Promise<void> {
    try {
      await this.stopBrowser?.();
    } catch {
      // Already gone: the folder still has to go.
    }
    this.remove();
  }

  private raise(): void {
    if (!this.pending || this.raised) return;
    this.raised = true;
    this.signals.raise(this.pending);
  }

  private unhook(): void {
    for (const [signal, handler] of this.handlers) this.signals.off(signal, handler);
    this.handlers.clear();
  }
}
