import type { IncomingMessage } from "node:http"
import proxyAddr from "proxy-addr"

type Trust = (address: string, hop: number) => boolean

/**
 * Which proxies in front of the backend are believed when they name the visitor in
 * X-Forwarded-For (`TRUSTED_PROXIES`): none unless set, as anyone who reaches the backend
 * directly writes that header herself. A number is how many proxies stand in front (hops, as
 * Express counts them); otherwise the proxies' addresses or ranges, comma-separated, with
 * proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`). A value it cannot read throws;
 * medusa-config.ts checks it before the backend starts.
 */
export function trustedProxies(setting: string | undefined): Trust {
  const value = setting?.trim()
  if (!value) {
    return () => false
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_, hop) => hop < hops
  }
  return proxyAddr.compile(value.split(",").map((entry) => entry.trim()))
}

let trust: Trust | undefined

/** The visitor's address: the connection's, or what the trusted proxies in front of it say. */
export function clientAddress(req: IncomingMessage): string {
  // Read once: a deployment's proxies do not change while it runs.
  trust ??= trustedProxies(process.env.TRUSTED_PROXIES)
  return proxyAddr(req, trust)
}
