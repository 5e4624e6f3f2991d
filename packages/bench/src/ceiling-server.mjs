/**
 * The physical ceiling: a bare Node `http` server answering the very bytes the backend answered,
 * with nothing behind them. Run as its own process (as the backend is), so it does not share an
 * event loop with autocannon.
 *
 * `node ceiling-server.mjs <bodies.json>`, where the file maps paths to bodies; it prints the
 * port it listens on.
 */
import { readFileSync } from "node:fs"
import http from "node:http"

const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(process.argv[2], "utf8"))).map(([route, text]) => [
    route,
    Buffer.from(text),
  ])
)

const server = http.createServer((req, res) => {
  const body = bodies.get(req.url)
  if (!body) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": body.length,
  })
  res.end(body)
})

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${server.address().port}\n`)
})
process.on("SIGTERM", () => server.close(() => process.exit(0)))
