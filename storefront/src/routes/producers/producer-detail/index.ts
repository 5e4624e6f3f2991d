export { ProducerDetail as Component } from "./producer-detail"
