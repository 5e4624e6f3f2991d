export { OrderLookup as Component } from "./order-lookup"
