/** @type {import("tailwindcss").Config} */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  content: [
    "./index.html",
    "./src/**/*.{ts,tsx}",
    // The monorepo hoists @medusajs/ui to the root; its classes must be generated too.
    "../node_modules/@medusajs/ui/dist/**/*.{js,jsx,ts,tsx}",
  ],
}
