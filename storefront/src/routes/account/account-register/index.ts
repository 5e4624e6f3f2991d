export { AccountRegister as Component } from "./account-register"
