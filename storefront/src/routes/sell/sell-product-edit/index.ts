export { SellProductEdit as Component } from "./sell-product-edit"
