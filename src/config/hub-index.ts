import type { HubConfig, LocalAuthority } from './schema.js';

export interface LaInHub {
  readonly hubId: string;
  readonly la: LocalAuthority;
}

/** Finds the hub of a local authority by its old code, new code or name, as files write any of the three. */
export class HubIndex {
  private readonly byKey = new Map<string, LaInHub>();

  constructor(readonly hubs: readonly HubConfig[]) {
    for (const hub of hubs) {
      for (const la of hub.localAuthorities) {
        for (const key of [la.oldCode, la.newCode, la.name])
          if (key) this.byKey.set(normaliseKey(key), { hubId: hub.id, la });
      }
    }
  }

  find(codeOrName: string | null | undefined): LaInHub | undefined {
    return codeOrName ? this.byKey.get(normaliseKey(codeOrName)) : undefined;
  }

  hubOf(codeOrName: string | null | undefined): string | undefined {
    return this.find(codeOrName)?.hubId;
  }

  hub(id: string): HubConfig | undefined {
    return this.hubs.find((h) => h.id === id);
  }
}

function normaliseKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
