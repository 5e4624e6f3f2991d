import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

interface DownloadCsvButtonProps {
  /** The table's heading, for screen readers: "By city: download CSV". */
  tableName: string
  isLoading: boolean
  onClick: () => void
  testId: string
}

/** Saves one table of the report as a CSV file for Excel. */
export function DownloadCsvButton({
  tableName,
  isLoading,
  onClick,
  testId,
}: DownloadCsvButtonProps) {
  const { t } = useTranslation(["admin", "common"])
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={isLoading}
      onClick={onClick}
      aria-label={t("impact.downloadLabel", { table: tableName })}
      data-testid={testId}
    >
      <ArrowDownTray aria-hidden />
      {t("impact.download")}
    </Button>
  )
}
