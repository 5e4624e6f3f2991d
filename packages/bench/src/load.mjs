/**
 * Load runs with autocannon: a warm-up whose figures are thrown away, then the measured run.
 *
 * autocannon's own summary has no 95th percentile, so every measured response time is kept and
 * the percentiles are read from them exactly. As in autocannon, latencies are those of 2xx
 * answers; everything else is counted as an error.
 */
import { readFileSync } from "node:fs"
import autocannon from "autocannon"

/** The resident memory of a process in MB, from /proc (Linux). */
export function readRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8")
  const kb = Number(status.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1] ?? 0)
  return kb / 1024
}

/** Samples a process's resident memory every 200 ms until stopped; answers the peak. */
function sampleRss(pid) {
  let peak = pid ? readRssMb(pid) : 0
  const timer = pid
    ? setInterval(() => {
        try {
          peak = Math.max(peak, readRssMb(pid))
        } catch {
          // The process ended; the peak so far stands.
        }
      }, 200)
    : null
  return () => {
    if (timer) {
      clearInterval(timer)
    }
    return peak
  }
}

/** How long a warm-up may wait for every connection's first answer before the run gives up. */
const LONGEST_WARMUP_S = 600

/**
 * One autocannon run; answers what was counted and for how long. With `amount`, every answer
 * counts. Timed (`duration`), the run first warms up: at least `warmup` seconds, and until there
 * have been as many answers as connections, so that on a slow backend the queue has gone round
 * once. Then it counts, on the same connections, for at least `duration` seconds and until as
 * many answers again: a backend that shares itself fairly answers a full queue in waves, and a
 * window shorter than one wave would measure an accident of timing.
 */
function run(options, { warmup = 0, duration } = {}) {
  const counted = { latencies: [], non2xx: 0, socket: 0, timeouts: 0, mismatches: 0 }
  const timed = !options.amount
  const started = performance.now()
  let from = timed ? Infinity : started
  let to = Infinity
  let answered = 0
  let finished
  const done = new Promise((resolve, reject) => {
    finished = { resolve, reject }
  })
  // Under load a request can wait long in the server's queue; it is measured, not dropped.
  const instance = autocannon(
    {
      timeout: 120,
      ...options,
      ...(timed ? { duration: warmup + LONGEST_WARMUP_S + duration } : {}),
    },
    (error, result) => (error ? finished.reject(error) : finished.resolve(result))
  )
  let answeredWhenCounting = 0
  const timers = []
  const stopWhenDone = () => {
    const now = performance.now()
    const window = now - from >= duration * 1000
    if (to === Infinity && window && answered - answeredWhenCounting >= options.connections) {
      to = now
      instance.stop()
    }
  }
  const startCounting = () => {
    const now = performance.now()
    if (from === Infinity && answered >= options.connections && now - started >= warmup * 1000) {
      from = now
      answeredWhenCounting = answered
      timers.push(setTimeout(stopWhenDone, duration * 1000))
    }
  }
  if (timed) {
    timers.push(setTimeout(startCounting, warmup * 1000))
  }
  const counting = () => {
    const now = performance.now()
    return now >= from && now < to
  }

  /** Every answer, an error too, moves the warm-up and the window along. */
  const answer = () => {
    answered++
    if (timed) {
      startCounting()
      stopWhenDone()
    }
  }

  // autocannon checks an answer's body right after reporting the answer, in the same call.
  let lastStatus = 0
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    lastStatus = statusCode
    if (counting()) {
      if (statusCode >= 200 && statusCode < 300) {
        counted.latencies.push(responseTime)
      } else {
        counted.non2xx++
      }
    }
    answer()
  })
  instance.on("reqError", (error) => {
    if (counting()) {
      counted[error?.message === "request timed out" ? "timeouts" : "socket"]++
    }
    answer()
  })
  instance.on("reqMismatch", () => {
    // A refusal is counted once, as non-2xx, although its body is no order either.
    if (counting() && lastStatus >= 200 && lastStatus < 300) {
      counted.mismatches++
    }
  })
  return done.then(() => {
    timers.forEach(clearTimeout)
    const end = Math.min(performance.now(), to)
    return { counted, seconds: from === Infinity ? 0 : (end - from) / 1000 }
  })
}

const percentile = (sorted, p) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN

/**
 * Runs one scenario and answers its figures: timed (`warmup`, `duration`, as `run` does them),
 * or counted: `warmupAmount` requests, then `amount` requests. `build()` answers fresh
 * autocannon options (requests, setupClient, …) for each run.
 */
export async function measure({
  url,
  connections,
  duration,
  warmup,
  amount,
  warmupAmount,
  build,
  rssPid,
}) {
  const base = { url, connections }
  if (amount && warmupAmount) {
    await run({ ...base, ...build(), amount: warmupAmount })
  }
  const stopSampling = sampleRss(rssPid)
  const { counted, seconds } = await run(
    { ...base, ...build(), ...(amount ? { amount } : {}) },
    { warmup, duration }
  )
  const peakRssMb = stopSampling()

  const latencies = counted.latencies.sort((a, b) => a - b)
  // A 2xx answer that fails `verifyBody` (a completion without an order) is an error.
  const ok = latencies.length - counted.mismatches
  const { non2xx, socket, timeouts, mismatches } = counted
  return {
    connections,
    seconds,
    ok,
    rps: seconds ? ok / seconds : 0,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: non2xx + socket + timeouts + mismatches,
    errorDetail: { non2xx, socket, timeouts, mismatches },
    peakRssMb,
  }
}
