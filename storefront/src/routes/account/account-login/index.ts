export { AccountLogin as Component } from "./account-login"
