import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

const TURKISH_TO_ASCII: Record<string, string> = {
  ç: "c",
  ğ: "g",
  ı: "i",
  ö: "o",
  ş: "s",
  ü: "u",
  â: "a",
  î: "i",
  û: "u",
}

/** "Ayşe Yılmaz" → "ayse-yilmaz"; names in other scripts fall back to the reference. */
export function handleFromName(name: string, fallback: string): string {
  const ascii = name
    .toLocaleLowerCase("tr")
    .replace(/[çğıöşüâîû]/g, (char) => TURKISH_TO_ASCII[char] ?? char)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  return ascii.length >= 3 ? ascii : fallback.toLowerCase().replace(/[^a-z0-9]+/g, "-")
}

export const generateProducerHandleStepId = "generate-producer-handle"

/** A shop handle nobody has yet: her name, then her name with a number. */
export const generateProducerHandleStep = createStep(
  generateProducerHandleStepId,
  async (input: { name: string; reference: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const base = handleFromName(input.name, input.reference)
    const taken = new Set(
      (
        await producers.listProducers(
          { handle: { $like: `${base}%` } },
          { select: ["handle"], withDeleted: true }
        )
      ).map((producer) => producer.handle)
    )
    let handle = base
    for (let n = 2; taken.has(handle); n++) {
      handle = `${base}-${n}`
    }
    return new StepResponse(handle)
  }
)
