export { PayoutBatchList as Component } from "./payout-batch-list"
