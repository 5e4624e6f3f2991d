import { formatNumber, type Locale } from "@imece/i18n"
import type { AdminCommissionRule, CommissionRuleScope, CommissionRuleStatus } from "@imece/types"
import { Button, Container, Heading, StatusBadge, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatCooperativeDay } from "../../../../i18n/cooperative-days"

const STATUS_COLORS = {
  in_force: "green",
  scheduled: "blue",
  superseded: "grey",
} as const satisfies Record<CommissionRuleStatus, string>

interface CommissionRuleGroupProps {
  scope: CommissionRuleScope
  /** This scope's rules, the latest to start first. */
  rules: AdminCommissionRule[]
  locale: Locale
  /** The cooperative's time zone, whose days rules start on. */
  timeZone: string
  /** Only administrators get it: they may withdraw a rule that has not started. */
  onDelete?: (rule: AdminCommissionRule) => void
}

/** One scope's rules: the default, the categories' or the producers', each with its state. */
export function CommissionRuleGroup({
  scope,
  rules,
  locale,
  timeZone,
  onDelete,
}: CommissionRuleGroupProps) {
  const { t } = useTranslation(["admin", "common"])
  return (
    <Container className="flex flex-col gap-y-3" data-testid={`commission-group-${scope}`}>
      <Heading level="h2">{t(`commission.groups.${scope}`)}</Heading>
      {rules.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {t(`commission.emptyGroup.${scope}`)}
        </Text>
      )}
      <ul className="flex flex-col">
        {rules.map((rule) => (
          <li
            key={rule.id}
            className={clx(
              "flex flex-wrap items-center justify-between gap-2 border-t py-3",
              rule.status === "superseded" && "text-ui-fg-muted"
            )}
            data-testid="commission-rule-row"
          >
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              {scope !== "cooperative" && (
                <Text weight="plus">
                  {rule.target_name ?? t("commission.unknownTarget", { id: rule.target_id ?? "" })}
                </Text>
              )}
              <Text weight="plus" data-testid="commission-rule-rate">
                {t("commission.rate", { percent: formatNumber(rule.rate_bps / 100, locale) })}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t("commission.validFrom", {
                  date: formatCooperativeDay(rule.valid_from, locale, timeZone),
                })}
              </Text>
              <StatusBadge color={STATUS_COLORS[rule.status]}>
                {t(`commission.status.${rule.status}`)}
              </StatusBadge>
            </div>
            {onDelete && rule.status === "scheduled" && (
              <Button size="small" variant="danger" onClick={() => onDelete(rule)}>
                {t("commission.delete")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Container>
  )
}
