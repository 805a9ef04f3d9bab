import { academicYear } from '../model/year.js';
import type { HubConfig } from './schema.js';

/** The four London Careers Hubs and the 33 London local authorities each covers (GLA hub map, 2021-). */
const la = (oldCode: string, newCode: string, name: string) => ({ oldCode, newCode, name });

/** London's Careers Hubs started work in September 2021 (GLA; dmh evaluation, February 2025). */
const LONDON_HUBS_STARTED = academicYear(2021);

export const LONDON_HUBS: readonly HubConfig[] = [
  {
    id: 'central',
    name: 'Central',
    lead: 'Reed in Partnership',
    started: LONDON_HUBS_STARTED,
    localAuthorities: [
      la('202', 'E09000007', 'Camden'),
      la('201', 'E09000001', 'City of London'),
      la('204', 'E09000012', 'Hackney'),
      la('309', 'E09000014', 'Haringey'),
      la('206', 'E09000019', 'Islington'),
      la('207', 'E09000020', 'Kensington and Chelsea'),
      la('208', 'E09000022', 'Lambeth'),
      la('209', 'E09000023', 'Lewisham'),
      la('210', 'E09000028', 'Southwark'),
      la('211', 'E09000030', 'Tower Hamlets'),
      la('212', 'E09000032', 'Wandsworth'),
      la('213', 'E09000033', 'Westminster'),
    ],
  },
  {
    id: 'east',
    name: 'East',
    lead: 'Local London',
    started: LONDON_HUBS_STARTED,
    localAuthorities: [
      la('301', 'E09000002', 'Barking and Dagenham'),
      la('303', 'E09000004', 'Bexley'),
      la('305', 'E09000006', 'Bromley'),
      la('308', 'E09000010', 'Enfield'),
      la('203', 'E09000011', 'Greenwich'),
      la('311', 'E09000016', 'Havering'),
      la('316', 'E09000025', 'Newham'),
      la('317', 'E09000026', 'Redbridge'),
      la('320', 'E09000031', 'Waltham Forest'),
    ],
  },
  {
    id: 'south',
    name: 'South',
    lead: 'South London Partnership',
    started: LONDON_HUBS_STARTED,
    localAuthorities: [
      la('306', 'E09000008', 'Croydon'),
      la('314', 'E09000021', 'Kingston upon Thames'),
      la('315', 'E09000024', 'Merton'),
      la('318', 'E09000027', 'Richmond upon Thames'),
      la('319', 'E09000029', 'Sutton'),
    ],
  },
  {
    id: 'west',
    name: 'West',
    lead: 'Education Development Trust',
    started: LONDON_HUBS_STARTED,
    localAuthorities: [
      la('302', 'E09000003', 'Barnet'),
      la('304', 'E09000005', 'Brent'),
      la('307', 'E09000009', 'Ealing'),
      la('205', 'E09000013', 'Hammersmith and Fulham'),
      la('310', 'E09000015', 'Harrow'),
      la('312', 'E09000017', 'Hillingdon'),
      la('313', 'E09000018', 'Hounslow'),
    ],
  },
];
