import AxeBuilder from "@axe-core/playwright"
import type { Page } from "playwright-core"

/** The small phone every page must fit. */
export const PHONE = { width: 360, height: 740 }

/** WCAG 2.2 AA, as axe names its rules' levels. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

/** Axe's WCAG 2.2 AA violations on the page as it is now, one line each, with where they are. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return violations.map(
    (violation) =>
      `${page.url()} ${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`
  )
}

/** Whether the page is wider than the screen, so that she has to scroll sideways. */
export function sidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth
  )
}
