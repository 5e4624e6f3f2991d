import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fc from "fast-check"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import http from "node:http"
import path from "node:path"

/** The backend's `src/api`, whose `route.ts` files are the routes we serve ourselves. */
export const API_DIR = path.join(__dirname, "../../src/api")

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type Method = (typeof METHODS)[number]

export interface CustomRoute {
  /** As Medusa mounts it: `/admin/producers/:id/suspend`. */
  path: string
  methods: Method[]
  /** The route's folder, to find the validators that belong to it. */
  dir: string
}

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesNamed(full, name) : entry.name === name ? [full] : []
  })
}

/**
 * Every `route.ts` under `src/api` with the methods it exports, read from the tree so that a
 * route added tomorrow is tested without anyone listing it.
 */
export function customRoutes(): CustomRoute[] {
  return filesNamed(API_DIR, "route.ts")
    .map((file) => {
      const dir = path.dirname(file)
      const segments = path
        .relative(API_DIR, dir)
        .split(path.sep)
        .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
      const text = readFileSync(file, "utf8")
      const methods = METHODS.filter((method) =>
        new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(text)
      )
      return { path: `/${segments.join("/")}`, methods, dir }
    })
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** The `validators.ts` files that apply to a route: in its folder and the folders above it. */
export function validatorFilesOf(route: CustomRoute): string[] {
  const files: string[] = []
  for (let dir = route.dir; dir.startsWith(API_DIR); dir = path.dirname(dir)) {
    files.push(...filesNamed(dir, "validators.ts").filter((file) => path.dirname(file) === dir))
  }
  return files
}

/** What zod keeps of a schema, enough to walk it without depending on zod's classes. */
type SchemaNode = { _zod?: { def?: Record<string, unknown> } }

/**
 * Every field name a zod schema knows, nested ones too (`prices.try` gives `try`). Generated
 * requests use them so that hostile values reach each field's own checks, not only `.strict()`.
 */
export function schemaKeys(schema: unknown, keys = new Set<string>(), seen = new Set<unknown>()) {
  const def = (schema as SchemaNode | null)?._zod?.def
  if (!def || seen.has(schema)) {
    return keys
  }
  seen.add(schema)
  const shape = def.shape as Record<string, unknown> | undefined
  for (const [key, field] of Object.entries(shape ?? {})) {
    keys.add(key)
    schemaKeys(field, keys, seen)
  }
  for (const inner of ["innerType", "in", "out", "element", "schema", "valueType"]) {
    schemaKeys(def[inner], keys, seen)
  }
  for (const option of (def.options as unknown[] | undefined) ?? []) {
    schemaKeys(option, keys, seen)
  }
  return keys
}

// ---------------------------------------------------------------------------------------------
// JSON written byte for byte, so a request can hold what JSON.stringify would never write.

/** An object as its entries: `__proto__` and `constructor` stay plain keys, in order. */
export class JsonObject {
  constructor(readonly entries: [string, HostileJson][]) {}
}

/** Literal JSON text: `1e400` (Infinity once parsed), `-0`, `9223372036854775808`. */
export class JsonLiteral {
  constructor(readonly text: string) {}
}

export type HostileJson =
  null | boolean | number | string | JsonObject | JsonLiteral | HostileJson[]

export function jsonText(value: HostileJson): string {
  if (value instanceof JsonLiteral) {
    return value.text
  }
  if (value instanceof JsonObject) {
    const fields = value.entries.map(([key, field]) => `${JSON.stringify(key)}:${jsonText(field)}`)
    return `{${fields.join(",")}}`
  }
  if (Array.isArray(value)) {
    return `[${value.map(jsonText).join(",")}]`
  }
  // Lone surrogates come out as \udXXX escapes, which JSON.parse turns back into them.
  return JSON.stringify(value)
}

/** Percent-encodes any text, lone surrogates too (as the bytes a careless client would send). */
export function percentEncode(text: string): string {
  let encoded = ""
  for (const character of text) {
    try {
      encoded += encodeURIComponent(character)
    } catch {
      const unit = character.charCodeAt(0)
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
      encoded += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join("")
    }
  }
  return encoded
}

// ---------------------------------------------------------------------------------------------
// What an attacker, a broken client or a fuzzer sends.

/** Text of 100 KB and more: more than Medusa's JSON body limit (100 kb). */
export const hugeText = fc
  .tuple(
    fc.constantFrom("a", "ğ", "😀", "<script>", "\u202e", "\u0000", "' OR 1=1 --"),
    fc.integer({ min: 100_000, max: 130_000 })
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))

