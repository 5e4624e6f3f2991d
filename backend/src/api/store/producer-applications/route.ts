import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitProducerApplicationWorkflow } from "../../../workflows/producer-application/workflows/submit-producer-application"
import type { StoreCreateProducerApplicationType } from "./validators"

/** A woman applies to sell. She gets a reference code to follow her application with. */
export const POST = async (
  req: MedusaRequest<StoreCreateProducerApplicationType>,
  res: MedusaResponse
) => {
  const { consent: _consent, ...answers } = req.validatedBody
  const { result: application } = await submitProducerApplicationWorkflow(req.scope).run({
    input: { ...answers, now: new Date() },
  })
  res.status(201).json({
    application: {
      reference: application.reference,
      status: application.status,
      submitted_at: application.submitted_at,
    },
  })
}
