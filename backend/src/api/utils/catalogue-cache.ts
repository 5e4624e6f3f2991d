import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  bumpCatalogueGeneration,
  changesCatalogue,
  currentCatalogueGeneration,
} from "../../utils/catalogue-generation"
import { storeReadOf } from "./store-caching"

type KeptAnswer = { generation: string; body: string; keptAt: number }

/**
 * Answers to anonymous catalogue reads, kept in this process, the least recently used first out
 * past the size limit. An answer serves only its own generation; the time limit bounds anything
 * that changes without an event.
 */
const kept = new Map<string, KeptAnswer>()
let keptBytes = 0

const maxBytes = () => Number(process.env.CATALOGUE_CACHE_MB ?? 64) * 1024 * 1024
const maxAgeMs = () => Number(process.env.CATALOGUE_CACHE_SECONDS ?? 60) * 1000

function forget(key: string) {
  const answer = kept.get(key)
  if (answer) {
    keptBytes -= answer.body.length
    kept.delete(key)
  }
}

function keep(key: string, answer: KeptAnswer) {
  forget(key)
  if (answer.body.length > maxBytes()) {
    return
  }
  kept.set(key, answer)
  keptBytes += answer.body.length
  for (const oldest of kept.keys()) {
    if (keptBytes <= maxBytes()) {
      break
    }
    forget(oldest)
  }
}

/**
 * Everything that changes a catalogue answer and is not in its address: the sales channel (by
 * the publishable key) and the language asked by header. Region, currency, language by query,
 * filters and fields are in the address.
 */
const keyOf = (req: MedusaRequest) =>
  JSON.stringify([
    req.originalUrl,
    req.get("x-publishable-api-key") ?? "",
    req.get("x-medusa-locale") ?? "",
  ])

/**
 * Serves an anonymous shopper's catalogue read from what an earlier one was answered in the
 * same generation, and keeps each fresh 200. A signed-in shopper is always answered afresh:
 * her customer group may see other prices.
 */
export async function serveCatalogueFromCache(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const signedIn = Boolean((req as AuthenticatedMedusaRequest).auth_context?.actor_id)
  if (req.method !== "GET" || signedIn || storeReadOf(req) !== "kept") {
    return next()
  }
  const generation = await currentCatalogueGeneration()
  if (generation === null) {
    return next()
  }
  const key = keyOf(req)
  // A reload asks afresh (`Cache-Control: no-cache`); its answer is kept for the next reader.
  const afresh = /no-cache/i.test(req.get("cache-control") ?? "")
  const answer = afresh ? undefined : kept.get(key)
  if (answer && answer.generation === generation && Date.now() - answer.keptAt < maxAgeMs()) {
    // Most recently used: to the end of the map's order.
    kept.delete(key)
    kept.set(key, answer)
    res.setHeader("X-Catalogue-Cache", "hit")
    res.type("json").send(answer.body)
    return
  }
  res.setHeader("X-Catalogue-Cache", "miss")
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode !== 200) {
      return json(body)
    }
    const text = JSON.stringify(body)
    keep(key, { generation, body: text, keptAt: Date.now() })
    return res.type("json").send(text)
  }
  next()
}

let watching = false

/**
 * Starts a new generation as soon as this process emits an event that changes the catalogue,
 * before any subscriber runs: a producer who changes a price and reloads sees the new one. Set
 * up on the first request a process serves, before its own write runs; the worker, which serves
 * none, has the subscriber `catalogue-changes` instead.
 */
export function watchCatalogueChanges(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!watching) {
    watching = true
    const eventBus = req.scope.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
    eventBus.addInterceptor?.(async ({ name }) => {
      if (changesCatalogue(name)) {
        await bumpCatalogueGeneration()
      }
    })
  }
  next()
}
