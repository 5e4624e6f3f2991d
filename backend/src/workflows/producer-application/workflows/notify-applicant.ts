import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { renderApplicantMail } from "../messages"

export interface NotifyApplicantInput {
  application_id: string
  kind: "changes_requested" | "rejected"
}

export const notifyApplicantWorkflowId = "notify-applicant"

/** Sends the applicant staff's message (changes asked, or why not) in the language she applied in. */
export const notifyApplicantWorkflow = createWorkflow(
  notifyApplicantWorkflowId,
  (input: NotifyApplicantInput) => {
    const { data: applications } = useQueryGraphStep({
      entity: "producer_application",
      fields: ["id", "email", "full_name", "locale", "reference", "staff_message"],
      filters: { id: input.application_id },
      options: { throwIfKeyNotFound: true },
    })
    const notification = transform(
      { input, applications },
      ({ input, applications: [applicant] }) => {
        const mail = renderApplicantMail(input.kind, applicant.locale, {
          name: applicant.full_name,
          message: applicant.staff_message,
        })
        return [
          {
            to: applicant.email,
            channel: "email",
            template: `producer-application-${input.kind.replace("_", "-")}`,
            content: mail,
            // Kept in data too: the notification table, the development outbox, stores data only.
            data: {
              ...mail,
              locale: applicant.locale,
              reference: applicant.reference,
              application_id: applicant.id,
            },
          },
        ]
      }
    )
    return new WorkflowResponse(sendNotificationsStep(notification))
  }
)
