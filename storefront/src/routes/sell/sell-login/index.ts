export { SellLogin as Component } from "./sell-login"
