import type { common } from "@imece/i18n"
import type { StorefrontTranslations } from "./locales/storefront"

// Lets TypeScript check every `t("…")` key against the Turkish texts.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "storefront"
    resources: {
      storefront: StorefrontTranslations
      common: (typeof common)["tr"]
    }
  }
}
