import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"
import { ProducerPreviousHandle } from "./models/producer-previous-handle"

class ProducerModuleService extends MedusaService({ Producer, ProducerPreviousHandle }) {
  /**
   * A shop handle no shop has had: `base`, else `base-2`, `base-3`… A closed shop's handle and a
   * handle a shop had before stay taken, as links to them lead to their shops.
   */
  async freeHandle(base: string): Promise<string> {
    const like = { handle: { $like: `${base}%` } }
    const [current, previous] = await Promise.all([
      this.listProducers(like, { select: ["handle"], withDeleted: true }),
      this.listProducerPreviousHandles(like, { select: ["handle"] }),
    ])
    const taken = new Set([...current, ...previous].map((row) => row.handle))
    let handle = base
    for (let n = 2; taken.has(handle); n++) {
      handle = `${base}-${n}`
    }
    return handle
  }
}

export default ProducerModuleService
