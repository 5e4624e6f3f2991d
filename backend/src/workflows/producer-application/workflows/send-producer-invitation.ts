import { generateJwtToken } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createPasswordResetTokenStep,
  sendNotificationsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { renderApplicantMail } from "../messages"

/** Long enough for someone who checks her mail once a week. */
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60

export interface SendProducerInvitationInput {
  application_id: string
  /** The backend's JWT secret: the link carries a single-use password token signed with it. */
  secret: string
  storefront_url: string
}

export const sendProducerInvitationWorkflowId = "send-producer-invitation"

/**
 * Mails an approved producer a link to set her password. The link holds the same single-use
 * token as Medusa's reset-password flow, so `POST /auth/producer/emailpass/update` accepts it.
 */
export const sendProducerInvitationWorkflow = createWorkflow(
  sendProducerInvitationWorkflowId,
  (input: SendProducerInvitationInput) => {
    const { data: applications } = useQueryGraphStep({
      entity: "producer_application",
      fields: ["id", "email", "full_name", "locale"],
      filters: { id: input.application_id },
      options: { throwIfKeyNotFound: true },
    })
    const email = transform({ applications }, ({ applications: [applicant] }) => applicant.email)
    const resetToken = createPasswordResetTokenStep({
      entityId: email,
      provider: "emailpass",
      ttlSeconds: INVITATION_TTL_SECONDS,
    })
    const notification = transform(
      { input, applications, resetToken },
      ({ input, applications: [applicant], resetToken }) => {
        const token = generateJwtToken(
          {
            entity_id: applicant.email,
            provider: "emailpass",
            actor_type: "producer",
            purpose: "reset",
          },
          {
            secret: input.secret,
            expiresIn: `${INVITATION_TTL_SECONDS}s`,
            jwtOptions: { jwtid: resetToken.jti },
          }
        )
        const link = `${input.storefront_url}/sell/set-password?token=${encodeURIComponent(token)}&email=${encodeURIComponent(applicant.email)}`
        const mail = renderApplicantMail("invitation", applicant.locale, {
          name: applicant.full_name,
          link,
        })
        return [
          {
            to: applicant.email,
            channel: "email",
            template: "producer-invitation",
            content: mail,
            // Kept in data too: the notification table, the development outbox, stores data only.
            data: { ...mail, link, locale: applicant.locale, application_id: applicant.id },
          },
        ]
      }
    )
    return new WorkflowResponse(sendNotificationsStep(notification))
  }
)
