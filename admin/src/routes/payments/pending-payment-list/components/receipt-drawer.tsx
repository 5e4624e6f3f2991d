import { formatDate, formatPrice, type Locale } from "@imece/i18n"
import type { AdminPendingPayment, AdminRecordPaymentReceiptBody } from "@imece/types"
import { Button, Drawer, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { DrawerHeader } from "../../../../components/common/drawer-header"
import {
  initialReceiptValues,
  toReceiptBody,
  todayInput,
  type ReceiptFormErrors,
  type ReceiptFormValues,
} from "../../receipt-form"

interface ReceiptDrawerProps {
  /** The payment money arrived for; the drawer is open while there is one. */
  payment: AdminPendingPayment | null
  locale: Locale
  isPending: boolean
  onClose: () => void
  onSubmit: (body: AdminRecordPaymentReceiptBody) => void
}

/**
 * Staff record the money that arrived for an order: how much, on which day, and the transfer's
 * description or the courier's receipt number. It opens with what is still due and today, so a
 * transfer that matches is two clicks.
 */
export function ReceiptDrawer({
  payment,
  locale,
  isPending,
  onClose,
  onSubmit,
}: ReceiptDrawerProps) {
  const { t } = useTranslation(["admin", "common"])
  const today = todayInput()
  const [values, setValues] = useState<ReceiptFormValues | null>(null)
  const [errors, setErrors] = useState<ReceiptFormErrors>({})
  const [shownFor, setShownFor] = useState<string | null>(null)

  // Each opening starts from the payment opened, not from what was typed for the last one.
  if ((payment?.id ?? null) !== shownFor) {
    setShownFor(payment?.id ?? null)
    setValues(payment ? initialReceiptValues(payment, today) : null)
    setErrors({})
  }

  const change = (changes: Partial<ReceiptFormValues>) => {
    setValues((current) => (current ? { ...current, ...changes } : current))
    setErrors({})
  }

  const submit = () => {
    if (!values) {
      return
    }
    const result = toReceiptBody(values, today)
    if (result.errors) {
      setErrors(result.errors)
      return
    }
    onSubmit(result.body)
  }

  const price = (amount: number) =>
    payment ? formatPrice(amount, payment.currency_code, locale) : ""

  return (
    <Drawer open={payment !== null} onOpenChange={(next) => !next && onClose()}>
      {payment && values && (
        <Drawer.Content>
          <DrawerHeader>
            <Drawer.Title>
              {t("payments.receipt.title", { number: payment.order?.display_id ?? "" })}
            </Drawer.Title>
          </DrawerHeader>
          <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
            <Drawer.Description className="txt-small text-ui-fg-subtle">
              {t(`payments.receipt.hint.${payment.method}`, { reference: payment.reference ?? "" })}
            </Drawer.Description>
            <dl className="grid grid-cols-2 gap-2 txt-small">
              <dt className="text-ui-fg-subtle">{t("payments.receipt.due")}</dt>
              <dd data-testid="receipt-due">{price(payment.amount)}</dd>
              <dt className="text-ui-fg-subtle">{t("payments.receipt.receivedSoFar")}</dt>
              <dd data-testid="receipt-received">{price(payment.amount_received)}</dd>
            </dl>
            {payment.receipts.length > 0 && (
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  {t("payments.receipt.earlier")}
                </Text>
                <ul className="txt-small text-ui-fg-subtle">
                  {payment.receipts.map((receipt) => (
                    <li key={receipt.id} data-testid="earlier-receipt">
                      {formatDate(receipt.received_at, locale)} · {price(receipt.amount)} ·{" "}
                      <span dir="ltr">{receipt.reference}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <Field
              id="receipt-amount"
              label={t("payments.receipt.amount", {
                currency: payment.currency_code.toUpperCase(),
              })}
              hint={t("payments.receipt.amountHint")}
              error={errors.amount && t("payments.receipt.errors.amount")}
            >
              <Input
                id="receipt-amount"
                data-testid="receipt-amount"
                inputMode="decimal"
                dir="ltr"
                value={values.amount}
                aria-invalid={Boolean(errors.amount)}
                onChange={(event) => change({ amount: event.target.value })}
              />
            </Field>
            <Field
              id="receipt-received-at"
              label={t("payments.receipt.receivedAt")}
              error={errors.received_at && t("payments.receipt.errors.receivedAt")}
            >
              <Input
                id="receipt-received-at"
                data-testid="receipt-received-at"
                type="date"
                max={today}
                value={values.received_at}
                aria-invalid={Boolean(errors.received_at)}
                onChange={(event) => change({ received_at: event.target.value })}
              />
            </Field>
            <Field
              id="receipt-reference"
              label={t(`payments.receipt.reference.${payment.method}`)}
              error={errors.reference && t("payments.receipt.errors.reference")}
            >
              <Input
                id="receipt-reference"
                data-testid="receipt-reference"
                dir="ltr"
                maxLength={200}
                value={values.reference}
                aria-invalid={Boolean(errors.reference)}
                onChange={(event) => change({ reference: event.target.value })}
              />
            </Field>
            <Field id="receipt-note" label={t("payments.receipt.note")}>
              <Textarea
                id="receipt-note"
                data-testid="receipt-note"
                rows={3}
                maxLength={1000}
                value={values.note}
                onChange={(event) => change({ note: event.target.value })}
              />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Button variant="secondary" onClick={onClose}>
              {t("payments.receipt.cancel")}
            </Button>
            <Button data-testid="confirm-mark-paid" isLoading={isPending} onClick={submit}>
              {t("payments.receipt.submit")}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      )}
    </Drawer>
  )
}

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string | false
  children: ReactNode
}) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && <p className="txt-small text-ui-fg-subtle">{hint}</p>}
      {error && (
        <p className="txt-small text-ui-fg-error" role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}
