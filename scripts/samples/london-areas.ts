import { LONDON_HUBS } from '../../src/config/london-hubs.js';

/** One London LA as the generator sees it: its hub, its size and a few place names for school names. */
export interface LaProfile {
  readonly hubId: string;
  readonly oldCode: string;
  readonly newCode: string;
  readonly name: string;
  /** Approximate resident 16-17 cohort (NCCIS Dec-Feb average, 2024, rounded): sets every size in the samples. */
  readonly youth: number;
  /** Approximate share of the KS4 cohort who are disadvantaged (pupil premium), higher in inner London. */
  readonly disadvantaged: number;
  readonly places: readonly string[];
}

type Extra = Pick<LaProfile, 'youth' | 'disadvantaged' | 'places'>;

const EXTRA: Record<string, Extra> = {
  E09000001: { youth: 40, disadvantaged: 0.35, places: ['Aldgate', 'Barbican', 'Smithfield'] },
  E09000002: { youth: 7200, disadvantaged: 0.42, places: ['Barking', 'Dagenham', 'Becontree', 'Chadwell Heath'] },
  E09000003: { youth: 8500, disadvantaged: 0.26, places: ['Finchley', 'Hendon', 'Edgware', 'Mill Hill', 'Totteridge'] },
  E09000004: { youth: 6400, disadvantaged: 0.24, places: ['Bexleyheath', 'Sidcup', 'Erith', 'Welling'] },
  E09000005: {
    youth: 8300,
    disadvantaged: 0.38,
    places: ['Wembley', 'Kilburn', 'Harlesden', 'Kingsbury', 'Willesden'],
  },
  E09000006: { youth: 7400, disadvantaged: 0.2, places: ['Orpington', 'Beckenham', 'Penge', 'Hayes', 'Chislehurst'] },
  E09000007: { youth: 3200, disadvantaged: 0.45, places: ['Hampstead', 'Kentish Town', 'Holborn', 'Swiss Cottage'] },
  E09000008: {
    youth: 9800,
    disadvantaged: 0.35,
    places: ['Croydon', 'Thornton Heath', 'Norbury', 'Purley', 'Addington'],
  },
  E09000009: { youth: 8800, disadvantaged: 0.34, places: ['Ealing', 'Acton', 'Southall', 'Greenford', 'Northolt'] },
  E09000010: {
    youth: 9200,
    disadvantaged: 0.4,
    places: ['Enfield', 'Edmonton', 'Southgate', 'Ponders End', 'Winchmore Hill'],
  },
  E09000011: { youth: 6800, disadvantaged: 0.4, places: ['Woolwich', 'Eltham', 'Charlton', 'Thamesmead', 'Plumstead'] },
  E09000012: {
    youth: 5600,
    disadvantaged: 0.52,
    places: ['Hackney', 'Stoke Newington', 'Clapton', 'Dalston', 'Homerton'],
  },
  E09000013: { youth: 2600, disadvantaged: 0.45, places: ['Fulham', 'Hammersmith', 'Shepherds Bush'] },
  E09000014: { youth: 5700, disadvantaged: 0.45, places: ['Tottenham', 'Hornsey', 'Wood Green', 'Highgate'] },
  E09000015: { youth: 6000, disadvantaged: 0.25, places: ['Harrow', 'Pinner', 'Stanmore', 'Wealdstone'] },
  E09000016: { youth: 6400, disadvantaged: 0.25, places: ['Romford', 'Hornchurch', 'Upminster', 'Rainham'] },
  E09000017: { youth: 7700, disadvantaged: 0.3, places: ['Uxbridge', 'Hayes', 'Ruislip', 'Northwood', 'West Drayton'] },
  E09000018: {
    youth: 7000,
    disadvantaged: 0.33,
    places: ['Hounslow', 'Feltham', 'Chiswick', 'Isleworth', 'Brentford'],
  },
  E09000019: { youth: 3500, disadvantaged: 0.55, places: ['Islington', 'Highbury', 'Holloway', 'Archway'] },
  E09000020: { youth: 1400, disadvantaged: 0.4, places: ['Kensington', 'Chelsea', 'North Kensington'] },
  E09000021: { youth: 3600, disadvantaged: 0.18, places: ['Kingston', 'Surbiton', 'Chessington', 'Tolworth'] },
  E09000022: { youth: 5700, disadvantaged: 0.5, places: ['Brixton', 'Clapham', 'Streatham', 'Vauxhall', 'Norwood'] },
  E09000023: {
    youth: 6600,
    disadvantaged: 0.45,
    places: ['Lewisham', 'Catford', 'Deptford', 'Sydenham', 'Forest Hill'],
  },
  E09000024: { youth: 4600, disadvantaged: 0.28, places: ['Wimbledon', 'Mitcham', 'Morden', 'Raynes Park'] },
  E09000025: {
    youth: 9400,
    disadvantaged: 0.4,
    places: ['Stratford', 'East Ham', 'Canning Town', 'Forest Gate', 'Plaistow'],
  },
  E09000026: {
    youth: 8300,
    disadvantaged: 0.28,
    places: ['Ilford', 'Woodford', 'Wanstead', 'Barkingside', 'Seven Kings'],
  },
  E09000027: { youth: 3500, disadvantaged: 0.15, places: ['Richmond', 'Twickenham', 'Teddington', 'Hampton'] },
  E09000028: {
    youth: 5700,
    disadvantaged: 0.5,
    places: ['Peckham', 'Bermondsey', 'Camberwell', 'Dulwich', 'Walworth'],
  },
  E09000029: { youth: 5200, disadvantaged: 0.2, places: ['Sutton', 'Carshalton', 'Cheam', 'Wallington'] },
  E09000030: { youth: 6700, disadvantaged: 0.6, places: ['Bow', 'Poplar', 'Stepney', 'Whitechapel', 'Bethnal Green'] },
  E09000031: { youth: 6200, disadvantaged: 0.38, places: ['Walthamstow', 'Leyton', 'Chingford', 'Leytonstone'] },
  E09000032: { youth: 4300, disadvantaged: 0.38, places: ['Battersea', 'Tooting', 'Putney', 'Balham', 'Roehampton'] },
  E09000033: { youth: 2400, disadvantaged: 0.45, places: ['Westminster', 'Paddington', 'Pimlico', 'Marylebone'] },
};

export const LONDON_LAS: readonly LaProfile[] = LONDON_HUBS.flatMap((hub) =>
  hub.localAuthorities.map((la) => {
    const extra = EXTRA[la.newCode];
    if (!extra) throw new Error(`no sample profile for ${la.name} (${la.newCode})`);
    return { hubId: hub.id, oldCode: la.oldCode, newCode: la.newCode, name: la.name, ...extra };
  }),
).sort((a, b) => a.newCode.localeCompare(b.newCode));

export const HUB_IDS: readonly string[] = LONDON_HUBS.map((h) => h.id);

export const LONDON_REGION = { code: 'E12000007', name: 'London' } as const;
export const ENGLAND = { code: 'E92000001', name: 'England' } as const;

/** NCCIS publishes no row for the City of London (its cohort is too small), as the real files show. */
export const CITY_OF_LONDON = 'E09000001';

export function lasOfHub(hubId: string): LaProfile[] {
  return LONDON_LAS.filter((la) => la.hubId === hubId);
}
