/**
 * The one order for ranking hubs by a published figure: by value, and where values tie (figures are published to one
 * decimal, so ties are common), by name, so the order never depends on the order of the hubs in the config.
 */
export function byValueThenName<T extends { readonly name: string }>(value: (item: T) => number) {
  return (a: T, b: T): number => value(a) - value(b) || a.name.localeCompare(b.name, 'en');
}
