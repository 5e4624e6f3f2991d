import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setStaffRoleWorkflow } from "../workflows/cooperative/workflows/set-staff-role"

/**
 * Makes a staff member an administrator, for a new deployment's first user:
 * `npx medusa user -e a@b.c -p …` then `npx medusa exec ./src/scripts/make-administrator.ts a@b.c`.
 */
export default async function makeAdministrator({ container, args }: ExecArgs) {
  const [email] = args
  const [user] = email ? await container.resolve(Modules.USER).listUsers({ email }) : []
  if (!user) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No staff member with the e-mail ${email ?? "(none given)"}; create her with \`medusa user\` first.`
    )
  }
  await setStaffRoleWorkflow(container).run({ input: { user_id: user.id, role: "administrator" } })
}
