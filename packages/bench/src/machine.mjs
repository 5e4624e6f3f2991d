/**
 * What the figures were measured on, and how busy the machine was with other work meanwhile
 * (Linux /proc), so a slow figure can be told from a crowded machine.
 */
import { readdirSync, readFileSync } from "node:fs"
import os from "node:os"

export function machineInfo() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8")
  const meminfo = readFileSync("/proc/meminfo", "utf8")
  const memKb = Number(meminfo.match(/^MemTotal:\s+(\d+)/m)?.[1] ?? 0)
  return {
    cpu: cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? "unknown CPU",
    cores: os.cpus().length,
    ramGb: memKb / 1024 / 1024,
    node: process.version,
    kernel: os.release(),
  }
}

export const loadAverage = () => os.loadavg()[0]

const ticksOfMachine = () => {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number)
  return {
    busy: user + nice + system + irq + softirq + steal,
    total: user + nice + system + idle + iowait + irq + softirq + steal,
  }
}

/** utime + stime of a process in ticks of 1/100 s, or 0 once it is gone. */
function ticksOfProcess(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

/** Processes whose parent is `pid` (PostgreSQL's backends under its postmaster). */
export function childrenOf(pid) {
  const children = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) {
        children.push(Number(entry))
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return children
}

/**
 * Starts counting CPU time: the machine's, and that of the bench's own processes (`ourPids()`,
 * asked again at the end, as PostgreSQL starts backends as connections open). `stop()` answers
 * each as a share of the machine's total capacity, and what the rest of the machine used.
 */
export function cpuMeter(ourPids) {
  const before = ticksOfMachine()
  const ours = new Map(ourPids().map((pid) => [pid, ticksOfProcess(pid)]))
  return () => {
    const after = ticksOfMachine()
    let oursTicks = 0
    for (const pid of ourPids()) {
      oursTicks += ticksOfProcess(pid) - (ours.get(pid) ?? 0)
    }
    const total = after.total - before.total || 1
    const machine = (after.busy - before.busy) / total
    const bench = Math.min(oursTicks / total, machine)
    return { machine, bench, other: Math.max(0, machine - bench) }
  }
}

/**
 * Waits until a process has finished what a run left it: a closed connection does not stop
 * Medusa working on its request, so a slow run leaves a queue that would weigh on the next.
 * Quiet is two seconds in a row under a tenth of a core. Answers the seconds waited.
 */
export async function waitForQuiet(pid, { timeoutMs = 600_000 } = {}) {
  const started = performance.now()
  let quietSeconds = 0
  let last = ticksOfProcess(pid)
  while (quietSeconds < 2 && performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = ticksOfProcess(pid)
    quietSeconds = now - last <= 10 ? quietSeconds + 1 : 0
    last = now
  }
  return (performance.now() - started) / 1000
}
