export { ReasonTemplateList as Component } from "./reason-template-list"
