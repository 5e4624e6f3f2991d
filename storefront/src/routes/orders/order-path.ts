/**
 * Where her order's page is. A guest's order opens only with its key, so the key travels in the
 * address: the page then opens again after a reload or from a bookmark, as her receipt's link does.
 */
export const orderPath = (id: string, key?: string | null) =>
  `/orders/${encodeURIComponent(id)}${key ? `?key=${encodeURIComponent(key)}` : ""}`
