// The devstack helpers are plain ES modules; these are the parts of them this suite uses.

declare module "@imece/devstack/embedded-postgres" {
  export function freePort(preferred?: number): Promise<number>
  export function startEmbeddedPostgres(options: {
    dataDir: string
    database?: string
    port?: number
    log?: (line: string) => void
  }): Promise<{
    port: number
    user: string
    password: string
    url: string
    stop: () => Promise<void>
  }>
}

declare module "@imece/devstack/production-backend" {
  import type { ChildProcess } from "node:child_process"

  export const ROOT: string
  export const BACKEND: string
  export const MEDUSA: string
  export function hashTree(paths: string[]): Promise<string>
  export function runLogged(
    name: string,
    command: string,
    args: string[],
    options: {
      cwd: string
      env: NodeJS.ProcessEnv
      logDir: string
      onLine?: (line: string) => void
    }
  ): Promise<void>
  export function buildBackendCopy(options: {
    dir: string
    staticDir: string
    logDir: string
    env: NodeJS.ProcessEnv
    log?: (line: string) => void
  }): Promise<{ built: string; hash: string }>
  export function startBuiltBackend(options: {
    built: string
    port: number
    env: NodeJS.ProcessEnv
    logDir: string
    timeoutMs?: number
  }): Promise<{
    url: string
    pid: number
    child: ChildProcess
    logFile: string
    stop: () => Promise<void>
  }>
}

declare module "@imece/devstack/gateway" {
  export function gatewayAvailable(): boolean
  export function startGateway(options: { servers: string[]; port?: number }): Promise<{
    url: string
    port: number
    pid: number
    stop: () => Promise<void>
  }>
}
