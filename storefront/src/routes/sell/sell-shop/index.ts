export { SellShop as Component } from "./sell-shop"
