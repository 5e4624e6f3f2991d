import { parseTypedNumber } from "@imece/i18n"
import {
  COMMISSION_RULE_SCOPES,
  type AdminCreateCommissionRuleBody,
  type CommissionRuleScope,
} from "@imece/types"
import { Button, Drawer, Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerHeader } from "../../../../components/common/drawer-header"
import { LoadingState } from "../../../../components/common/page-states"
import { SearchInput } from "../../../../components/common/search-input"
import { useProducers } from "../../../producers/use-producers"
import { cooperativeToday } from "../../../../i18n/cooperative-days"
import { useCategoryChoices } from "../../use-commission-rules"

interface CommissionRuleDrawerProps {
  open: boolean
  isPending: boolean
  onClose: () => void
  onSave: (body: AdminCreateCommissionRuleBody) => void
  /** The cooperative's time zone: a rule starts today there at the earliest. */
  timeZone: string
}

/** How many producers the search shows; typing more of a name narrows it. */
const PRODUCER_CHOICES = 20

const initialValues = (timeZone: string) => ({
  scope: "cooperative" as CommissionRuleScope,
  target_id: "",
  percent: "",
  valid_from: cooperativeToday(timeZone),
})

/** A rate as staff type it (7,5 or ۷٫۵), within 0–100 with at most two decimals; else null. */
function typedPercent(text: string): number | null {
  const percent = parseTypedNumber(text)
  return percent !== null && percent <= 100 ? percent : null
}

interface Choice {
  id: string
  name: string
}

/** A list of choices to pick one from, or why there is none. */
function TargetChoices({
  name,
  choices,
  value,
  onChange,
  isPending,
  isError,
  emptyText,
}: {
  name: string
  choices: Choice[]
  value: string
  onChange: (id: string) => void
  isPending: boolean
  isError: boolean
  emptyText: string
}) {
  const { t } = useTranslation(["admin", "common"])
  if (isPending) {
    return <LoadingState className="py-4" />
  }
  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error" role="alert">
        {t("commission.form.loadFailed")}
      </Text>
    )
  }
  if (!choices.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {emptyText}
      </Text>
    )
  }
  return (
    <RadioGroup value={value} onValueChange={onChange} aria-label={name} className="gap-y-2">
      {choices.map((choice) => (
        <div key={choice.id} className="flex items-center gap-x-2">
          <RadioGroup.Item
            value={choice.id}
            id={`rule-target-${choice.id}`}
            data-testid={`rule-target-${choice.id}`}
          />
          <Label htmlFor={`rule-target-${choice.id}`}>{choice.name}</Label>
        </div>
      ))}
    </RadioGroup>
  )
}

interface PickerProps {
  value: string
  onChange: (id: string) => void
}

/** The cooperative's categories; loaded when a category rule is being written. */
function CategoryPicker({ value, onChange }: PickerProps) {
  const { t } = useTranslation(["admin", "common"])
  const categories = useCategoryChoices()
  return (
    <TargetChoices
      name={t("commission.form.category")}
      choices={categories.data ?? []}
      value={value}
      onChange={onChange}
      isPending={categories.isPending}
      isError={categories.isError}
      emptyText={t("commission.form.noCategories")}
    />
  )
}

/** Producers found by name (the first few); loaded when a producer rule is being written. */
function ProducerPicker({ value, onChange }: PickerProps) {
  const { t } = useTranslation(["admin", "common"])
  const [search, setSearch] = useState("")
  const producers = useProducers({ q: search || undefined, limit: PRODUCER_CHOICES })
  return (
    <>
      <SearchInput
        value={search}
        onChange={setSearch}
        label={t("commission.form.producerSearch")}
      />
      <TargetChoices
        name={t("commission.form.producer")}
        choices={producers.data?.producers ?? []}
        value={value}
        onChange={onChange}
        isPending={producers.isPending}
        isError={producers.isError}
        emptyText={t("commission.form.noProducers")}
      />
    </>
  )
}

/**
 * A new rule: what it applies to, its rate in percent and its first day (today or later, in the
 * cooperative's calendar). Rules are not edited: a later rule replaces one.
 */
