import medusa from "@medusajs/eslint-plugin"

export default [
  { ignores: [".medusa/**", "static/**", "node_modules/**", ".test-results/**"] },
  ...medusa.configs.recommended,
]
