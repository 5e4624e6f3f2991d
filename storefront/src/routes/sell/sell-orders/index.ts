export { SellOrders as Component } from "./sell-orders"
