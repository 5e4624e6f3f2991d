export * from "./locale"
export * from "./producer"
