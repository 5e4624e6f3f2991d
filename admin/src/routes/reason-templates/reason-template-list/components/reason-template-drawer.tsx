import { LOCALES, type Locale } from "@imece/i18n"
import type { AdminReasonTemplate, AdminReasonTemplateBody, ReasonTemplateKind } from "@imece/types"
import { Button, Drawer, Input, Label, Select, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerHeader } from "../../../../components/common/drawer-header"

interface ReasonTemplateDrawerProps {
  /** The template being changed, or none for a new one. */
  template: AdminReasonTemplate | null
  open: boolean
  isPending: boolean
  onClose: () => void
  onSave: (body: AdminReasonTemplateBody) => void
}

/** The API's limits, so staff are told here rather than by a refusal. */
const LABEL_MIN = 2
const MESSAGE_MIN = 3

function initialValues(template: AdminReasonTemplate | null) {
  return {
    kind: template?.kind ?? ("reject" as ReasonTemplateKind),
    label: template?.label ?? "",
    message: Object.fromEntries(
      LOCALES.map((locale) => [locale, template?.message[locale] ?? ""])
    ) as Record<Locale, string>,
  }
}

/** A reason written once in the applicants' languages; each language is optional but one. */
export function ReasonTemplateDrawer({
  template,
  open,
  isPending,
  onClose,
  onSave,
}: ReasonTemplateDrawerProps) {
  const { t } = useTranslation(["admin", "common"])
  const [values, setValues] = useState(() => initialValues(template))
  const [shownFor, setShownFor] = useState<{ open: boolean; id?: string }>({ open })

  // Each opening starts from the template opened (or an empty one), not from the last edit.
  if (open !== shownFor.open || template?.id !== shownFor.id) {
    setShownFor({ open, id: template?.id })
    if (open) {
      setValues(initialValues(template))
    }
  }

  const written = LOCALES.filter((locale) => values.message[locale].trim())
  const valid =
    values.label.trim().length >= LABEL_MIN &&
    written.length > 0 &&
    written.every((locale) => values.message[locale].trim().length >= MESSAGE_MIN)

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content>
        <DrawerHeader>
          <Drawer.Title>
            {template ? t("reasonTemplates.editTitle") : t("reasonTemplates.newTitle")}
          </Drawer.Title>
        </DrawerHeader>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <Label htmlFor="template-kind">{t("reasonTemplates.kind")}</Label>
          <Select
            value={values.kind}
            onValueChange={(kind) => setValues({ ...values, kind: kind as ReasonTemplateKind })}
          >
            <Select.Trigger id="template-kind" data-testid="template-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="reject">{t("reasonTemplates.kinds.reject")}</Select.Item>
              <Select.Item value="request_changes">
                {t("reasonTemplates.kinds.request_changes")}
              </Select.Item>
            </Select.Content>
          </Select>
          <Label htmlFor="template-label">{t("reasonTemplates.label")}</Label>
          <Input
            id="template-label"
            data-testid="template-label"
            maxLength={80}
            value={values.label}
            onChange={(event) => setValues({ ...values, label: event.target.value })}
          />
          {LOCALES.map((locale) => (
            <div key={locale} className="flex flex-col gap-y-1">
              <Label htmlFor={`template-message-${locale}`}>
                {t("reasonTemplates.messageIn", { language: t(`common:languages.${locale}`) })}
              </Label>
              <Textarea
                id={`template-message-${locale}`}
                data-testid={`template-message-${locale}`}
                dir={locale === "fa" ? "rtl" : "ltr"}
                lang={locale}
                rows={3}
                maxLength={2000}
                value={values.message[locale]}
                onChange={(event) =>
                  setValues({
                    ...values,
                    message: { ...values.message, [locale]: event.target.value },
                  })
                }
              />
            </div>
          ))}
          <p className="txt-small text-ui-fg-subtle">{t("reasonTemplates.languagesHint")}</p>
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            {t("applications.actions.cancel")}
          </Button>
          <Button
            data-testid="template-save"
            disabled={!valid}
            isLoading={isPending}
            onClick={() =>
              onSave({
                kind: values.kind,
                label: values.label.trim(),
                message: Object.fromEntries(
                  written.map((locale) => [locale, values.message[locale].trim()])
                ),
              })
            }
          >
            {t("reasonTemplates.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
