import type { MedusaRequest } from "@medusajs/framework/http"

/**
 * Lets a Medusa store route return a linked record (`fields=*relation`) with only the columns
 * shoppers may read: `*relation` becomes exactly those columns, any other column asked for is
 * dropped. Run it before Medusa's own query validator, which then allows them.
 */
export function exposeRelationFields(req: MedusaRequest, relation: string, columns: string[]) {
  req.allowed = [
    ...(req.allowed ?? []),
    relation,
    ...columns.map((column) => `${relation}.${column}`),
  ]
  if (typeof req.query.fields !== "string") {
    return
  }
  const prefix = `${relation}.`
  req.query.fields = req.query.fields
    .split(",")
    .flatMap((field) => {
      const name = field.replace(/^[+-]/, "")
      if (name === `*${relation}` || name === relation) {
        // "+": added to Medusa's default fields, as `*relation` was.
        return columns.map((column) => `+${prefix}${column}`)
      }
      return name.startsWith(prefix) && !columns.includes(name.slice(prefix.length)) ? [] : [field]
    })
    .join(",")
}
