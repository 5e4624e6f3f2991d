import { MedusaError } from "@medusajs/framework/utils"
import { CodedError } from "../../../utils/coded-error"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_APPLICATION_MODULE } from "../../../modules/producer-application"
import type ProducerApplicationModuleService from "../../../modules/producer-application/service"
import { OPEN_STATUSES } from "../../../modules/producer-application/status-machine"

export const validateNoOpenApplicationStepId = "validate-no-open-application"

/** One open application per person: a second one with the same email or phone is refused. */
export const validateNoOpenApplicationStep = createStep(
  validateNoOpenApplicationStepId,
  async (input: { email: string; phone: string }, { container }) => {
    const applications: ProducerApplicationModuleService = container.resolve(
      PRODUCER_APPLICATION_MODULE
    )
    const [open] = await applications.listProducerApplications(
      {
        $or: [{ email: input.email }, { phone: input.phone }],
        status: OPEN_STATUSES,
      },
      { take: 1 }
    )
    if (open) {
      throw new CodedError(
        MedusaError.Types.DUPLICATE_ERROR,
        "application_already_open",
        "An application with this email or phone number is already being reviewed. " +
          "You can check its status with your email and reference code."
      )
    }
    return new StepResponse(undefined)
  }
)
