export * from "./locale"
export * from "./producer"
export * from "./producer-application"
