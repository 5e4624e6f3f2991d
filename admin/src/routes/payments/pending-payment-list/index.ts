export { PendingPaymentList as Component } from "./pending-payment-list"
