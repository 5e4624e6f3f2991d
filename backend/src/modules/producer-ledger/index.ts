import { Module } from "@medusajs/framework/utils"
import ProducerLedgerModuleService from "./service"

export const PRODUCER_LEDGER_MODULE = "producer_ledger"

export default Module(PRODUCER_LEDGER_MODULE, {
  service: ProducerLedgerModuleService,
})
