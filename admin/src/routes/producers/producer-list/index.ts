export { ProducerList as Component } from "./producer-list"
