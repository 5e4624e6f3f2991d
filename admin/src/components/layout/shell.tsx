import { formatNumber, type Locale } from "@imece/i18n"
import {
  Cash,
  ChartBar,
  ChatBubbleLeftRight,
  CheckCircle,
  CogSixTooth,
  DocumentText,
  Receipt,
  ReceiptPercent,
  UserGroup,
} from "@medusajs/icons"
import { Badge, Button, Text, clx } from "@medusajs/ui"
import type { ParseKeys } from "i18next"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, NavLink } from "react-router-dom"
import { LanguageSwitcher } from "../common/language-switcher"

/** A menu entry, highlighted on its own page. */
const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  clx(
    "txt-compact-small-plus text-ui-fg-subtle hover:bg-ui-bg-base-hover flex items-center gap-x-2 rounded-md px-2 py-1.5",
    isActive && "bg-ui-bg-base-pressed text-ui-fg-base"
  )

interface NavItem {
  to: string
  /** Left out where no test looks the entry up. */
  testId?: string
  icon: typeof DocumentText
  labelKey: ParseKeys<["admin", "common"]>
  /** The inbox carries the count of applications waiting for staff. */
  showsWaiting?: boolean
}

const NAV_ITEMS: readonly NavItem[] = [
  {
    to: "/applications",
    testId: "nav-applications",
    icon: DocumentText,
    labelKey: "applications.nav",
    showsWaiting: true,
  },
  { to: "/producers", icon: UserGroup, labelKey: "common:producers" },
  {
    to: "/reason-templates",
    testId: "nav-reason-templates",
    icon: ChatBubbleLeftRight,
    labelKey: "reasonTemplates.nav",
  },
  {
    to: "/product-reviews",
    testId: "nav-product-reviews",
    icon: CheckCircle,
    labelKey: "productReviews.nav",
  },
  {
    to: "/pending-payments",
    testId: "nav-pending-payments",
    icon: Cash,
    labelKey: "payments.nav",
  },
  {
    to: "/payouts",
    testId: "nav-payouts",
    icon: Receipt,
    labelKey: "payouts.nav",
  },
  {
    to: "/commission",
    testId: "nav-commission",
    icon: ReceiptPercent,
    labelKey: "commission.nav",
  },
  { to: "/impact", testId: "nav-impact", icon: ChartBar, labelKey: "impact.nav" },
  { to: "/settings", testId: "nav-settings", icon: CogSixTooth, labelKey: "settings.nav" },
]

interface ShellProps {
  email: string
  locale: Locale
  onLocaleChange: (locale: Locale) => void
  onLogout: () => void
  isLoggingOut: boolean
  /** Applications new or in review; the menu shows the number when there are any. */
  waitingApplications?: number
  children: ReactNode
}

/**
 * The frame around every signed-in page. One set of elements serves both sizes, so each test id
 * exists once: on a phone the brand and account controls share a top bar (the e-mail shortened
 * to fit) with the menu below; from `md` up they stack into a sidebar on the inline-start side,
 * with the account controls at its foot.
 */
export function Shell({
  email,
  locale,
  onLocaleChange,
  onLogout,
  isLoggingOut,
  waitingApplications = 0,
  children,
}: ShellProps) {
  const { t } = useTranslation(["admin", "common"])

  return (
    <div className="bg-ui-bg-subtle text-ui-fg-base flex min-h-dvh flex-col md:flex-row">
      <aside className="bg-ui-bg-base border-ui-border-base grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-2 border-b px-4 py-3 md:sticky md:top-0 md:flex md:h-dvh md:w-60 md:shrink-0 md:flex-col md:items-stretch md:gap-y-4 md:border-b-0 md:border-e md:py-4">
        <Link to="/producers" className="txt-compact-large-plus text-ui-fg-base">
          {t("common:appName")}
        </Link>

        <div className="flex min-w-0 items-center justify-end gap-x-2 md:order-last md:flex-col md:items-stretch md:gap-y-2">
          <Text size="small" className="text-ui-fg-subtle min-w-0 truncate" title={email}>
            {email}
          </Text>
          <div className="flex shrink-0 items-center gap-x-2">
            <LanguageSwitcher locale={locale} onChange={onLocaleChange} className="md:flex-1" />
            <Button variant="secondary" size="small" onClick={onLogout} isLoading={isLoggingOut}>
              {t("shell.logout")}
            </Button>
          </div>
        </div>

        <nav
          aria-label={t("shell.navigation")}
          // On a phone the menu is one row that scrolls sideways, not the whole page.
          className="col-span-2 min-w-0 overflow-x-auto md:flex-1 md:overflow-visible"
        >
          <ul className="flex gap-x-1 md:flex-col md:gap-y-1">
            {NAV_ITEMS.map(({ to, testId, icon: Icon, labelKey, showsWaiting }) => (
              <li key={to} className="shrink-0">
                <NavLink to={to} data-testid={testId} className={navLinkClass}>
                  <Icon aria-hidden />
                  {t(labelKey)}
                  {showsWaiting && waitingApplications > 0 && (
                    <Badge
                      size="2xsmall"
                      color="orange"
                      className="ms-auto"
                      data-testid="nav-applications-waiting"
                    >
                      <span className="sr-only">{t("applications.waiting")}: </span>
                      {formatNumber(waitingApplications, locale)}
                    </Badge>
                  )}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>

      <main className="min-w-0 flex-1 p-4 md:p-8">{children}</main>
    </div>
  )
}
