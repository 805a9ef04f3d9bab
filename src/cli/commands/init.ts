import { existsSync } from 'node:fs';
import path from 'node:path';
import { configJsonSchema, SCHEMA_FILE_NAME } from '../../config/json-schema.js';
import { starterConfigYaml } from '../../config/starter.js';
import { EXIT, type ExitCode, UserError } from '../../errors.js';
import { msg } from '../messages.js';
import { checkOutDir, writeFilesAtomically } from '../output-files.js';
import type { Terminal } from '../terminal.js';

export interface InitOptions {
  readonly cwd: string;
  readonly dir: string | undefined;
  readonly force: boolean;
}

export function initCommand(options: InitOptions, term: Terminal): ExitCode {
  const dir = path.resolve(options.cwd, options.dir ?? '.');
  const file = path.join(dir, 'hubs-eval.config.yaml');
  checkOutDir(dir, 'init');
  if (existsSync(file) && !options.force) throw new UserError(msg.initExists(file), msg.initExistsHint());
  // The schema goes beside the config, which names it, so editors check the config with no network access.
  writeFilesAtomically(
    dir,
    new Map([
      ['hubs-eval.config.yaml', starterConfigYaml()],
      [SCHEMA_FILE_NAME, configJsonSchema()],
    ]),
  );
  term.out(msg.initWrote(file));
  return EXIT.ok;
}
