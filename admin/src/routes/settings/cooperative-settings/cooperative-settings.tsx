import { formatNumber } from "@imece/i18n"
import { Button, Container, Heading, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
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
        <Link to="/commission" className="text-ui-fg-interactive txt-small">
          {t("settings.commissionRules")}
        </Link>
      </Container>
      <HoldingDays
        key={settings.data.earning_holding_days}
        days={settings.data.earning_holding_days}
        editable={isAdministrator}
        saving={update.isPending}
        onSave={(earning_holding_days) =>
          update.mutate(
            { earning_holding_days },
            {
              onSuccess: () => toast.success(t("applications.actions.done")),
              onError: (error) => toast.error(error.message),
            }
          )
        }
      />
    </div>
  )
}

/** Days after delivery before an earning may be paid: a whole number, 0 to 365. */
function HoldingDays({
  days,
  editable,
  saving,
  onSave,
}: {
  days: number
  editable: boolean
  saving: boolean
  onSave: (days: number) => void
}) {
  const { t } = useTranslation(["admin", "common"])
  const [typed, setTyped] = useState(String(days))
  const value = Number(typed)
  const valid = /^\d{1,3}$/.test(typed.trim()) && value <= 365
  return (
    <Container>
      <form
        className="flex flex-col gap-y-2"
        onSubmit={(event) => {
          event.preventDefault()
          if (valid) {
            onSave(value)
          }
        }}
      >
        <Label htmlFor="earning-holding-days" weight="plus">
          {t("settings.holdingDays")}
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          {t("settings.holdingDaysHint")}
        </Text>
        <div className="flex items-start gap-x-2">
          <Input
            id="earning-holding-days"
            data-testid="settings-holding-days"
            inputMode="numeric"
            className="w-24"
            value={typed}
            disabled={!editable}
            aria-invalid={!valid}
            onChange={(event) => setTyped(event.target.value)}
          />
          {editable && (
            <Button
              type="submit"
              variant="secondary"
              size="small"
              isLoading={saving}
              disabled={!valid || value === days}
              data-testid="settings-holding-days-save"
            >
              {t("settings.save")}
            </Button>
          )}
        </div>
        {!valid && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {t("settings.holdingDaysInvalid")}
          </Text>
        )}
      </form>
    </Container>
  )
}
