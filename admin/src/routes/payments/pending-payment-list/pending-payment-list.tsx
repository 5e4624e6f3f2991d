import { directionOf, formatNumber, formatPrice } from "@imece/i18n"
import {
  OFFLINE_PAYMENT_METHODS,
  type AdminPendingPayment,
  type AdminPendingPaymentListParams,
  type OfflinePaymentMethod,
} from "@imece/types"
import { Badge, Button, Container, Heading, Prompt, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../../components/common/page-states"
import { PagedList } from "../../../components/common/paged-list"
import { useListSearchParams } from "../../../components/common/use-list-search-params"
import { useLocale } from "../../../i18n/use-locale"
import { useMarkPaid, usePendingPayments } from "../use-pending-payments"
import { PendingPaymentTable } from "./components/pending-payment-table"

const PAGE_SIZE = 20
/** Radix Select needs a non-empty value for every item, so "no filter" gets its own. */
const ALL_METHODS = "all"
const NO_TYPED_PARAMS = [] as const

const isOfflinePaymentMethod = (value: string | null): value is OfflinePaymentMethod =>
  OFFLINE_PAYMENT_METHODS.some((method) => method === value)

/**
 * Orders paid by bank transfer or cash on delivery whose money has not been recorded, the
 * longest waiting first. When the transfer shows on the statement (matched by its reference) or
 * the courier hands over the cash, staff mark the order paid: Medusa captures its payment.
 */
export function PendingPaymentList() {
  const { t } = useTranslation(["admin", "common"])
  const { locale } = useLocale()
  const { searchParams, offset, setParam, setOffset } =
    useListSearchParams<"method">(NO_TYPED_PARAMS)
  const methodParam = searchParams.get("method")
  const method = isOfflinePaymentMethod(methodParam) ? methodParam : undefined

  const query: AdminPendingPaymentListParams = { limit: PAGE_SIZE, offset, method }
  const payments = usePendingPayments(query)
  const markPaid = useMarkPaid()
  const [confirming, setConfirming] = useState<AdminPendingPayment | null>(null)

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
              markingId={markPaid.isPending ? (markPaid.variables ?? null) : null}
              onMarkPaid={setConfirming}
            />
          ) : (
            <EmptyState message={t("payments.empty")} />
          )
        }
      </PagedList>

      <Prompt open={confirming !== null} onOpenChange={(open) => !open && setConfirming(null)}>
        {confirming && (
          <Prompt.Content>
            <Prompt.Header>
              <Prompt.Title>
                {t("payments.markPaidTitle", {
                  number: confirming.order?.display_id ?? "",
                })}
              </Prompt.Title>
              <Prompt.Description>
                {t(`payments.markPaidText.${confirming.method}`, {
                  amount: formatPrice(confirming.amount, confirming.currency_code, locale),
                  reference: confirming.reference ?? "",
                })}
              </Prompt.Description>
            </Prompt.Header>
            <Prompt.Footer>
              <Prompt.Cancel>{t("payments.cancel")}</Prompt.Cancel>
              <Button
                data-testid="confirm-mark-paid"
                isLoading={markPaid.isPending}
                onClick={() =>
                  markPaid.mutate(confirming.id, {
                    onSuccess: () => {
                      setConfirming(null)
                      toast.success(t("payments.markedPaid"))
                    },
                    onError: (error) => toast.error(error.message),
                  })
                }
              >
                {t("payments.markPaid")}
              </Button>
            </Prompt.Footer>
          </Prompt.Content>
        )}
      </Prompt>
    </Container>
  )
}
