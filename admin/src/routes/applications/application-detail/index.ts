export { ApplicationDetail as Component } from "./application-detail"
