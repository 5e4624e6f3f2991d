import { describeError, formatMinorPrice, formatNumber } from "@imece/i18n"
import type { ProducerBalance, ProducerEarningsResponse } from "@imece/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EmptyState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { FormError } from "../components/form-feedback"
import { ShopNav } from "../components/shop-nav"
import { ShopQueryState } from "../components/shop-query-state"
import { useShopEarnings } from "../use-shop-earnings"
import { useProducerShop } from "../use-sell"
import { BalanceCard } from "./components/balance-card"
import { EarningHistory } from "./components/earning-history"
import { PayoutList } from "./components/payout-list"
import { earningLines } from "./earning-lines"

/**
 * Her money: her balance in the currency she sells in most, large, and what of it is ready, held
 * or on its way (other currencies after it, quietly when nothing is in them); then what happened
 * to it in sentences, a page at a time, and the payouts sent to her bank. Without an IBAN nothing
 * can be sent, so she is told where to add it.
 */
export function SellEarnings() {
  const { t } = useTranslation()
  const earnings = useShopEarnings()
  const shop = useProducerShop()

  return (
    <section className="narrow" data-testid="shop-earnings">
      <ShopNav />
      <h1>{t("earn.title")}</h1>
      {shop.isSuccess && !shop.data.iban && (
        <div className="banner banner-warning" data-testid="earnings-no-iban">
          <p>{t("earn.noIban")}</p>
          <Link className="button" to="/sell/shop/profile">
            {t("earn.addIban")}
          </Link>
        </div>
      )}
      {/* A failed further page keeps the pages she has: only the first decides the page. */}
      {earnings.data ? (
        <Earnings
          pages={earnings.data.pages}
          more={earnings.hasNextPage}
          loadingMore={earnings.isFetchingNextPage}
          moreError={earnings.isFetchNextPageError ? earnings.error : null}
          onMore={() => void earnings.fetchNextPage()}
        />
      ) : (
        <ShopQueryState query={earnings} />
      )}
    </section>
  )
}

/** Payouts shown before she asks for all: a monthly batch makes a dozen and more a year. */
const RECENT_PAYOUTS = 3

const isEmpty = (balance: ProducerBalance) =>
  !balance.balance && !balance.payable && !balance.held && !balance.on_the_way

function Earnings({
  pages,
  more,
  loadingMore,
  moreError,
  onMore,
}: {
  pages: ProducerEarningsResponse[]
  more: boolean
  loadingMore: boolean
  moreError: Error | null
  onMore: () => void
}) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const [allPayouts, setAllPayouts] = useState(false)
  // Balances and payouts are over her whole ledger: the first page's are as fresh as any.
  const [{ balances, payouts, holding_days }] = pages
  const entries = pages.flatMap((page) => page.entries)
  if (!balances.length && !entries.length && !payouts.length) {
    return <EmptyState message={t("earn.empty")} />
  }
  // The first is her main currency; another with nothing in it is named, not shown as a card.
  const shown = balances.filter((balance, index) => index === 0 || !isEmpty(balance))
  const empty = balances.filter((balance, index) => index > 0 && isEmpty(balance))
  return (
    <>
      <p className="note">{t("earn.lead")}</p>
      {shown.map((balance) => (
        <BalanceCard
          key={balance.currency_code}
          balance={balance}
          holdingDays={holding_days || null}
        />
      ))}
      {empty.length > 0 && (
        <p className="note" data-testid="earnings-other-empty">
          {t("earn.otherEmpty", {
            amounts: empty
              .map((balance) => formatMinorPrice(0, balance.currency_code, locale))
              .join(t("earn.listSeparator")),
          })}
        </p>
      )}
      <h2>{t("earn.historyTitle")}</h2>
      {entries.length ? (
        <EarningHistory lines={earningLines(entries, payouts, { more })} now={new Date()} />
      ) : (
        <EmptyState message={t("earn.empty")} />
      )}
      {moreError && (
        <FormError testId="earnings-more-error">
          {describeError(moreError, locale, t("earn.moreFailed"))}
        </FormError>
      )}
      {more && (
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            data-testid="earnings-more"
            disabled={loadingMore}
            onClick={onMore}
          >
            {loadingMore ? t("earn.loadingMore") : t("earn.more")}
          </button>
        </div>
      )}
      {payouts.length > 0 && (
        <>
          <h2>{t("earn.payoutsTitle")}</h2>
          <PayoutList payouts={allPayouts ? payouts : payouts.slice(0, RECENT_PAYOUTS)} />
          {!allPayouts && payouts.length > RECENT_PAYOUTS && (
            <div className="form-actions">
              <button
                type="button"
                className="button button-secondary"
                data-testid="earnings-all-payouts"
                onClick={() => setAllPayouts(true)}
              >
                {t("earn.allPayouts", { number: formatNumber(payouts.length, locale) })}
              </button>
            </div>
          )}
        </>
      )}
    </>
  )
}
