import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  MAX_MESSAGE_LENGTH,
  MIN_MESSAGE_LENGTH,
} from "../../../../components/common/decision-drawer"

interface ApprovePromptProps {
  open: boolean
  isPending: boolean
  onClose: () => void
  /** The welcome message, or nothing when staff left the box empty. */
  onConfirm: (message: string | undefined) => void
}

/** Confirms an approval, which cannot be undone, with an optional word of welcome for her. */
export function ApprovePrompt({ open, isPending, onClose, onConfirm }: ApprovePromptProps) {
  const { t } = useTranslation()
  const [message, setMessage] = useState("")
  const [wasOpen, setWasOpen] = useState(open)

  // Each opening starts from an empty box, not from what was typed for the last decision.
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setMessage("")
    }
  }

  const trimmed = message.trim()
  // The message is optional, but the API refuses one shorter than a few letters.
  const tooShort = trimmed.length > 0 && trimmed.length < MIN_MESSAGE_LENGTH

  return (
    <Prompt variant="confirmation" open={open} onOpenChange={(next) => !next && onClose()}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("applications.actions.approveTitle")}</Prompt.Title>
          <Prompt.Description>{t("applications.actions.approveText")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-6">
          <Label htmlFor="approve-message">{t("applications.actions.welcomeMessage")}</Label>
          <Textarea
            id="approve-message"
            rows={3}
            maxLength={MAX_MESSAGE_LENGTH}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
          {tooShort && (
            <Text size="small" className="text-ui-fg-error">
              {t("applications.actions.tooShort")}
            </Text>
          )}
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{t("applications.actions.cancel")}</Prompt.Cancel>
          <Button
            data-testid="confirm-action"
            disabled={tooShort}
            isLoading={isPending}
            onClick={() => onConfirm(trimmed || undefined)}
          >
            {t("applications.actions.confirm")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
