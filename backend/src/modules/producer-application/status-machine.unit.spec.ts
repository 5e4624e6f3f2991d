import { nextStatus, type ApplicationAction, type ApplicationStatus } from "./status-machine"

const ACTIONS: ApplicationAction[] = ["assign", "request_changes", "resubmit", "approve", "reject"]

describe("the application status machine", () => {
  it.each<[ApplicationStatus, ApplicationAction, ApplicationStatus]>([
    ["submitted", "assign", "in_review"],
    ["in_review", "assign", "in_review"],
    ["in_review", "request_changes", "changes_requested"],
    ["changes_requested", "resubmit", "submitted"],
    ["in_review", "approve", "approved"],
    ["in_review", "reject", "rejected"],
    ["submitted", "approve", "approved"],
    ["submitted", "reject", "rejected"],
  ])("%s —%s→ %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to)
  })

  it.each<ApplicationStatus>(["approved", "rejected"])("allows nothing once %s", (status) => {
    for (const action of ACTIONS) {
      expect(() => nextStatus(status, action)).toThrow(/cannot be/)
    }
  })

  it("waits for the applicant while changes are requested", () => {
    for (const action of ["assign", "approve", "reject", "request_changes"] as const) {
      expect(() => nextStatus("changes_requested", action)).toThrow(/changes requested/)
    }
  })

  it("only resubmits what was sent back", () => {
    expect(() => nextStatus("submitted", "resubmit")).toThrow("cannot be resubmitted")
  })
})
