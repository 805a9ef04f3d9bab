import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { EVIDENCE_TYPES, type EvidenceItem, type EvidenceType } from '../model/evidence.js';
import { type Problem, ProblemLog } from '../model/problem.js';
import { findPersonalData, masked, PERSONAL_DATA_EXPECTED, personalDataMessage } from './personal-data.js';

export interface EvidenceReadResult {
  /** Null when the file cannot be used at all (no front matter, a field missing or wrong). */
  readonly item: EvidenceItem | null;
  readonly problems: Problem[];
}

const FIELDS = ['type', 'hub', 'theme', 'source', 'consent', 'role', 'title'];

/**
 * One evidence file: YAML front matter between `---` lines, then Markdown. Every problem in the front matter is
 * reported, with the line it is on; an item without `consent: true` is read but flagged (a warning naming the
 * file), and the report leaves it out.
 */
export async function readEvidence(
  file: string,
  hubIds: readonly string[],
  options: { readonly strict?: boolean } = {},
): Promise<EvidenceReadResult> {
  const log = new ProblemLog(file);
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  personalDataProblems(text, options.strict === true, log);
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) {
    log.error({
      line: 1,
      message: 'no front matter',
      expected: 'a first line "---", then type, hub, theme, source, consent, then "---"',
    });
    return { item: null, problems: log.problems };
  }
  const doc = parseDocument(match[1] ?? '');
  const lineOf = (key: string) => {
    const at = (match[1] ?? '').split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
    return at < 0 ? 1 : at + 2;
  };
  for (const err of doc.errors)
    log.error({ line: (err.linePos?.[0]?.line ?? 0) + 1, message: `front matter is not valid YAML: ${err.code}` });
  const data = (doc.errors.length ? {} : (doc.toJS() ?? {})) as Record<string, unknown>;
  for (const key of Object.keys(data).filter((k) => !FIELDS.includes(k)))
    log.error({
      line: lineOf(key),
      message: /^(name|author|speaker)$/i.test(key)
        ? `"${key}" is not allowed: quotes are attributed by role (use "role"), never by name`
        : `unknown front-matter field "${key}"`,
      expected: FIELDS.join(', '),
      found: key,
    });
  const str = (key: string, required: boolean): string | null => {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (v !== undefined || required)
      log.error({
        line: lineOf(key),
        message: `"${key}" must be ${required ? 'given as ' : ''}text`,
        found: String(v ?? ''),
      });
    return null;
  };
  const type = str('type', true);
  if (type !== null && !EVIDENCE_TYPES.includes(type as EvidenceType))
    log.error({
      line: lineOf('type'),
      message: 'unknown evidence type',
      expected: EVIDENCE_TYPES.join(' | '),
      found: type,
    });
  const hub = str('hub', false) ?? 'all';
  if (hub !== 'all' && !hubIds.includes(hub))
    log.error({
      line: lineOf('hub'),
      message: 'not a hub of the config',
      expected: ['all', ...hubIds].join(', '),
      found: hub,
    });
  const theme = str('theme', true);
  const source = str('source', true);
  const role = str('role', false);
  const title = str('title', false);
  const consent = data.consent === true;
  if (!consent)
    log.warn({
      line: lineOf('consent'),
      message: 'not published: the front matter does not say "consent: true"',
      found: data.consent === undefined ? '(no consent field)' : String(data.consent),
    });
  const body = (match[2] ?? '').trim();
  if (!body)
    log.error({ message: 'the file has front matter but no text', expected: 'the quote, case study or lesson' });
  if (log.errorCount > 0 || type === null || theme === null || source === null)
    return { item: null, problems: log.problems };
  return {
    item: {
      file,
      type: type as EvidenceType,
      hub,
      theme,
      source,
      role,
      title,
      consent,
      body,
    },
    problems: log.problems,
  };
}

/**
 * A warning (an error with `--strict`) at each e-mail address, phone number, date of birth, NI number or postcode
 * in the file, front matter included (role, title and source are printed too). The hit is quoted masked: the
 * warning goes to terminals and CI logs, which must not become a copy of the personal data.
 */
function personalDataProblems(text: string, strict: boolean, log: ProblemLog): void {
  for (const hit of findPersonalData(text)) {
    const problem = {
      line: text.slice(0, hit.index).split('\n').length,
      message: personalDataMessage(hit.kind),
      expected: PERSONAL_DATA_EXPECTED,
      found: masked(hit.text),
      code: 'personal-data' as const,
    };
    if (strict) log.error(problem);
    else log.warn(problem);
  }
}
