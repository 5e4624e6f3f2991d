export { SellOrderDetail as Component } from "./sell-order-detail"
