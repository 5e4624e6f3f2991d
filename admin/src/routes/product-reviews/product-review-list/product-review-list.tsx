import { formatDate, formatPrice } from "@imece/i18n"
import type { AdminProductReview } from "@imece/types"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DecisionDrawer } from "../../../components/common/decision-drawer"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { useDecideProduct, useProductReviews } from "../use-product-reviews"
import { useDescribeError } from "../../../i18n/use-describe-error"

/**
 * Products waiting under product moderation, the longest waiting first: staff put each on sale
 * or send it back to its maker with a reason.
 */
export function ProductReviewList() {
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const { locale } = useLocale()
  const reviews = useProductReviews()
  const decide = useDecideProduct()
  const [sendingBack, setSendingBack] = useState<AdminProductReview | null>(null)

  const done = {
    onSuccess: () => {
      setSendingBack(null)
      toast.success(t("applications.actions.done"))
    },
    onError: (error: Error) => toast.error(describe(error)),
  }

  if (reviews.isPending) {
    return <LoadingState />
  }
  if (reviews.isError) {
    return <ErrorState message={describe(reviews.error)} onRetry={() => void reviews.refetch()} />
  }
  return (
    <div className="flex flex-col gap-y-4">
      <div>
        <Heading level="h1">{t("productReviews.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("productReviews.subtitle")}
        </Text>
      </div>
      {reviews.data.products.length === 0 && (
        <Container>
          <Text data-testid="product-reviews-empty">{t("productReviews.empty")}</Text>
        </Container>
      )}
      {reviews.data.products.map((product) => {
        const price = product.variants[0]?.prices.find((p) => p.currency_code === "try")
        return (
          <Container
            key={product.id}
            className="flex flex-col gap-y-3 sm:flex-row sm:gap-x-4"
            data-testid="product-review"
          >
            {product.thumbnail && (
              <img
                src={product.thumbnail}
                alt={product.title}
                className="size-32 shrink-0 rounded-md object-cover"
              />
            )}
            <div className="flex min-w-0 flex-1 flex-col gap-y-1">
              <Heading level="h2">{product.title}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {product.producer?.full_name ?? product.producer?.name} ·{" "}
                {formatDate(product.updated_at, locale)}
                {price && <> · {formatPrice(price.amount, "try", locale)}</>}
              </Text>
              {product.description && (
                <Text size="small" className="whitespace-pre-line">
                  {product.description}
                </Text>
              )}
              <div className="mt-2 flex flex-wrap gap-2">
                <Button
                  data-testid="product-approve"
                  isLoading={decide.isPending && decide.variables?.id === product.id}
                  onClick={() =>
                    decide.mutate({ id: product.id, decision: { action: "approve" } }, done)
                  }
                >
                  {t("productReviews.approve")}
                </Button>
                <Button
                  variant="secondary"
                  data-testid="product-send-back"
                  onClick={() => setSendingBack(product)}
                >
                  {t("productReviews.sendBack")}
                </Button>
              </div>
            </div>
          </Container>
        )
      })}
      <DecisionDrawer
        open={sendingBack !== null}
        title={t("productReviews.sendBackTitle", { title: sendingBack?.title ?? "" })}
        description={t("productReviews.sendBackText")}
        label={t("applications.actions.reason")}
        isPending={decide.isPending}
        onClose={() => setSendingBack(null)}
        onSubmit={(reason) =>
          sendingBack &&
          decide.mutate({ id: sendingBack.id, decision: { action: "sendBack", reason } }, done)
        }
      />
    </div>
  )
}
