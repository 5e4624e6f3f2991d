import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface VariantStock {
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
}

type Undo = { updated: VariantStock[]; createdIds: string[] }

export const setVariantStockStepId = "set-variant-stock"

/**
 * Sets what she has in stock at the warehouse: the count she gives replaces the old one (orders
 * hold their units apart as reservations). A level that does not exist yet is created.
 */
export const setVariantStockStep = createStep(
  setVariantStockStepId,
  async (stock: VariantStock[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const undo: Undo = { updated: [], createdIds: [] }
    if (!stock.length) {
      return new StepResponse(undefined, undo)
    }
    const existing = await inventory.listInventoryLevels({
      inventory_item_id: stock.map((level) => level.inventory_item_id),
    })
    const toUpdate = stock.filter((level) =>
      existing.some(
        (e) =>
          e.inventory_item_id === level.inventory_item_id && e.location_id === level.location_id
      )
    )
    const toCreate = stock.filter((level) => !toUpdate.includes(level))
    undo.updated = existing
      .filter((e) =>
        toUpdate.some(
          (level) =>
            level.inventory_item_id === e.inventory_item_id && level.location_id === e.location_id
        )
      )
      .map(({ inventory_item_id, location_id, stocked_quantity }) => ({
        inventory_item_id,
        location_id,
        stocked_quantity: Number(stocked_quantity),
      }))
    if (toUpdate.length) {
      await inventory.updateInventoryLevels(toUpdate)
    }
    if (toCreate.length) {
      const created = await inventory.createInventoryLevels(toCreate)
      undo.createdIds = created.map((level) => level.id)
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.updated.length) {
      await inventory.updateInventoryLevels(undo.updated)
    }
    if (undo.createdIds.length) {
      await inventory.deleteInventoryLevels(undo.createdIds)
    }
  }
)
