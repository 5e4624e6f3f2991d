/** Where she lands after logging in or registering when no page asked for her. */
export const ACCOUNT_PATH = "/account"

/** A made-up origin to resolve `?next=` against: only paths that stay on it are this site's. */
const HERE = "https://imece.invalid"

/**
 * Where to send her after logging in: the `?next=` path when it is a page of this site
 * (`/checkout`, `/orders/order_1?x=1`), else her account. Another site's address
 * (`https://…`, `//…`, `/\…`) is never followed.
 */
export function nextPath(next: string | null): string {
  if (!next?.startsWith("/")) {
    return ACCOUNT_PATH
  }
  const url = new URL(next, HERE)
  return url.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : ACCOUNT_PATH
}

/** A link to the login or register page that comes back to `next` afterwards. */
export function withNext(page: "/account/login" | "/account/register", next: string): string {
  // Slashes may stay as they are in a query, which keeps the address readable: ?next=/checkout
  return `${page}?next=${encodeURIComponent(next).replace(/%2F/gi, "/")}`
}
