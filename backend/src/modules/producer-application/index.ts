import { Module } from "@medusajs/framework/utils"
import ProducerApplicationModuleService from "./service"

export const PRODUCER_APPLICATION_MODULE = "producer_application"

export default Module(PRODUCER_APPLICATION_MODULE, {
  service: ProducerApplicationModuleService,
})
