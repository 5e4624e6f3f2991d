import { directionOf, formatNumber, formatPrice } from "@imece/i18n"
import {
  OFFLINE_PAYMENT_METHODS,
  type AdminPendingPayment,
  type AdminPendingPaymentListParams,
  type OfflinePaymentMethod,
} from "@imece/types"
import { Badge, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../../components/common/page-states"
import { PagedList } from "../../../components/common/paged-list"
import { useListSearchParams } from "../../../components/common/use-list-search-params"
import { useLocale } from "../../../i18n/use-locale"
import { usePendingPayments, useRecordReceipt } from "../use-pending-payments"
import { PendingPaymentTable } from "./components/pending-payment-table"
import { ReceiptDrawer } from "./components/receipt-drawer"
import { useDescribeError } from "../../../i18n/use-describe-error"

const PAGE_SIZE = 20
/** Radix Select needs a non-empty value for every item, so "no filter" gets its own. */
const ALL_METHODS = "all"
const NO_TYPED_PARAMS = [] as const

const isOfflinePaymentMethod = (value: string | null): value is OfflinePaymentMethod =>
  OFFLINE_PAYMENT_METHODS.some((method) => method === value)

/**
 * Orders paid by bank transfer or cash on delivery whose money has not been taken, the longest
 * waiting first. When the transfer shows on the statement (matched by its reference) or the
 * courier hands over the cash, staff record what arrived: when it adds up to what is due, Medusa
 * captures the payment and the order leaves the list; when it falls short or goes over, the
 * order stays, flagged with the difference.
 */
export function PendingPaymentList() {
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const { locale } = useLocale()
  const { searchParams, offset, setParam, setOffset } =
    useListSearchParams<"method">(NO_TYPED_PARAMS)
  const methodParam = searchParams.get("method")
  const method = isOfflinePaymentMethod(methodParam) ? methodParam : undefined

  const query: AdminPendingPaymentListParams = { limit: PAGE_SIZE, offset, method }
  const payments = usePendingPayments(query)
  const recordReceipt = useRecordReceipt()
  const [recording, setRecording] = useState<AdminPendingPayment | null>(null)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h1">{t("payments.title")}</Heading>
          {payments.data && (
            <>
              <span className="sr-only">{t("payments.total")}</span>
              <Badge size="2xsmall" data-testid="pending-payments-count">
                {formatNumber(payments.data.count, locale)}
              </Badge>
            </>
          )}
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {t("payments.subtitle")}
        </Text>
      </div>

      <div className="flex px-6 py-4">
        <Select
          size="small"
          dir={directionOf(locale)}
          value={method ?? ALL_METHODS}
          onValueChange={(value) =>
            setParam("method", isOfflinePaymentMethod(value) ? value : undefined)
          }
        >
          <Select.Trigger className="sm:w-56" aria-label={t("payments.methodFilter")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL_METHODS}>{t("payments.allMethods")}</Select.Item>
            {OFFLINE_PAYMENT_METHODS.map((option) => (
              <Select.Item key={option} value={option}>
                {t(`payments.methods.${option}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>

      <PagedList
        query={payments}
        loadFailedMessage={t("payments.loadFailed")}
        offset={offset}
        limit={PAGE_SIZE}
        locale={locale}
        onOffsetChange={setOffset}
      >
        {(page) =>
          page.payments.length > 0 ? (
            <PendingPaymentTable
              payments={page.payments}
              locale={locale}
              recordingId={
                recordReceipt.isPending ? (recordReceipt.variables?.paymentId ?? null) : null
              }
              onRecord={setRecording}
            />
          ) : (
            <EmptyState message={t("payments.empty")} />
          )
        }
      </PagedList>

      <ReceiptDrawer
        payment={recording}
        locale={locale}
        isPending={recordReceipt.isPending}
        onClose={() => setRecording(null)}
        onSubmit={(body) => {
          if (!recording) {
            return
          }
          recordReceipt.mutate(
            { paymentId: recording.id, body },
            {
              onSuccess: ({ payment_receipt, payment }) => {
                setRecording(null)
                const amount = formatPrice(
                  Math.abs(payment.difference),
                  payment.currency_code,
                  locale
                )
                const message = t(`payments.recorded.${payment_receipt.outcome}`, { amount })
                if (payment_receipt.outcome === "matched") {
                  toast.success(message)
                } else {
                  toast.warning(message)
                }
              },
              onError: (error) => toast.error(describe(error)),
            }
          )
        }}
      />
    </Container>
  )
}
