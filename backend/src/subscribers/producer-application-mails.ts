import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontUrl } from "../utils/storefront-url"
import { notifyApplicantWorkflow } from "../workflows/producer-application/workflows/notify-applicant"
import { sendProducerInvitationWorkflow } from "../workflows/producer-application/workflows/send-producer-invitation"

const APPROVED = "producer_application.approved"
const CHANGES_REQUESTED = "producer_application.changes_requested"
const REJECTED = "producer_application.rejected"

/** Tells the applicant what staff decided: her invitation, the changes asked, or why not. */
export default async function producerApplicationMails({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  if (name === APPROVED) {
    const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    await sendProducerInvitationWorkflow(container).run({
      input: {
        application_id: data.id,
        secret: String(projectConfig.http.jwtSecret),
        storefront_url: storefrontUrl(),
      },
    })
    return
  }
  await notifyApplicantWorkflow(container).run({
    input: { application_id: data.id, kind: name === REJECTED ? "rejected" : "changes_requested" },
  })
}

export const config: SubscriberConfig = {
  event: [APPROVED, CHANGES_REQUESTED, REJECTED],
}