/** Long text that still fits in a body, so the field checks read it. */
const longText = fc
  .tuple(
    fc.constantFrom("a", "ş", "😀", "\u200d", "e\u0301", "%"),
    fc.integer({ min: 1_000, max: 20_000 })
  )
  .map(([unit, length]) => unit.repeat(length))

const MAX_QUERY_LENGTH = 12_000

/**
 * Text a URL can still carry: Node answers 431, with no body, to request heads over 16 KB
 * before Medusa sees them, so a query stays within a few kilobytes.
 */
const longQueryText = fc
  .tuple(fc.constantFrom("a", "ş", "😀", "'"), fc.integer({ min: 300, max: 1_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / encodeURIComponent(unit).length)))

export const unicodeEdges = [
  "\ud800",
  "\udfff",
  "a\udc00b",
  "\u0000",
  "abc\u0000def",
  "\u0007\u001b[31m",
  "\u202eevil\u202c",
  "\u200f\u200e",
  "\u200d\u200c",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "e\u0301\u0302\u0303\u0304",
  "Z̷̧̛a̴l̵g̶o̸",
  "\ufeff",
  "\uffff\ufffe",
  "\u2028\u2029",
  "İıŞşĞğ",
  "مریم‌خانم",
  "　",
  "",
  " ",
]

export const injections = [
  "' OR '1'='1",
  "'; DROP TABLE producer; --",
  "1; SELECT pg_sleep(5)",
  '{"$gt":""}',
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "javascript:alert(1)",
  "${7*7}",
  "{{7*7}}",
  "../../../../etc/passwd",
  "%00",
  "%",
  "_",
  "\\",
  "null",
  "undefined",
  "[object Object]",
]

const numberWords = [
  "NaN",
  "Infinity",
  "-Infinity",
  "1e308",
  "-1e308",
  "1e400",
  "-0",
  "0x1F",
  "9223372036854775808",
  "  7  ",
  "1_000",
  "١٢٣",
  "2026-02-30",
  "9999-12-31T23:59:59Z",
  "+275760-09-13",
  "0000-00-00",
  "2026-13-45",
]

/** Numbers JSON can say and JavaScript cannot hold, or holds in a surprising way. */
const numberLiterals = [
  "1e308",
  "-1e308",
  "1e400",
  "-1e400",
  "-0",
  "1e-400",
  "9223372036854775808",
  "-9223372036854775809",
  "123456789012345678901234567890",
  "0.30000000000000004",
  "4.9e-324",
].map((text) => new JsonLiteral(text))

const operatorObjects: HostileJson[] = [
  new JsonObject([["$gt", ""]]),
  new JsonObject([["$ne", null]]),
  new JsonObject([["$in", ["a", "b"]]]),
  new JsonObject([["__proto__", new JsonObject([["admin", true]])]]),
  new JsonObject([
    ["constructor", new JsonObject([["prototype", new JsonObject([["polluted", true]])]])],
  ]),
  new JsonObject([["toString", "x"]]),
]

/** Keys no schema of ours should take. */
export const hostileKeys = [
  "__proto__",
  "constructor",
  "prototype",
  "$gt",
  "$where",
  "$ne",
  "",
  " ",
  "a.b",
  "a[b]",
  "\u0000",
  "\ud800",
  "\u202eid",
  "😀",
  "x".repeat(200),
  "toString",
  "hasOwnProperty",
  "producer_id",
  "metadata",
  "is_admin",
]

/** Any text, lone surrogates and control characters included. */
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  maxLength: 40,
})

export const hostileText = fc.oneof(
  { arbitrary: fc.constantFrom(...unicodeEdges, ...injections, ...numberWords), weight: 6 },
  { arbitrary: anyUnits, weight: 2 },
  { arbitrary: longText, weight: 1 }
)

