import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resubmitProducerApplicationWorkflow } from "../../../../workflows/producer-application/workflows/resubmit-producer-application"
import { findApplicationOfApplicant } from "../helpers"
import type { StoreResubmitProducerApplicationType } from "../validators"

/** After staff asked for changes, she answers again and the application returns to the inbox. */
export const POST = async (
  req: MedusaRequest<StoreResubmitProducerApplicationType>,
  res: MedusaResponse
) => {
  const { email, reference, photo_ids, ...answers } = req.validatedBody
  const { id } = await findApplicationOfApplicant(req.scope, { email, reference })
  await resubmitProducerApplicationWorkflow(req.scope).run({
    input: { id, actor_type: "applicant", answers, photo_ids, now: new Date() },
  })
  res.json({ application: await findApplicationOfApplicant(req.scope, { email, reference }) })
}
