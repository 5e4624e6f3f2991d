/** The processes of the production shape, by the names the control server knows them. */
export const SERVERS = ["server-a", "server-b"] as const
export type ServerName = (typeof SERVERS)[number]
export type ProcessName = ServerName | "worker"

export interface Login {
  email: string
  password: string
}

/** What the global setup brought up, given to every test file. */
export interface Stack {
  /** The two Medusa servers (MEDUSA_WORKER_MODE=server), by name. */
  servers: Record<ServerName, string>
  /**
   * The gateway (nginx, packages/devstack/nginx/gateway.conf) in front of both servers, as in
   * docker-compose.yml; absent where Debian's nginx is not installed.
   */
  gateway?: string
  /** Kills and restarts processes, and reports what the Stripe stand-in received. */
  control: string
  databaseUrl: string
  /** The Redis database the processes share (events, workflows, locks, cache). */
  redisUrl: string
  publishableKey: string
  staff: Login
  producer: Login
  stripe: { url: string; webhookSecret: string }
  /** How long after a crash a cart's completion lock lapses and the reconciliation job may act. */
  reconciliation: { intervalMs: number; graceSeconds: number }
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: Stack
  }
}
