export { CategoryDetail as Component } from "./category-detail"
