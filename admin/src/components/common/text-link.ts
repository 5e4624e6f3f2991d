/**
 * How a link looks in text and tables. The link blue of @medusajs/ui (`fg-interactive`) is
 * 3.7:1 on white, short of the 4.5:1 WCAG AA asks of text; its hover shade is 5.2:1 on white
 * and lighter than the plain one in the dark theme, so it reads in both. The underline on
 * hover is what now tells hovering apart.
 */
export const TEXT_LINK_CLASSES = "text-ui-fg-interactive-hover underline-offset-2 hover:underline"
