import { buildCompass } from './compass.js';
import { buildDestinations } from './destinations.js';
import { englandModel } from './england-areas-model.js';
import { englandDestinations, englandNeet } from './england-files.js';
import { CURRENT_LAS, englandGroups, syntheticHubs } from './england-hubs.js';
import { ENGLAND_INSTITUTIONS, englandActivities, englandInstitutions } from './england-institutions.js';
import { institutionsCsv } from './institutions.js';
import { createRng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/** The London samples' register size, which their Compass completion targets are set for. */
const LONDON_INSTITUTIONS = 750;

/**
 * A synthetic England (`npm run samples -- --england --out DIR`): every current upper-tier LA of England with its
 * real codes, in 36 made-up hubs (London's four, and each other region cut into groups of about four LAs: see
 * englandGroups), with a register, Compass returns, KS4 destinations by LA, NCCIS NEET files, activity logs, and a
 * config that reads them. Nothing in it is real data.
 */
export function buildEnglandSamples(options: { readonly seed: number; readonly scale: number }): SampleFile[] {
  const rng = createRng(options.seed).fork('england');
  const hubOf = new Map(englandGroups().flatMap((g) => g.las.map((la) => [la.newCode, g.id] as const)));
  const model = englandModel(rng.fork('model'), CURRENT_LAS, (la) => hubOf.get(la.newCode) ?? '');
  const institutions = englandInstitutions(
    rng.fork('institutions'),
    model,
    Math.round(ENGLAND_INSTITUTIONS * options.scale),
  );
  const national = buildDestinations(rng.fork('national')).filter((f) => f.path.includes('national'));
  return [
    { path: 'README.md', text: readme(options.seed, options.scale) },
    { path: 'hubs-eval.config.json', text: `${JSON.stringify(englandConfig(), null, 2)}\n` },
    { path: 'institutions.csv', text: institutionsCsv(institutions) },
    ...buildCompass(rng.fork('compass'), institutions, (options.scale * ENGLAND_INSTITUTIONS) / LONDON_INSTITUTIONS),
    englandDestinations(rng.fork('destinations'), model),
    ...national,
    ...englandNeet(rng.fork('neet'), model),
    ...englandActivities(rng.fork('activities'), institutions, options.scale),
  ];
}

function englandConfig() {
  return {
    report: {
      title: 'Careers Hubs in England: a synthetic evaluation',
      subtitle: 'Synthetic sample data: 36 made-up hubs over every upper-tier local authority in England',
      authors: ['hubs-eval sample run'],
      organisation: 'hubs-eval',
      date: 'February 2025',
    },
    hubs: syntheticHubs(),
    inputs: {
      institutions: 'institutions.csv',
      compass: 'compass/*.csv',
      destinations: 'destinations/*.csv',
      neet: 'neet/*.csv',
      activities: 'activities/*.csv',
    },
  };
}

function readme(seed: number, scale: number): string {
  return `# Synthetic England (hubs-eval samples)

Made by \`npm run samples -- --england --seed ${seed} --scale ${scale}\`. **Synthetic**: the local authority codes
and names are England's real ones, but the hubs are made up (London's four; every other region's LAs, in ONS-code
order, cut into groups of about four) and every figure, school, college and employer is generated. It is not data
about any real school, college or hub.

Run \`npx hubs-eval report --year 2023/24\` in this folder.
`;
}
