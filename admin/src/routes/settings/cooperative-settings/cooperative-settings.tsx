import { formatNumber } from "@imece/i18n"
import type { AdminCooperativeSettings } from "@imece/types"
import { Button, Container, Heading, Input, Label, Switch, Text, toast, clx } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { TEXT_LINK_CLASSES } from "../../../components/common/text-link"
import { useLocale } from "../../../i18n/use-locale"
import { useCommissionRules } from "../../commission-rules/use-commission-rules"
import { useCurrentStaffMember } from "../../staff/use-staff"
import { useCooperativeSettings, useUpdateCooperativeSettings } from "../use-cooperative-settings"
import { useDescribeError } from "../../../i18n/use-describe-error"

/** The cooperative's rules: every staff member reads them, administrators change them. */
export function CooperativeSettingsPage() {
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const { locale } = useLocale()
  const settings = useCooperativeSettings()
  const cooperativeRules = useCommissionRules({ scope: "cooperative" })
  const ruleInForce = cooperativeRules.data?.find((rule) => rule.in_force)
  const me = useCurrentStaffMember()
  const update = useUpdateCooperativeSettings()
  const isAdministrator = me.data?.role === "administrator"
  const save = (changes: Partial<AdminCooperativeSettings>) =>
    update.mutate(changes, {
      onSuccess: () => toast.success(t("applications.actions.done")),
      onError: (error) => toast.error(describe(error)),
    })

  if (settings.isPending) {
    return <LoadingState />
  }
  if (settings.isError) {
    return <ErrorState message={describe(settings.error)} onRetry={() => void settings.refetch()} />
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
          onCheckedChange={(product_moderation) => save({ product_moderation })}
        />
      </Container>
      <Container>
        <Text weight="plus">{t("settings.commission")}</Text>
        <Text size="small" className="text-ui-fg-subtle" data-testid="settings-commission">
          {ruleInForce
            ? t("settings.commissionInForce", {
                percent: formatNumber(ruleInForce.rate_bps / 100, locale),
              })
            : t("settings.commissionValue", {
                percent: formatNumber(settings.data.commission_bps / 100, locale),
              })}
        </Text>
        <Link to="/commission" className={clx(TEXT_LINK_CLASSES, "txt-small")}>
          {t("settings.commissionRules")}
        </Link>
      </Container>
      <HoldingDays
        key={settings.data.earning_holding_days}
        days={settings.data.earning_holding_days}
        editable={isAdministrator}
        saving={update.isPending}
        onSave={(earning_holding_days) => save({ earning_holding_days })}
      />
      <TimeZoneSetting
        key={settings.data.time_zone}
        timeZone={settings.data.time_zone}
        editable={isAdministrator}
        saving={update.isPending}
        onSave={(time_zone) => save({ time_zone })}
      />
    </div>
  )
}

/**
 * The time zone whose days every period of money is counted in. The zones are the browser's own
 * list of IANA names, which the backend checks too; the one saved is kept even if missing there.
 */
function TimeZoneSetting({
  timeZone,
  editable,
  saving,
  onSave,
}: {
  timeZone: string
  editable: boolean
  saving: boolean
  onSave: (timeZone: string) => void
}) {
  const { t } = useTranslation(["admin", "common"])
  const [chosen, setChosen] = useState(timeZone)
  const zones = Intl.supportedValuesOf("timeZone")
  return (
    <SettingForm
      fieldId="cooperative-time-zone"
      label={t("settings.timeZone")}
      hint={t("settings.timeZoneHint")}
      editable={editable}
      saving={saving}
      canSave={chosen !== timeZone}
      saveTestId="settings-time-zone-save"
      onSave={() => onSave(chosen)}
    >
      <select
        id="cooperative-time-zone"
        data-testid="settings-time-zone"
        dir="ltr"
        className="bg-ui-bg-field shadow-borders-base text-ui-fg-base txt-compact-small h-8 max-w-full rounded-md px-2 disabled:text-ui-fg-disabled"
        value={chosen}
        disabled={!editable}
        onChange={(event) => setChosen(event.target.value)}
      >
        {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </SettingForm>
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
    <SettingForm
      fieldId="earning-holding-days"
      label={t("settings.holdingDays")}
      hint={t("settings.holdingDaysHint")}
      editable={editable}
      saving={saving}
      canSave={valid && value !== days}
      saveTestId="settings-holding-days-save"
      onSave={() => onSave(value)}
      problem={
        !valid && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {t("settings.holdingDaysInvalid")}
          </Text>
        )
      }
    >
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
    </SettingForm>
  )
}

/** A setting saved on its own: its name, what it does, its field, and Save for administrators. */
function SettingForm({
  fieldId,
  label,
  hint,
  editable,
  saving,
  canSave,
  saveTestId,
  onSave,
  problem,
  children,
}: {
  fieldId: string
  label: string
  hint: string
  editable: boolean
  saving: boolean
  canSave: boolean
  saveTestId: string
  onSave: () => void
  /** Why what she typed cannot be saved, shown under the field. */
  problem?: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation(["admin", "common"])
  return (
    <Container>
      <form
        className="flex flex-col gap-y-2"
        onSubmit={(event) => {
          event.preventDefault()
          if (canSave) {
            onSave()
          }
        }}
      >
        <Label htmlFor={fieldId} weight="plus">
          {label}
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
        <div className="flex flex-wrap items-start gap-2">
          {children}
          {editable && (
            <Button
              type="submit"
              variant="secondary"
              size="small"
              isLoading={saving}
              disabled={!canSave}
              data-testid={saveTestId}
            >
              {t("settings.save")}
            </Button>
          )}
        </div>
        {problem}
      </form>
    </Container>
  )
}
