import type { SampleFile } from './sample-file.js';

/**
 * Synthetic quotes, case studies and lessons learned, written to show how the report places each kind. Made up,
 * like every sample: no quote is from a real person, and every file says so.
 */
interface EvidenceSample {
  readonly name: string;
  readonly front: Readonly<Record<string, string | boolean>>;
  readonly body: string;
}

const ITEMS: readonly EvidenceSample[] = [
  {
    name: 'quote-employer-encounters.md',
    front: {
      type: 'quote',
      hub: 'central',
      theme: 'employer-encounters',
      source: 'school and college survey',
      role: 'a Careers Leader in a secondary school',
    },
    body:
      'Our Year 10s met more employers this year than in the three years before. They now ask ' +
      'about apprenticeships without being prompted.',
  },
  {
    name: 'quote-compass.md',
    front: {
      type: 'quote',
      hub: 'all',
      theme: 'compass',
      source: 'interview with a Careers Leader',
      role: 'a Careers Leader in a further education college',
    },
    body:
      'Compass stopped being a form we filled in once a year. The hub meetings turned it into the ' +
      'plan we work from.',
  },
  {
    name: 'quote-smes.md',
    front: {
      type: 'quote',
      hub: 'west',
      theme: 'smes',
      source: 'call for evidence',
      role: 'the owner of a small engineering firm',
    },
    body:
      'We have twelve staff. The hub found us one school that fitted around our shifts, and we ' +
      'have gone back four times.',
  },
  {
    name: 'case-study-send.md',
    front: {
      type: 'case-study',
      hub: 'east',
      theme: 'send',
      source: 'interview with a special school Careers Leader',
      title: 'Supported internships in a special school',
    },
    body:
      'A special school worked with its Enterprise Coordinator to find three employers willing to host supported ' +
      'internships. Each student had a job coach for the first term. By the summer, two of the three students had ' +
      'been offered paid part-time work.\n\nWhat made the difference: one named contact at each employer, and visits ' +
      'planned a term ahead.',
  },
  {
    name: 'case-study-destinations.md',
    front: {
      type: 'case-study',
      hub: 'south',
      theme: 'destinations',
      source: 'call for evidence',
      title: 'Following up leavers who had no recorded destination',
    },
    body:
      'A secondary school shared its list of Year 11 leavers with the local authority each October, so that young ' +
      'people with no recorded destination were contacted before Christmas rather than in the spring.',
  },
  {
    name: 'lesson-data-sharing.md',
    front: {
      type: 'lesson',
      hub: 'all',
      theme: 'destinations',
      source: 'hub leads workshop',
      title: 'Agree data sharing early',
    },
    body:
      'Data-sharing agreements with local authorities took a term or more; starting them in the ' +
      'first month would have saved most of a year.',
  },
  {
    name: 'lesson-sme-threshold.md',
    front: {
      type: 'lesson',
      hub: 'west',
      theme: 'smes',
      source: 'Strand 2 review',
      title: 'Count SME engagement by activity',
    },
    body:
      'Asking SMEs for three activities, rather than one long commitment, brought in firms that ' +
      'could not spare a person for a whole term.',
  },
  {
    name: 'quote-no-consent.md',
    front: {
      type: 'quote',
      hub: 'central',
      theme: 'compass',
      source: 'school and college survey',
      role: 'a head teacher',
    },
    body: 'This quote has no consent field, so hubs-eval validate warns about it and the report leaves it out.',
  },
];

export function evidenceFiles(): SampleFile[] {
  return ITEMS.map((item) => {
    const consent = item.name.includes('no-consent') ? {} : { consent: true };
    const lines = Object.entries({ ...item.front, ...consent }).map(([k, v]) =>
      typeof v === 'boolean' ? `${k}: ${v}` : `${k}: ${JSON.stringify(k === 'source' ? `${v} (synthetic sample)` : v)}`,
    );
    return { path: `evidence/${item.name}`, text: `---\n${lines.join('\n')}\n---\n${item.body}\n` };
  });
}
