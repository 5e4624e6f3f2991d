export { AuthLogin as Component } from "./auth-login"
