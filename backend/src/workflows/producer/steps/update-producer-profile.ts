import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LocalizedText } from "@imece/types"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { firstName } from "../../../utils/handle"

export interface ProducerProfileChanges {
  full_name?: string
  craft?: LocalizedText | null
  story?: LocalizedText | null
  city?: string | null
  district?: string | null
  avatar_url?: string | null
  show_full_name?: boolean
  show_district?: boolean
  processing_days?: number | null
  accepts_returns?: boolean
  vacation_from?: Date | null
  vacation_until?: Date | null
  iban?: string | null
  iban_holder?: string | null
}

/** What shoppers see as her name: all of it, or only the first word when she keeps it private. */
export function publicName(fullName: string, showFullName: boolean): string {
  return showFullName ? fullName.trim() : firstName(fullName)
}

export const updateProducerProfileStepId = "update-producer-profile"

/** Writes her changes and the public name they imply; undoing restores what was there. */
export const updateProducerProfileStep = createStep(
  updateProducerProfileStepId,
  async (input: { id: string; changes: ProducerProfileChanges }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const current = await producers.retrieveProducer(input.id)
    const fullName = input.changes.full_name ?? current.full_name ?? current.name
    const showFullName = input.changes.show_full_name ?? current.show_full_name
    const update = { ...input.changes, name: publicName(fullName, showFullName) }

    const previous = Object.fromEntries(
      Object.keys(update).map((key) => [key, current[key as keyof typeof current]])
    )
    const updated = await producers.updateProducers({ id: input.id, ...update })
    return new StepResponse(updated, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducers(previous)
  }
)
