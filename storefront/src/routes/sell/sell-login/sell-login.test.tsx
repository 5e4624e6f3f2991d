import { ApiError } from "@imece/client"
import { screen } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { producerClient } from "../../../lib/producer-client"
import { producerShop } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { SellLogin } from "./sell-login"

vi.mock("../../../lib/producer-client", () => ({
  producerClient: { producer: { me: vi.fn(), auth: { login: vi.fn() } } },
}))

const { me } = vi.mocked(producerClient.producer)

const renderLogin = () => renderShopPage(<SellLogin />, { path: "/sell/login", url: "/sell/login" })

describe("the producer's login page", () => {
  beforeEach(() => {
    me.mockReset()
  })

  it("takes a producer who is logged in already to her shop instead of the form", async () => {
    me.mockResolvedValue({ producer: producerShop() })
    renderLogin()

    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/sell/shop")
    expect(screen.queryByTestId("login-submit")).toBeNull()
  })

  it("shows the form to a producer who is not logged in", async () => {
    me.mockRejectedValue(new ApiError("Unauthorized", "Unauthorized", 401))
    renderLogin()

    expect(await screen.findByTestId("login-submit")).toBeTruthy()
    expect(screen.queryByTestId("elsewhere")).toBeNull()
  })
})
