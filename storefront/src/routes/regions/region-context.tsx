import type { HttpTypes } from "@medusajs/types"
import { useQuery } from "@tanstack/react-query"
import { createContext, useContext, useMemo, useState, type ReactNode } from "react"
import { queryKeysFactory } from "@imece/client"
import { client } from "../../lib/client"

const CURRENCY_STORAGE_KEY = "imece_currency"
const DEFAULT_CURRENCY = "try"

export const regionsQueryKeys = queryKeysFactory<"regions", void>("regions")

interface RegionState {
  /** The region whose prices are shown; undefined until regions have loaded. */
  region?: HttpTypes.StoreRegion
  currencies: string[]
  setCurrency: (currency: string) => void
  /**
   * Prices cannot be asked for: the regions did not load, or the store has none. Pages show an
   * error with `retry` instead of waiting for a region forever.
   */
  isUnavailable: boolean
  retry: () => void
}

const RegionContext = createContext<RegionState | null>(null)

/** Prices depend on the region; the shopper picks it by its currency (TRY by default). */
export function RegionProvider({ children }: { children: ReactNode }) {
  const [currency, setCurrencyState] = useState(
    () => localStorage.getItem(CURRENCY_STORAGE_KEY) ?? DEFAULT_CURRENCY
  )
  const { data, isError, refetch } = useQuery({
    queryKey: regionsQueryKeys.lists(),
    queryFn: () => client.store.regions.list(),
    staleTime: Infinity,
  })

  const value = useMemo<RegionState>(() => {
    const list = data?.regions ?? []
    return {
      region:
        list.find((region) => region.currency_code === currency) ??
        list.find((region) => region.currency_code === DEFAULT_CURRENCY) ??
        list[0],
      currencies: [...new Set(list.map((region) => region.currency_code))],
      setCurrency: (next) => {
        localStorage.setItem(CURRENCY_STORAGE_KEY, next)
        setCurrencyState(next)
      },
      isUnavailable: isError || (data !== undefined && list.length === 0),
      retry: () => void refetch(),
    }
  }, [data, isError, refetch, currency])

  return <RegionContext.Provider value={value}>{children}</RegionContext.Provider>
}

export function useRegion(): RegionState {
  const state = useContext(RegionContext)
  if (!state) {
    throw new Error("useRegion must be used inside RegionProvider")
  }
  return state
}
