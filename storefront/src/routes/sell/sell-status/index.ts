export { SellStatus as Component } from "./sell-status"
