/**
 * Query keys of one resource, from the widest to the narrowest, so a mutation can invalidate
 * every list (`lists()`) or one record (`detail(id)`) without knowing the exact queries cached.
 *
 * A key names one shape of data. A list read whole (`useQuery`) caches the answer; the same list
 * read a page at a time (`useInfiniteQuery`) caches `{ pages, pageParams }`. They take `list` and
 * `infiniteList` respectively, so one never reads the other's data for its own, while both stay under
 * `lists()` and are refreshed together.
 */
export function queryKeysFactory<TKey extends string, TListQuery>(key: TKey) {
  const all = [key] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query: TListQuery) => [...all, "list", { query }] as const,
    infiniteList: (query: TListQuery) => [...all, "list", "infinite", { query }] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string) => [...all, "detail", id] as const,
  }
}
