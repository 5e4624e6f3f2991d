const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Medusa logs every request and migration at info level; tests only need errors.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"

// Test files send many applications from one address; the limiter's own test lowers this.
process.env.APPLICATION_RATE_LIMIT = "1000"
