import { LOCALES } from "@imece/i18n"
import { REASON_TEMPLATE_KINDS, type AdminReasonTemplate } from "@imece/types"
import { Button, Container, Heading, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useCurrentStaffMember } from "../../staff/use-staff"
import {
  useDeleteReasonTemplate,
  useReasonTemplates,
  useSaveReasonTemplate,
} from "../use-reason-templates"
import { ReasonTemplateDrawer } from "./components/reason-template-drawer"
import { useDescribeError } from "../../../i18n/use-describe-error"

/**
 * The reasons staff pick when they reject or ask for changes. Every reviewer reads them; only an
 * administrator writes, changes or removes one.
 */
export function ReasonTemplateList() {
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const templates = useReasonTemplates()
  const me = useCurrentStaffMember()
  const save = useSaveReasonTemplate()
  const remove = useDeleteReasonTemplate()
  const [editing, setEditing] = useState<{ template: AdminReasonTemplate | null } | null>(null)
  const [deleting, setDeleting] = useState<AdminReasonTemplate | null>(null)
  const isAdministrator = me.data?.role === "administrator"

  if (templates.isPending) {
    return <LoadingState />
  }
  if (templates.isError) {
    return (
      <ErrorState message={describe(templates.error)} onRetry={() => void templates.refetch()} />
    )
  }

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <Heading level="h1">{t("reasonTemplates.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {isAdministrator ? t("reasonTemplates.subtitle") : t("reasonTemplates.readOnly")}
          </Text>
        </div>
        {isAdministrator && (
          <Button data-testid="template-new" onClick={() => setEditing({ template: null })}>
            {t("reasonTemplates.new")}
          </Button>
        )}
      </div>
      {REASON_TEMPLATE_KINDS.map((kind) => {
        const ofKind = templates.data.filter((template) => template.kind === kind)
        return (
          <Container key={kind} className="flex flex-col gap-y-3" data-testid={`templates-${kind}`}>
            <Heading level="h2">{t(`reasonTemplates.kinds.${kind}`)}</Heading>
            {ofKind.length === 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                {t("reasonTemplates.empty")}
              </Text>
            )}
            {ofKind.map((template) => (
              <div
                key={template.id}
                className="flex flex-col gap-y-1 border-t pt-3"
                data-testid="reason-template-row"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Text weight="plus">{template.label}</Text>
                  {isAdministrator && (
                    <div className="flex gap-x-2">
                      <Button
                        size="small"
                        variant="secondary"
                        onClick={() => setEditing({ template })}
                      >
                        {t("reasonTemplates.edit")}
                      </Button>
                      <Button size="small" variant="danger" onClick={() => setDeleting(template)}>
                        {t("reasonTemplates.delete")}
                      </Button>
                    </div>
                  )}
                </div>
                {LOCALES.filter((locale) => template.message[locale]).map((locale) => (
                  <Text key={locale} size="small" dir={locale === "fa" ? "rtl" : "ltr"}>
                    <span className="text-ui-fg-subtle">{t(`common:languages.${locale}`)}: </span>
                    {template.message[locale]}
                  </Text>
                ))}
              </div>
            ))}
          </Container>
        )
      })}

      <ReasonTemplateDrawer
        open={editing !== null}
        template={editing?.template ?? null}
        isPending={save.isPending}
        onClose={() => setEditing(null)}
        onSave={(body) =>
          save.mutate(
            { id: editing?.template?.id, body },
            {
              onSuccess: () => {
                setEditing(null)
                toast.success(t("applications.actions.done"))
              },
              onError: (error) => toast.error(describe(error)),
            }
          )
        }
      />
      <Prompt open={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>
              {t("reasonTemplates.deleteTitle", { label: deleting?.label ?? "" })}
            </Prompt.Title>
            <Prompt.Description>{t("reasonTemplates.deleteText")}</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>{t("applications.actions.cancel")}</Prompt.Cancel>
            <Prompt.Action
              data-testid="template-delete-confirm"
              onClick={() =>
                deleting &&
                remove.mutate(deleting.id, {
                  onSuccess: () => {
                    setDeleting(null)
                    toast.success(t("applications.actions.done"))
                  },
                  onError: (error) => toast.error(describe(error)),
                })
              }
            >
              {t("reasonTemplates.delete")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </div>
  )
}
