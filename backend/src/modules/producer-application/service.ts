import { MedusaService } from "@medusajs/framework/utils"
import { ApplicationEvent } from "./models/application-event"
import { ProducerApplication } from "./models/producer-application"

class ProducerApplicationModuleService extends MedusaService({
  ProducerApplication,
  ApplicationEvent,
}) {}

export default ProducerApplicationModuleService
