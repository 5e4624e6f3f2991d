export { ApplicationList as Component } from "./application-list"