const hostileLeaf: fc.Arbitrary<HostileJson> = fc.oneof(
  { arbitrary: hostileText, weight: 6 },
  { arbitrary: fc.constantFrom(...numberLiterals), weight: 3 },
  {
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 0.5)
    ),
    weight: 2,
  },
  { arbitrary: fc.constantFrom<HostileJson>(true, false, null), weight: 2 },
  { arbitrary: fc.constantFrom(...operatorObjects), weight: 2 }
)

/** A hostile value: a leaf, or arrays and objects of them under known and hostile keys. */
export function hostileValue(knownKeys: string[]): fc.Arbitrary<HostileJson> {
  const key = fc.constantFrom(...knownKeys, ...hostileKeys)
  const { value } = fc.letrec<{ value: HostileJson }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { arbitrary: hostileLeaf, weight: 6 },
      { arbitrary: fc.array(tie("value"), { maxLength: 4 }), weight: 1 },
      {
        arbitrary: fc
          .array(fc.tuple(key, tie("value")), { maxLength: 4 })
          .map((entries) => new JsonObject(entries)),
        weight: 1,
      }
    ),
  }))
  return value
}

export interface HostileBody {
  contentType: string | undefined
  body: string
}

/** Bodies that are not a JSON object at all, or not JSON. */
const notAnObject = fc.constantFrom<HostileBody>(
  ...["[]", "[{}]", "null", '"text"', "42", "true", "{", '{"a":', "{'a':1}", "\u0000"].map(
    (body) => ({ contentType: "application/json", body })
  ),
  { contentType: "application/json", body: `${"[".repeat(3000)}${"]".repeat(3000)}` },
  { contentType: "application/json", body: `[${Array(20_000).fill("1").join(",")}]` },
  // A type Medusa does not read (XML) leaves the body empty: a request without input, which a
  // route taking none rightly accepts. Text it reads, and refuses.
  { contentType: "text/plain", body: "just some text" }
)

/**
 * Bodies that no validator of ours may accept: not an object, or an object with a field that
 * no schema has (every body schema is `.strict()`) beside known fields holding hostile values,
 * sent as JSON, as a form, or too large to read.
 */
export function hostileBody(knownKeys: string[]): fc.Arbitrary<HostileBody> {
  const known = new Set(knownKeys)
  const unknownKey = fc.constantFrom(...hostileKeys.filter((key) => !known.has(key)))
  const value = hostileValue(knownKeys)
  const fields = knownKeys.length
    ? fc.array(fc.tuple(fc.constantFrom(...knownKeys), value), { maxLength: 6 })
    : fc.constant<[string, HostileJson][]>([])
  const poisoned = fc
    .tuple(unknownKey, value, fields, fc.nat())
    .map(([key, poison, others, at]) => {
      const entries: [string, HostileJson][] = [...others]
      entries.splice(at % (entries.length + 1), 0, [key, poison])
      return entries
    })
  return fc.oneof(
    { arbitrary: notAnObject, weight: 1 },
    {
      arbitrary: poisoned.map((entries) => ({
        contentType: "application/json",
        body: jsonText(new JsonObject(entries)),
      })),
      weight: 6,
    },
    {
      arbitrary: fc.tuple(poisoned, hugeText).map(([entries, huge]) => ({
        contentType: "application/json",
        body: jsonText(new JsonObject([...entries, ["padding", huge]])),
      })),
      weight: 1,
    },
    {
      arbitrary: poisoned.map((entries) => ({
        contentType: "application/x-www-form-urlencoded",
        body: queryText(entries.map(([key, field]) => [key, formValue(field)])),
      })),
      weight: 1,
    }
  )
}

/** A query value: text, a repeated key (`a=1&a=2`) or brackets (`a[$gt]=`). */
export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue }

function formValue(value: HostileJson): QueryValue {
  if (value instanceof JsonLiteral) {
    return value.text
  }
  if (value instanceof JsonObject) {
    return Object.fromEntries(value.entries.map(([key, field]) => [key, formValue(field)]))
  }
  if (Array.isArray(value)) {
    return value.map(formValue)
  }
  return String(value)
}

