import type { ProducerEarningsResponse } from "@imece/types"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EmptyState } from "../../../components/common/page-states"
import { ShopNav } from "../components/shop-nav"
import { ShopQueryState } from "../components/shop-query-state"
import { useShopEarnings } from "../use-shop-earnings"
import { useProducerShop } from "../use-sell"
import { BalanceCard } from "./components/balance-card"
import { EarningHistory } from "./components/earning-history"
import { PayoutList } from "./components/payout-list"
import { earningLines } from "./earning-lines"

/**
 * Her money: per currency her balance and what of it is ready, held or on its way; then what
 * happened to it in sentences, and the payouts sent to her bank. Without an IBAN nothing can be
 * sent, so she is told where to add it.
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
      {earnings.isSuccess ? (
        <Earnings earnings={earnings.data} />
      ) : (
        <ShopQueryState query={earnings} />
      )}
    </section>
  )
}

function Earnings({ earnings }: { earnings: ProducerEarningsResponse }) {
  const { t } = useTranslation()
  const { balances, entries, payouts, holding_days } = earnings
  if (!balances.length && !entries.length && !payouts.length) {
    return <EmptyState message={t("earn.empty")} />
  }
  return (
    <>
      <p className="note">{t("earn.lead")}</p>
      {balances.map((balance) => (
        <BalanceCard
          key={balance.currency_code}
          balance={balance}
          holdingDays={holding_days || null}
        />
      ))}
      <h2>{t("earn.historyTitle")}</h2>
      {entries.length ? (
        <EarningHistory lines={earningLines(entries, payouts)} now={new Date()} />
      ) : (
        <EmptyState message={t("earn.empty")} />
      )}
      {payouts.length > 0 && (
        <>
          <h2>{t("earn.payoutsTitle")}</h2>
          <PayoutList payouts={payouts} />
        </>
      )}
    </>
  )
}
