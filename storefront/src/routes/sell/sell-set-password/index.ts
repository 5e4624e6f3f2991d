export { SellSetPassword as Component } from "./sell-set-password"
