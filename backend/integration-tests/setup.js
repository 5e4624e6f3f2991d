const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Medusa logs every request and migration at info level; tests only need errors.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"
