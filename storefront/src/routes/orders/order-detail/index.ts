export { OrderDetail as Component } from "./order-detail"
