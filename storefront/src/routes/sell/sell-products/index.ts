export { SellProducts as Component } from "./sell-products"
