import { Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DrawerHeader } from "./drawer-header"

interface DecisionDrawerProps {
  open: boolean
  title: string
  description: string
  label: string
  /** The cooperative's reason templates, each already in the applicant's language; staff may edit. */
  suggestions?: { id: string; label: string; text: string }[]
  isPending: boolean
  onClose: () => void
  onSubmit: (text: string) => void
}

/** The API's shortest reason or message; anything shorter would only earn a 400. */
export const MIN_MESSAGE_LENGTH = 3
/** The API's longest; the box stops there rather than letting staff write what will be refused. */
export const MAX_MESSAGE_LENGTH = 2000

/** Asks staff for the words the applicant will read: a rejection's reason or the changes asked. */
export function DecisionDrawer({
  open,
  title,
  description,
  label,
  suggestions = [],
  isPending,
  onClose,
  onSubmit,
}: DecisionDrawerProps) {
  const { t } = useTranslation()
  const [text, setText] = useState("")
  const [wasOpen, setWasOpen] = useState(open)

  // Each opening starts from an empty box, not from what was typed for the last decision.
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setText("")
    }
  }

  const tooShort = text.trim().length < MIN_MESSAGE_LENGTH
  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content>
        <DrawerHeader>
          <Drawer.Title>{title}</Drawer.Title>
        </DrawerHeader>
        <Drawer.Body className="flex flex-col gap-y-3">
          <Drawer.Description className="txt-small text-ui-fg-subtle">
            {description}
          </Drawer.Description>
          {suggestions.length > 0 && (
            <div className="flex flex-col gap-y-2">
              <Text size="small" weight="plus">
                {t("applications.actions.templates")}
              </Text>
              {suggestions.map((suggestion) => (
                <Button
                  key={suggestion.id}
                  variant="secondary"
                  size="small"
                  data-testid="reason-template"
                  title={suggestion.text}
                  className="h-auto justify-start whitespace-normal text-start"
                  onClick={() => setText(suggestion.text)}
                >
                  {suggestion.label}
                </Button>
              ))}
            </div>
          )}
          <Label htmlFor="decision-text">{label}</Label>
          <Textarea
            id="decision-text"
            data-testid="decision-text"
            rows={5}
            maxLength={MAX_MESSAGE_LENGTH}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {tooShort && text.length > 0 && (
            <Text size="small" className="text-ui-fg-error">
              {t("applications.actions.tooShort")}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            {t("applications.actions.cancel")}
          </Button>
          <Button
            data-testid="confirm-action"
            disabled={tooShort}
            isLoading={isPending}
            onClick={() => onSubmit(text.trim())}
          >
            {t("applications.actions.send")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
