import { randomBytes } from "node:crypto"
import pg from "pg"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** A random id in the shape of Medusa's (a ULID: 26 characters of Crockford's base 32). */
function randomUlid(): string {
  return [...randomBytes(26)].map((byte) => CROCKFORD[byte % 32]).join("")
}

/**
 * What the tests check is read straight from PostgreSQL, beneath every API and cache: the rows
 * are what was sold, reserved, charged and sent.
 */
export class Database {
  private readonly pool: pg.Pool

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 4 })
  }

  close() {
    return this.pool.end()
  }

  async rows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows
  }

  /**
   * Copies of a cart prepared through the API (its address, items, shipping method and payment
   * session, with their tax lines and adjustments), each with ids of its own and its own
   * shopper's email: many shoppers at the last click, made in a second instead of by four
   * requests each. Each row is copied whole, so no column Medusa adds is left behind.
   */
  async cloneCart(cartId: string, emails: string[]): Promise<string[]> {
    const rowsOf = async (table: string, where: string, ids: unknown[]) =>
      ids.length
        ? (
            await this.pool.query<{ row: Record<string, unknown> }>(
              `select to_jsonb(t) as row from ${table} t where ${where} = any($1) and deleted_at is null`,
              [ids]
            )
          ).rows.map(({ row }) => row)
        : []
    const [cart] = await rowsOf("cart", "id", [cartId])
    const items = await rowsOf("cart_line_item", "cart_id", [cartId])
    const methods = await rowsOf("cart_shipping_method", "cart_id", [cartId])
    const links = await rowsOf("cart_payment_collection", "cart_id", [cartId])
    const collectionIds = links.map((link) => link.payment_collection_id)
    const source: [string, Record<string, unknown>[]][] = [
      [
        "cart_address",
        await rowsOf("cart_address", "id", [cart.shipping_address_id, cart.billing_address_id]),
      ],
      ["cart", [cart]],
      ["cart_line_item", items],
      [
        "cart_line_item_tax_line",
        await rowsOf(
          "cart_line_item_tax_line",
          "item_id",
          items.map((i) => i.id)
        ),
      ],
      [
        "cart_line_item_adjustment",
        await rowsOf(
          "cart_line_item_adjustment",
          "item_id",
          items.map((i) => i.id)
        ),
      ],
      ["cart_shipping_method", methods],
      [
        "cart_shipping_method_tax_line",
        await rowsOf(
          "cart_shipping_method_tax_line",
          "shipping_method_id",
          methods.map((m) => m.id)
        ),
      ],
      [
        "cart_shipping_method_adjustment",
        await rowsOf(
          "cart_shipping_method_adjustment",
          "shipping_method_id",
          methods.map((m) => m.id)
        ),
      ],
      ["payment_collection", await rowsOf("payment_collection", "id", collectionIds)],
      ["payment_session", await rowsOf("payment_session", "payment_collection_id", collectionIds)],
      ["cart_payment_collection", links],
    ]
    const client = await this.pool.connect()
    try {
      await client.query("begin")
      const clones: string[] = []
      for (const email of emails) {
        // Every id of the cart's rows gets a new one, wherever it appears (keys and references).
        const ids = new Map<string, string>()
        for (const [, rows] of source) {
          for (const row of rows) {
            const id = String(row.id)
            ids.set(id, `${id.slice(0, id.lastIndexOf("_") + 1)}${randomUlid()}`)
          }
        }
        for (const [table, rows] of source) {
          for (const row of rows) {
            const copy = Object.fromEntries(
              Object.entries(row).map(([column, value]) => [
                column,
                column === "email" && table === "cart"
                  ? email
                  : typeof value === "string" && ids.has(value)
                    ? ids.get(value)
                    : value,
              ])
            )
            await client.query(
              `insert into ${table} select * from jsonb_populate_record(null::${table}, $1)`,
              [copy]
            )
          }
        }
        clones.push(ids.get(cartId) ?? "")
      }
      await client.query("commit")
      return clones
    } catch (error) {
      await client.query("rollback")
      throw error
    } finally {
      client.release()
    }
  }

  /** The orders made from these carts (canceled ones too), through Medusa's order-cart link. */
  ordersOfCarts(cartIds: string[]) {
    return this.rows<{ cart_id: string; order_id: string; status: string; email: string }>(
      `select oc.cart_id, o.id as order_id, o.status, o.email
         from order_cart oc join "order" o on o.id = oc.order_id
        where oc.cart_id = any($1) and oc.deleted_at is null and o.deleted_at is null`,
      [cartIds]
    )
  }

  /**
   * Every order with these shoppers' emails (one email per cart), and the cart it is linked to:
   * an order a dead completion left behind has none.
   */
  ordersByEmail(emails: string[]) {
    return this.rows<{ id: string; email: string; status: string; cart_id: string | null }>(
      `select o.id, o.email, o.status, oc.cart_id
         from "order" o left join order_cart oc on oc.order_id = o.id and oc.deleted_at is null
        where o.email = any($1) and o.deleted_at is null`,
      [emails]
    )
  }

  /** Orders of a variant, whatever made them. */
  ordersOfVariant(variantId: string) {
    return this.rows<{ order_id: string; status: string; quantity: string }>(
      `select o.id as order_id, o.status, oi.quantity
         from order_line_item li
         join order_item oi on oi.item_id = li.id and oi.deleted_at is null
         join "order" o on o.id = oi.order_id and oi.version = o.version
        where li.variant_id = $1 and li.deleted_at is null and o.deleted_at is null`,
      [variantId]
    )
  }

  /** The stock of a variant at its location and the reservations held against it. */
  async stockOfVariant(variantId: string) {
    const [level] = await this.rows<{
      inventory_item_id: string
      stocked_quantity: string
      reserved_quantity: string
    }>(
      `select il.inventory_item_id, il.stocked_quantity, il.reserved_quantity
         from product_variant_inventory_item pvii
         join inventory_level il on il.inventory_item_id = pvii.inventory_item_id
          and il.deleted_at is null
        where pvii.variant_id = $1 and pvii.deleted_at is null`,
      [variantId]
    )
    const reservations = await this.rows<{ line_item_id: string; quantity: string }>(
      `select line_item_id, quantity from reservation_item
        where inventory_item_id = $1 and deleted_at is null`,
      [level.inventory_item_id]
    )
    return {
      stocked: Number(level.stocked_quantity),
      reserved: Number(level.reserved_quantity),
      reservations: reservations.map((row) => ({ ...row, quantity: Number(row.quantity) })),
    }
  }

  /** The order line items that reservations point at, by order. */
  lineItemsOfOrders(orderIds: string[]) {
    return this.rows<{ order_id: string; line_item_id: string }>(
      `select oi.order_id, oi.item_id as line_item_id from order_item oi
        where oi.order_id = any($1) and oi.deleted_at is null`,
      [orderIds]
    )
  }

  /** Each cart's payments (canceled or not), with their captures, by payment collection. */
  paymentsOfCarts(cartIds: string[]) {
    return this.rows<{
      cart_id: string
      payment_id: string
      provider_id: string
      canceled_at: Date | null
      captured_at: Date | null
      captures: string
    }>(
      `select cpc.cart_id, p.id as payment_id, p.provider_id, p.canceled_at, p.captured_at,
              (select count(*) from capture c where c.payment_id = p.id and c.deleted_at is null)
                as captures
         from cart_payment_collection cpc
         join payment p on p.payment_collection_id = cpc.payment_collection_id
          and p.deleted_at is null
        where cpc.cart_id = any($1) and cpc.deleted_at is null`,
      [cartIds]
    )
  }

  /** Order transactions recording captures (Medusa writes one per capture). */
  captureTransactions(orderId: string) {
    return this.rows<{ id: string }>(
      `select id from order_transaction
        where order_id = $1 and reference = 'capture' and deleted_at is null`,
      [orderId]
    )
  }

  /** Webhook deliveries the marketplace accepted to handle, per event. */
  acceptedWebhooks(eventId: string) {
    return this.rows<{ id: string }>(
      `select id from payment_webhook_event where event_id = $1 and deleted_at is null`,
      [eventId]
    )
  }
}
