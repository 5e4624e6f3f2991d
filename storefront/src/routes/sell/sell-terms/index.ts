export { SellTerms as Component } from "./sell-terms"
