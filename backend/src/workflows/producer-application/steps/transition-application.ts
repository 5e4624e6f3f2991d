import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_APPLICATION_MODULE } from "../../../modules/producer-application"
import type ProducerApplicationModuleService from "../../../modules/producer-application/service"
import {
  nextStatus,
  type ApplicationAction,
} from "../../../modules/producer-application/status-machine"

export interface TransitionApplicationInput {
  id: string
  action: ApplicationAction
  actor_type: "applicant" | "staff"
  actor_id?: string | null
  /** Why: the reason of a rejection, the changes asked, a note. */
  message?: string | null
  assigned_to?: string | null
  /** Answers the applicant changed when she resubmits. */
  answers?: ApplicantAnswers
  /** When a resubmission returns it to the inbox. */
  now: Date
}

export interface ApplicantAnswers {
  full_name?: string
  phone?: string
  city?: string
  district?: string | null
  craft?: string
  story?: string
  course?: string | null
  /** New photos replace the old ones. */
  photo_urls?: string[]
}

export const transitionApplicationStepId = "transition-application"

/**
 * Moves an application along the status machine and writes the step into its history. The
 * previous values are kept so a later failure in the workflow puts everything back.
 */
export const transitionApplicationStep = createStep(
  transitionApplicationStepId,
  async (input: TransitionApplicationInput, { container }) => {
    const applications: ProducerApplicationModuleService = container.resolve(
      PRODUCER_APPLICATION_MODULE
    )
    const current = await applications.retrieveProducerApplication(input.id)
    const status = nextStatus(current.status, input.action)
    const before = {
      id: current.id,
      status: current.status,
      assigned_to: current.assigned_to,
      staff_message: current.staff_message,
      submitted_at: current.submitted_at,
      full_name: current.full_name,
      phone: current.phone,
      city: current.city,
      district: current.district,
      craft: current.craft,
      story: current.story,
      course: current.course,
      photo_urls: current.photo_urls,
    }

    const staffSpeaks = input.action === "request_changes" || input.action === "reject"
    const updated = await applications.updateProducerApplications({
      id: current.id,
      status,
      ...(input.assigned_to !== undefined ? { assigned_to: input.assigned_to } : {}),
      ...(staffSpeaks ? { staff_message: input.message ?? null } : {}),
      ...(input.action === "resubmit" ? { ...input.answers, submitted_at: input.now } : {}),
    })
    const event = await applications.createApplicationEvents({
      application_id: current.id,
      action: input.action,
      from_status: current.status,
      to_status: status,
      actor_type: input.actor_type,
      actor_id: input.actor_id ?? null,
      message: input.message ?? null,
    })
    return new StepResponse(updated, { before, eventId: event.id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const applications: ProducerApplicationModuleService = container.resolve(
      PRODUCER_APPLICATION_MODULE
    )
    await applications.deleteApplicationEvents(undo.eventId)
    await applications.updateProducerApplications(undo.before)
  }
)
