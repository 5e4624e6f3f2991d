import { COMMISSION_RULE_SCOPES, type AdminCommissionRule } from "@imece/types"
import { Button, Heading, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { useCurrentStaffMember } from "../../staff/use-staff"
import {
  useCommissionRules,
  useCreateCommissionRule,
  useDeleteCommissionRule,
} from "../use-commission-rules"
import { CommissionRuleDrawer } from "./components/commission-rule-drawer"
import { CommissionRuleGroup } from "./components/commission-rule-group"
import { useDescribeError } from "../../../i18n/use-describe-error"
import { useCooperativeTimeZone } from "../../settings/use-cooperative-settings"

/**
 * The cooperative's commission: its default rate and the overrides for categories and
 * producers, each from a day on. Every staff member reads them; administrators add a rule and
 * may withdraw one that has not started. Each order line keeps the rate it was placed at.
 */
export function CommissionRuleList() {
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const timeZone = useCooperativeTimeZone()
  const { locale } = useLocale()
  const rules = useCommissionRules()
  const me = useCurrentStaffMember()
  const create = useCreateCommissionRule()
  const remove = useDeleteCommissionRule()
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<AdminCommissionRule | null>(null)
  const isAdministrator = me.data?.role === "administrator"

  if (rules.isPending) {
    return <LoadingState />
  }
  if (rules.isError) {
    return <ErrorState message={describe(rules.error)} onRetry={() => void rules.refetch()} />
  }

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("commission.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("commission.subtitle")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("commission.precedence")}
          </Text>
          {me.data && !isAdministrator && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("commission.readOnly")}
            </Text>
          )}
        </div>
        {isAdministrator && (
          <Button data-testid="commission-rule-new" onClick={() => setAdding(true)}>
            {t("commission.new")}
          </Button>
        )}
      </div>
      {COMMISSION_RULE_SCOPES.map((scope) => (
        <CommissionRuleGroup
          key={scope}
          scope={scope}
          rules={rules.data.filter((rule) => rule.scope === scope)}
          locale={locale}
          timeZone={timeZone}
          onDelete={isAdministrator ? setDeleting : undefined}
        />
      ))}

      {isAdministrator && (
        <CommissionRuleDrawer
          open={adding}
          timeZone={timeZone}
          isPending={create.isPending}
          onClose={() => setAdding(false)}
          onSave={(body) =>
            create.mutate(body, {
              onSuccess: () => {
                setAdding(false)
                toast.success(t("commission.created"))
              },
              onError: (error) => toast.error(describe(error)),
            })
          }
        />
      )}
      <Prompt open={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{t("commission.deleteTitle")}</Prompt.Title>
            <Prompt.Description>{t("commission.deleteText")}</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>{t("commission.cancel")}</Prompt.Cancel>
            <Prompt.Action
              data-testid="commission-rule-delete-confirm"
              onClick={() =>
                deleting &&
                remove.mutate(deleting.id, {
                  onSuccess: () => {
                    setDeleting(null)
                    toast.success(t("commission.deleted"))
                  },
                  onError: (error) => toast.error(describe(error)),
                })
              }
            >
              {t("commission.delete")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </div>
  )
}
