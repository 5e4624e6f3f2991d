import { MedusaError } from "@medusajs/framework/utils"
import { CodedError } from "../../utils/coded-error"
import type { APPLICATION_STATUSES } from "./models/producer-application"

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export type ApplicationAction = "assign" | "request_changes" | "resubmit" | "approve" | "reject"

/**
 * submitted → in_review → changes_requested → submitted … → approved | rejected.
 * Staff may decide straight from the inbox, so a submitted application can also be approved,
 * rejected or sent back without being assigned first. Approved and rejected are final.
 */
const TRANSITIONS: Record<ApplicationAction, { from: ApplicationStatus[]; to: ApplicationStatus }> =
  {
    assign: { from: ["submitted", "in_review"], to: "in_review" },
    request_changes: { from: ["submitted", "in_review"], to: "changes_requested" },
    resubmit: { from: ["changes_requested"], to: "submitted" },
    approve: { from: ["submitted", "in_review"], to: "approved" },
    reject: { from: ["submitted", "in_review"], to: "rejected" },
  }

/** Statuses in which an applicant may not apply again with the same email or phone. */
export const OPEN_STATUSES: ApplicationStatus[] = ["submitted", "in_review", "changes_requested"]

/** The status an action leads to, or a 400 that says why it cannot happen. */
export function nextStatus(
  current: ApplicationStatus,
  action: ApplicationAction
): ApplicationStatus {
  const transition = TRANSITIONS[action]
  // Only the applicant resubmits; she reads the refusal on the status page, in her language.
  if (action === "resubmit" && !transition.from.includes(current)) {
    throw new CodedError(
      MedusaError.Types.NOT_ALLOWED,
      "application_not_awaiting_changes",
      `An application that is ${current.replace("_", " ")} cannot be resubmitted.`
    )
  }
  if (!transition.from.includes(current)) {
    throw new CodedError(
      MedusaError.Types.NOT_ALLOWED,
      "application_decided_meanwhile",
      `An application that is ${current.replace("_", " ")} cannot be ${
        {
          assign: "assigned",
          request_changes: "sent back for changes",
          resubmit: "resubmitted",
          approve: "approved",
          reject: "rejected",
        }[action]
      }.`
    )
  }
  return transition.to
}
