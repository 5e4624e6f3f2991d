import { randomInt } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_APPLICATION_MODULE } from "../../../modules/producer-application"
import type ProducerApplicationModuleService from "../../../modules/producer-application/service"

export interface CreateProducerApplicationInput {
  full_name: string
  email: string
  phone: string
  city: string
  district?: string | null
  craft: string
  story: string
  course?: string | null
  photo_urls?: string[] | null
  locale: "tr" | "fa" | "en"
  consented_at: Date
  submitted_at: Date
}

/** Letters and digits that cannot be mistaken for each other when read out on the phone. */
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

function newReference(): string {
  let code = ""
  for (let i = 0; i < 8; i++) {
    code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]
  }
  return `IMC-${code}`
}

export const createProducerApplicationStepId = "create-producer-application"

export const createProducerApplicationStep = createStep(
  createProducerApplicationStepId,
  async (input: CreateProducerApplicationInput, { container }) => {
    const applications: ProducerApplicationModuleService = container.resolve(
      PRODUCER_APPLICATION_MODULE
    )
    const application = await applications.createProducerApplications({
      ...input,
      reference: newReference(),
      status: "submitted",
    })
    await applications.createApplicationEvents({
      application_id: application.id,
      action: "submit",
      from_status: null,
      to_status: "submitted",
      actor_type: "applicant",
    })
    return new StepResponse(application, application.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const applications: ProducerApplicationModuleService = container.resolve(
      PRODUCER_APPLICATION_MODULE
    )
    await applications.deleteProducerApplications(id)
  }
)
