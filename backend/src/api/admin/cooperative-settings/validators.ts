import { z } from "@medusajs/framework/zod"
import { isTimeZone } from "../../../utils/cooperative-calendar"
import { requestBody } from "../../utils/validators"

export const AdminGetCooperativeSettingsParams = z.object({}).strict()

export const AdminUpdateCooperativeSettings = requestBody(
  z
    .object({
      product_moderation: z.boolean().optional(),
      /** Basis points: 250 is 2.5 %. */
      commission_bps: z.number().int().min(0).max(10_000).optional(),
      earning_holding_days: z.number().int().min(0).max(365).optional(),
      /** An IANA zone such as "Europe/Istanbul": the cooperative's days and months. */
      time_zone: z
        .string()
        .refine(isTimeZone, {
          message: 'Give the time zone by its IANA name, e.g. "Europe/Istanbul" or "UTC".',
        })
        .optional(),
    })
    .strict()
)
export type AdminUpdateCooperativeSettingsType = z.infer<typeof AdminUpdateCooperativeSettings>
