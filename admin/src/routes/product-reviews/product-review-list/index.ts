export { ProductReviewList as Component } from "./product-review-list"
