import { defineLink } from "@medusajs/framework/utils"
import ProducerApplicationModule from "../modules/producer-application"
import ProducerModule from "../modules/producer"

/** The approved application a producer's shop came from. */
export default defineLink(
  ProducerApplicationModule.linkable.producerApplication,
  ProducerModule.linkable.producer
)
