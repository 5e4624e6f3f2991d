export { SellShopProfile as Component } from "./sell-shop-profile"
