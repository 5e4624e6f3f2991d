import { MedusaService } from "@medusajs/framework/utils"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { PayoutBatch } from "./models/payout-batch"
import { RefundAllocation } from "./models/refund-allocation"

class ProducerLedgerModuleService extends MedusaService({
  LedgerEntry,
  RefundAllocation,
  PayoutBatch,
  Payout,
}) {}

export default ProducerLedgerModuleService
