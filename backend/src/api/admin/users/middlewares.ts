import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { refuseRemovingLastAdministrator } from "../../../workflows/cooperative/keep-an-administrator"

/** Medusa's own user deletion knows no cooperative roles: the last administrator stays. */
async function keepLastAdministrator(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  await refuseRemovingLastAdministrator(req.scope, req.params.id)
  next()
}

export const adminUserRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["DELETE"], matcher: "/admin/users/:id", middlewares: [keepLastAdministrator] },
]
