export * from "./locale"
export * from "./producer"
export * from "./producer-application"
export * from "./cooperative"
