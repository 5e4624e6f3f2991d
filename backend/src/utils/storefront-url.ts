/** Where shoppers and producers use the marketplace; links in mails point here. */
export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:5173").replace(/\/$/, "")
}
