export { SellEarnings as Component } from "./sell-earnings"