export function queryText(entries: [string, QueryValue][]): string {
  const pairs: string[] = []
  const add = (key: string, value: QueryValue) => {
    if (typeof value === "string") {
      pairs.push(`${percentEncode(key)}=${percentEncode(value)}`)
    } else if (Array.isArray(value)) {
      value.forEach((item) => add(key, item))
    } else {
      Object.entries(value).forEach(([inner, item]) => add(`${key}[${inner}]`, item))
    }
  }
  entries.forEach(([key, value]) => add(key, value))
  return pairs.join("&")
}

const shortQueryLeaf = fc.oneof(
  { arbitrary: fc.constantFrom(...unicodeEdges, ...injections, ...numberWords), weight: 3 },
  { arbitrary: anyUnits, weight: 1 }
)
const queryLeaf = fc.oneof(
  { arbitrary: shortQueryLeaf, weight: 8 },
  { arbitrary: longQueryText, weight: 1 }
)

const queryValue: fc.Arbitrary<QueryValue> = fc.oneof(
  { arbitrary: queryLeaf, weight: 6 },
  { arbitrary: fc.array(shortQueryLeaf, { minLength: 2, maxLength: 12 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("$gt", "$ne", "$ilike", "0", "__proto__", "constructor"), queryLeaf)
      .map(([key, leaf]) => ({ [key]: leaf })),
    weight: 1,
  }
)

/**
 * A query parameter named like a property every object has (`toString`, `__proto__`) never
 * reaches a route: it is dropped on the way, so it cannot stand for an unknown parameter.
 */
const OBJECT_PROPERTIES = new Set(Object.getOwnPropertyNames(Object.prototype))

/**
 * Query parameters for known names with hostile values, with an unknown one when `poisoned`.
 * The names in `textOnly` are sent once and as text.
 */
export function hostileQuery(
  knownKeys: string[],
  { poisoned, textOnly = [] }: { poisoned: boolean; textOnly?: string[] }
) {
  const known = new Set(knownKeys)
  const field = (key: string) =>
    fc.tuple(fc.constant(key), textOnly.includes(key) ? queryLeaf : queryValue)
  const fields = knownKeys.length
    ? fc.uniqueArray(fc.constantFrom(...knownKeys).chain(field), {
        minLength: poisoned ? 0 : 1,
        maxLength: 5,
        selector: ([key]) => key,
      })
    : fc.constant<[string, QueryValue][]>([])
  const unknownKey = fc.constantFrom(
    ...hostileKeys.filter((key) => key && !known.has(key) && !OBJECT_PROPERTIES.has(key))
  )
  // The unknown parameter is plain text: `x[__proto__]=1` is dropped on the way like the names
  // above, and would leave nothing unknown.
  const query = poisoned
    ? fc
        .tuple(unknownKey, queryLeaf, fields)
        .map(([key, value, others]) => queryText([[key, value], ...others]))
    : fields.map(queryText)
  return query.filter((text) => text.length <= MAX_QUERY_LENGTH)
}

/**
 * A path parameter: ids and handles that exist nowhere, some of them not even text, and escapes
 * that decode to no character at all (`%`, `%E0%A4%A`, a lone surrogate's bytes).
 */
export const hostileParam = fc
  .oneof(
    { arbitrary: fc.constantFrom(...unicodeEdges, ...injections, ...numberWords), weight: 4 },
    { arbitrary: anyUnits, weight: 2 },
    { arbitrary: fc.constant("x".repeat(3000)), weight: 1 }
  )
  // An empty, `.` or `..` segment is another URL, not another id.
  .filter((param) => param.length > 0 && param !== "." && param !== "..")
  .map(percentEncode)
  .chain((param) =>
    fc.oneof(
      { arbitrary: fc.constant(param), weight: 4 },
      { arbitrary: fc.constantFrom(`${param}%`, `%E0%A4%A${param}`), weight: 1 }
    )
  )

// ---------------------------------------------------------------------------------------------
// Sending and reading.

export interface Answer {
  status: number
  contentType: string
  text: string
  json: unknown
}

/**
 * One request exactly as given: the path is not normalised (as axios and fetch would) and the
 * body is sent byte for byte.
 */
export function send(
  baseUrl: string,
  {
    method,
    path: target,
    headers = {},
    body,
  }: { method: string; path: string; headers?: Record<string, string>; body?: HostileBody }
): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl)
  const content = body ? Buffer.from(body.body, "utf8") : undefined
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname,
        port,
        method,
        path: target,
        headers: {
          ...headers,
          ...(content ? { "content-length": String(content.length) } : {}),
          ...(body?.contentType ? { "content-type": body.contentType } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let json: unknown = undefined
          try {
            json = JSON.parse(text)
          } catch {
            json = undefined
          }
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers["content-type"] ?? ""),
            text,
            json,
          })
        })
        response.on("error", reject)
      }
    )
    request.on("error", reject)
    request.end(content)
  })
}