export function CommissionRuleDrawer({
  open,
  isPending,
  onClose,
  onSave,
  timeZone,
}: CommissionRuleDrawerProps) {
  const { t } = useTranslation(["admin", "common"])
  const [values, setValues] = useState(() => initialValues(timeZone))
  const [shownOpen, setShownOpen] = useState(open)

  // Each opening starts from an empty rule, not from the last one added.
  if (open !== shownOpen) {
    setShownOpen(open)
    if (open) {
      setValues(initialValues(timeZone))
    }
  }

  const today = cooperativeToday(timeZone)
  const percent = typedPercent(values.percent)
  const valid =
    percent !== null &&
    /^\d{4}-\d{2}-\d{2}$/.test(values.valid_from) &&
    values.valid_from >= today &&
    (values.scope === "cooperative" || values.target_id !== "")

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content>
        <DrawerHeader>
          <Drawer.Title>{t("commission.form.title")}</Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            {t("commission.subtitle")}
          </Drawer.Description>
        </DrawerHeader>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <fieldset className="flex flex-col gap-y-2">
            <legend className="txt-compact-small-plus mb-2">{t("commission.form.scope")}</legend>
            <RadioGroup
              value={values.scope}
              onValueChange={(scope) =>
                setValues({ ...values, scope: scope as CommissionRuleScope, target_id: "" })
              }
              className="gap-y-2"
            >
              {COMMISSION_RULE_SCOPES.map((scope) => (
                <div key={scope} className="flex items-center gap-x-2">
                  <RadioGroup.Item
                    value={scope}
                    id={`rule-scope-${scope}`}
                    data-testid={`rule-scope-${scope}`}
                  />
                  <Label htmlFor={`rule-scope-${scope}`}>
                    {t(`commission.form.scopes.${scope}`)}
                  </Label>
                </div>
              ))}
            </RadioGroup>
          </fieldset>

          {values.scope === "category" && (
            <fieldset className="flex flex-col gap-y-2">
              <legend className="txt-compact-small-plus mb-2">
                {t("commission.form.category")}
              </legend>
              <CategoryPicker
                value={values.target_id}
                onChange={(target_id) => setValues({ ...values, target_id })}
              />
            </fieldset>
          )}

          {values.scope === "producer" && (
            <fieldset className="flex flex-col gap-y-2">
              <legend className="txt-compact-small-plus mb-2">
                {t("commission.form.producer")}
              </legend>
              <ProducerPicker
                value={values.target_id}
                onChange={(target_id) => setValues({ ...values, target_id })}
              />
            </fieldset>
          )}

          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-percent">{t("commission.form.percent")}</Label>
            <Input
              id="rule-percent"
              data-testid="rule-percent"
              inputMode="decimal"
              autoComplete="off"
              value={values.percent}
              aria-invalid={values.percent !== "" && percent === null}
              aria-describedby="rule-percent-hint"
              onChange={(event) => setValues({ ...values, percent: event.target.value })}
            />
            <Text id="rule-percent-hint" size="small" className="text-ui-fg-subtle">
              {t("commission.form.percentHint")}
            </Text>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-valid-from">{t("commission.form.validFrom")}</Label>
            <Input
              id="rule-valid-from"
              data-testid="rule-valid-from"
              type="date"
              min={today}
              value={values.valid_from}
              aria-describedby="rule-valid-from-hint"
              onChange={(event) => setValues({ ...values, valid_from: event.target.value })}
            />
            <Text id="rule-valid-from-hint" size="small" className="text-ui-fg-subtle">
              {t("commission.form.validFromHint")}
            </Text>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            {t("commission.cancel")}
          </Button>
          <Button
            data-testid="rule-save"
            disabled={!valid}
            isLoading={isPending}
            onClick={() =>
              percent !== null &&
              onSave({
                scope: values.scope,
                ...(values.scope === "cooperative" ? {} : { target_id: values.target_id }),
                rate_percent: percent,
                valid_from: values.valid_from,
              })
            }
          >
            {t("commission.form.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
