export { SellApply as Component } from "./sell-apply"
