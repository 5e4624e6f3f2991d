import { formatNumber } from "@imece/i18n"
import { Container, Heading, Label, Switch, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { useCurrentStaffMember } from "../../staff/use-staff"
import { useCooperativeSettings, useUpdateCooperativeSettings } from "../use-cooperative-settings"

/** The cooperative's rules: every staff member reads them, administrators change them. */
export function CooperativeSettingsPage() {
  const { t } = useTranslation(["admin", "common"])
  const { locale } = useLocale()
  const settings = useCooperativeSettings()
  const me = useCurrentStaffMember()
  const update = useUpdateCooperativeSettings()
  const isAdministrator = me.data?.role === "administrator"

  if (settings.isPending) {
    return <LoadingState />
  }
  if (settings.isError) {
    return <ErrorState message={settings.error.message} onRetry={() => void settings.refetch()} />
  }
  return (
    <div className="flex flex-col gap-y-4">
      <div>
        <Heading level="h1">{t("settings.title")}</Heading>
        {!isAdministrator && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("settings.readOnly")}
          </Text>
        )}
      </div>
      <Container className="flex items-start justify-between gap-x-4">
        <div>
          <Label htmlFor="product-moderation" weight="plus">
            {t("settings.productModeration")}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t("settings.productModerationHint")}
          </Text>
        </div>
        <Switch
          id="product-moderation"
          data-testid="settings-product-moderation"
          checked={settings.data.product_moderation}
          disabled={!isAdministrator || update.isPending}
          onCheckedChange={(product_moderation) =>
            update.mutate(
              { product_moderation },
              {
                onSuccess: () => toast.success(t("applications.actions.done")),
                onError: (error) => toast.error(error.message),
              }
            )
          }
        />
      </Container>
      <Container>
        <Text weight="plus">{t("settings.commission")}</Text>
        <Text size="small" className="text-ui-fg-subtle" data-testid="settings-commission">
          {t("settings.commissionValue", {
            percent: formatNumber(settings.data.commission_bps / 100, locale),
          })}
        </Text>
      </Container>
    </div>
  )
}
