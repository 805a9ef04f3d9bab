import { readFile } from 'node:fs/promises';
import { parseDocument, type YAMLError } from 'yaml';
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
  if (!match && /^---\r?\n/.test(text)) {
    log.error({
      line: 1,
      message: 'the front matter that opens on this line is never closed',
      expected: 'a line "---" after the last front-matter field, then the text',
    });
    return { item: null, problems: log.problems };
  }
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
  const [yamlError] = doc.errors;
  if (yamlError) {
    // The first error only, and no field checks: with the YAML broken, "type must be given as text" and the like
    // would be follow-ons at lines that are fine.
    log.error(yamlProblem(yamlError, match[1] ?? ''));
    return { item: null, problems: log.problems };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
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

/**
 * The first YAML error of the front matter at its file line (the front matter starts on line 2). The parser
 * places an unclosed quote where the text ends; the line that opens it is the one to fix.
 */
function yamlProblem(err: YAMLError, front: string) {
  const at = err.linePos?.[0] ?? { line: 1, col: 1 };
  if (err.code === 'MISSING_CHAR' && /closing ["']?quote/i.test(err.message)) {
    const lines = front.split(/\r?\n/);
    const opens = lines.findIndex((l, k) => k < at.line && /^\s*[^:#]+:\s*(["'])/.test(l) && !closesOnLine(l));
    if (opens >= 0)
      return {
        line: opens + 2,
        message: 'front matter: a quoted value opens on this line and is never closed',
        expected: 'a closing quote at the end of the value',
      };
  }
  const reason = (err.message.split('\n')[0] ?? err.code).replace(/ at line \d+, column \d+:?$/, '');
  return {
    line: at.line + 1,
    message: `front matter is not valid YAML: ${reason} (column ${at.col})`,
    expected: 'one "field: value" per line, as in the example evidence files',
  };
}

/** True when the quoted value that starts the line's value also ends on it ("a", 'it''s', "say \"hi\""). */
function closesOnLine(line: string): boolean {
  const value = line.slice(line.indexOf(':') + 1).trim();
  const q = value[0];
  if (q === '"') return /^"(?:[^"\\]|\\.)*"/.test(value);
  if (q === "'") return /^'(?:[^']|'')*'/.test(value);
  return true;
}