/** How Medusa's validators begin a refusal: the body or query never reached the route. */
export const VALIDATOR_REFUSAL = /^Invalid request: /

/**
 * Why an answer is not a refusal a person can read: a 4xx with a JSON `message` that says
 * something (not Medusa's "An unknown error occurred.", not a stack trace). Null when it is one.
 */
export function unreadableRefusal(answer: Answer, statuses: number[]): string | null {
  if (!statuses.includes(answer.status)) {
    return `answered ${answer.status} (expected ${statuses.join(" or ")}): ${answer.text.slice(0, 300)}`
  }
  const message = (answer.json as { message?: unknown } | undefined)?.message
  if (!answer.contentType.includes("application/json") || typeof message !== "string") {
    return `answered ${answer.status} without a JSON message: ${answer.text.slice(0, 300)}`
  }
  if (!message.trim() || message === "An unknown error occurred." || /\n\s+at /.test(message)) {
    return `answered ${answer.status} with an unreadable message: ${message.slice(0, 300)}`
  }
  return null
}

/** A request as a failure report shows it, long values cut short. */
export function describeRequest(method: string, target: string, body?: HostileBody) {
  const cut = (text: string) =>
    text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text
  return `${method} ${cut(target)}${body ? ` [${body.contentType}] ${cut(body.body)}` : ""}`
}

// ---------------------------------------------------------------------------------------------
// Has the database changed?

/** Our modules' tables, as their migrations create them; the link tables are named after them. */
function ourTables(): string[] {
  const modules = path.join(__dirname, "../../src/modules")
  return readdirSync(modules).flatMap((module) => {
    const migrations = path.join(modules, module, "migrations")
    return existsSync(migrations)
      ? readdirSync(migrations).flatMap((file) =>
          [
            ...readFileSync(path.join(migrations, file), "utf8").matchAll(
              /create table if not exists "([a-z_]+)"/g
            ),
          ].map(([, table]) => table)
        )
      : []
  })
}

/** Medusa's tables a request to our routes could touch: catalogue, stock, carts, orders, money. */
const MEDUSA_TABLES =
  /^(product|price|inventory|reservation|stock_location|cart|order|line_item|payment|refund|capture|fulfillment|shipping|return|notification|customer|sales_channel|promotion|user|auth_identity)/

/** The tables fingerprinted, found once: migrations do not run during a test file. */
let fingerprintedTables: string[] | undefined

/**
 * A fingerprint of our modules' tables, their links and Medusa's catalogue, cart, order and
 * payment tables: per table the number of rows and a sum of their hashes, in one query.
 */
export async function dbFingerprint(container: MedusaContainer): Promise<Map<string, string>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (!fingerprintedTables) {
    const ours = [...new Set(ourTables())]
    const { rows: tables } = await knex.raw<{ rows: { table_name: string }[] }>(
      `select table_name from information_schema.tables
       where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`
    )
    fingerprintedTables = tables
      .map(({ table_name }) => table_name)
      .filter((name) => MEDUSA_TABLES.test(name) || ours.some((table) => name.includes(table)))
  }
  const selects = fingerprintedTables.map(
    (name) =>
      `select '${name}' as name, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) as print from "${name}" t`
  )
  const { rows } = await knex.raw<{ rows: { name: string; print: string }[] }>(
    selects.join("\nunion all\n")
  )
  return new Map(rows.map(({ name, print }) => [name, print]))
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Map<string, string>, after: Map<string, string>) {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort()
}

/** The seed of this run: HOSTILE_SEED to replay a failure, otherwise a new one, printed. */
export function hostileSeed(): number {
  const seed = process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : Date.now() % 2 ** 31
  process.stdout.write(
    `hostile input: fast-check seed ${seed} (replay with HOSTILE_SEED=${seed})\n`
  )
  return seed
}
