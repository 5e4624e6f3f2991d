import type { common } from "@imece/i18n"
import type { AdminTranslations } from "./locales/admin"

// Lets TypeScript check every `t("…")` key against the Turkish resources.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "admin"
    resources: {
      admin: AdminTranslations
      common: (typeof common)["tr"]
    }
  }
}
