import { formatNumber, type Locale } from "@imece/i18n"
import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

interface PaginationProps {
  count: number
  offset: number
  limit: number
  locale: Locale
  onOffsetChange: (offset: number) => void
}

/**
 * Previous and next pages with the range shown. Written here rather than `Table.Pagination` so
 * the range reads naturally in each language and uses the reader's digits.
 */
export function Pagination({ count, offset, limit, locale, onOffsetChange }: PaginationProps) {
  const { t } = useTranslation(["admin", "common"])
  const from = count === 0 ? 0 : Math.min(offset + 1, count)
  const to = Math.min(offset + limit, count)

  return (
    <nav
      aria-label={t("pagination.label")}
      className="flex flex-wrap items-center justify-between gap-2 px-6 py-4"
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("pagination.range", {
          from: formatNumber(from, locale),
          to: formatNumber(to, locale),
          total: formatNumber(count, locale),
        })}
      </Text>
      <div className="flex items-center gap-x-2">
        <Button
          variant="secondary"
          size="small"
          disabled={offset === 0}
          onClick={() => onOffsetChange(Math.max(offset - limit, 0))}
        >
          {t("pagination.previous")}
        </Button>
        <Button
          variant="secondary"
          size="small"
          disabled={offset + limit >= count}
          onClick={() => onOffsetChange(offset + limit)}
        >
          {t("pagination.next")}
        </Button>
      </div>
    </nav>
  )
}
