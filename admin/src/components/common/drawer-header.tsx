import { XMark } from "@medusajs/icons"
import { Drawer, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/**
 * In place of `Drawer.Header` from @medusajs/ui, whose close button holds only an icon and so
 * reaches a screen reader as a nameless "button". Same layout, with the button named in the
 * staff member's language and without the "esc" hint, which no translation covers.
 */
export function DrawerHeader({ children }: { children: ReactNode }) {
  const { t } = useTranslation(["admin", "common"])
  return (
    <div className="border-ui-border-base flex items-start justify-between gap-x-4 border-b px-6 py-4">
      <div className="flex flex-col gap-y-1">{children}</div>
      <Drawer.Close asChild>
        <IconButton size="small" type="button" variant="transparent" aria-label={t("drawer.close")}>
          <XMark aria-hidden />
        </IconButton>
      </Drawer.Close>
    </div>
  )
}
