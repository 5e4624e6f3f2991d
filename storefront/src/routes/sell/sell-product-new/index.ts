export { SellProductNew as Component } from "./sell-product-new"
