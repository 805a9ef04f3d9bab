import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real DfE files beside the project (../shared/data-real); tests that need them skip visibly when absent. */
export const REAL_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data-real');
export const HAS_REAL_DATA = existsSync(REAL_DATA);
export const realFile = (...parts: string[]) => path.join(REAL_DATA, ...parts);
if (!HAS_REAL_DATA) console.warn(`[hubs-eval tests] ${REAL_DATA} is absent: tests on the real DfE files are SKIPPED.`);
