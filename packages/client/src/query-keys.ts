/**
 * Query keys of one resource, from the widest to the narrowest, so a mutation can invalidate
 * every list (`lists()`) or one record (`detail(id)`) without knowing the exact queries cached.
 */
export function queryKeysFactory<TKey extends string, TListQuery>(key: TKey) {
  const all = [key] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query: TListQuery) => [...all, "list", { query }] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string) => [...all, "detail", id] as const,
  }
}
