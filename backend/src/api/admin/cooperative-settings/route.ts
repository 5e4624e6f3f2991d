import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeSettingsResponse } from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { updateCooperativeSettingsWorkflow } from "../../../workflows/cooperative/workflows/update-cooperative-settings"
import type { AdminUpdateCooperativeSettingsType } from "./validators"

async function currentSettings(req: AuthenticatedMedusaRequest) {
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const { product_moderation, commission_bps, earning_holding_days, time_zone } =
    await cooperative.retrieveCurrentSettings()
  return { product_moderation, commission_bps, earning_holding_days, time_zone }
}

/** Every staff member may read the rules in force. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCooperativeSettingsResponse>
) => {
  res.json({ cooperative_settings: await currentSettings(req) })
}

/** Administrators change them. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCooperativeSettingsType>,
  res: MedusaResponse<AdminCooperativeSettingsResponse>
) => {
  await updateCooperativeSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ cooperative_settings: await currentSettings(req) })
}
