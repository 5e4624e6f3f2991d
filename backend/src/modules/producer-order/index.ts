import { Module } from "@medusajs/framework/utils"
import ProducerOrderModuleService from "./service"

export const PRODUCER_ORDER_MODULE = "producer_order"

export default Module(PRODUCER_ORDER_MODULE, {
  service: ProducerOrderModuleService,
})
