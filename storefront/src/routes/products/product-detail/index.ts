export { ProductDetail as Component } from "./product-detail"
