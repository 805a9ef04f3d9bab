import { createHash } from 'node:crypto';
import type { Config } from '../config/schema.js';
import type { FileSummary } from '../model/records.js';

/** Bumped when the manifest's shape changes, so `diff` can refuse a manifest it does not understand. */
export const MANIFEST_FORMAT = 'hubs-eval-snapshot/1';
export const MANIFEST_FILE = 'manifest.json';

export interface ManifestInput {
  /** Path relative to the config folder, with forward slashes. */
  readonly file: string;
  readonly kind: string;
  readonly sha256: string;
}

export interface ManifestOutput {
  /** Path relative to the snapshot folder. */
  readonly file: string;
  readonly sha256: string;
}

/**
 * What a snapshot was made from and what it holds. No clock and no machine paths: the same inputs, config and
 * tool version give the same bytes, so a snapshot regenerated from unchanged inputs diffs as identical.
 */
export interface SnapshotManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly tool: { readonly name: 'hubs-eval'; readonly version: string };
  readonly year: string;
  readonly sdcApplied: boolean;
  /** SHA-256 of the config as read (file and folder left out, so moving the project changes nothing). */
  readonly configSha256: string;
  readonly inputs: readonly ManifestInput[];
  readonly outputs: readonly ManifestOutput[];
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of the config's content: canonical JSON (keys sorted), without where the file happens to be. */
export function configSha256(config: Config): string {
  const { file: _file, dir: _dir, ...content } = config;
  return sha256(canonicalJson(content));
}

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export interface SnapshotContent {
  readonly version: string;
  readonly year: string;
  readonly sdcApplied: boolean;
  readonly config: Config;
  readonly files: readonly FileSummary[];
  /** Surveys, evidence, narrative, neighbours, lookups and logo: inputs too, as they change what is published. */
  readonly sources: readonly ManifestInput[];
  /** The snapshot's files other than the manifest, keyed by their path in the snapshot folder. */
  readonly outputs: ReadonlyMap<string, string | Uint8Array>;
}

/** The manifest of a snapshot; inputs and outputs sorted by path so their order never depends on reading order. */
export function buildManifest(content: SnapshotContent): SnapshotManifest {
  const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    format: MANIFEST_FORMAT,
    tool: { name: 'hubs-eval', version: content.version },
    year: content.year,
    sdcApplied: content.sdcApplied,
    configSha256: configSha256(content.config),
    inputs: [...content.files, ...content.sources]
      .map((f) => ({ file: f.file, kind: f.kind, sha256: f.sha256 }))
      .sort(byFile),
    outputs: [...content.outputs].map(([file, data]) => ({ file, sha256: sha256(data) })).sort(byFile),
  };
}

/** Every file of a snapshot folder, the manifest included. */
export function snapshotFiles(content: SnapshotContent): Map<string, string | Uint8Array> {
  const files = new Map(content.outputs);
  files.set(MANIFEST_FILE, `${JSON.stringify(buildManifest(content), null, 2)}\n`);
  return files;
}
