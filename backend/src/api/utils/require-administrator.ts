import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/** Settings are the administrators'; reviewers moderate but change none of them. */
export async function requireAdministrator(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const role = await cooperative.retrieveRoleOfUser(req.auth_context.actor_id)
  if (role !== "administrator") {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only an administrator of the cooperative can change this."
      )
    )
  }
  next()
}
