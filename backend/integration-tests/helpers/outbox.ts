import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The development outbox is Medusa's own notification table: every mail the marketplace sends
 * is stored there. Mails go out from subscribers after the workflow, so this waits for them.
 */
export async function waitForMail(
  container: MedusaContainer,
  filters: { to: string; template: string },
  timeoutMs = 15_000
) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const [mail] = await notifications.listNotifications(filters)
    if (mail) {
      return mail
    }
    if (Date.now() > deadline) {
      throw new Error(`No ${filters.template} mail to ${filters.to} within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
