import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { storeCart } from "../../../test/cart-fixtures"
import { renderShopPage } from "../../../test/render-page"
import { keepCartId, readCartId } from "../../cart/cart-storage"
import { AccountLogin } from "./account-login"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      customer: { login: vi.fn(), me: vi.fn() },
      carts: { transfer: vi.fn() },
    },
  },
}))

const { customer, carts } = vi.mocked(client.store, true)

function renderLogin(url = "/account/login?next=/checkout") {
  renderShopPage(<AccountLogin />, { path: "/account/login", url })
}

function logIn(email = "elif@example.com", password = "oya-sever-42") {
  fireEvent.change(screen.getByTestId("field-email"), { target: { value: email } })
  fireEvent.change(screen.getByTestId("field-password"), { target: { value: password } })
  fireEvent.click(screen.getByTestId("login-submit"))
}

describe("logging in", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    customer.login.mockResolvedValue("jwt")
    carts.transfer.mockResolvedValue({ cart: storeCart() })
  })

  it("asks for her email and password, and offers to open an account or find a guest order instead", () => {
    renderLogin()
    expect(screen.getByRole("heading", { name: "Giriş yap" })).toBeTruthy()
    expect(screen.getByLabelText("E-posta")).toBeTruthy()
    expect(screen.getByLabelText("Şifre")).toBeTruthy()
    expect(screen.getByTestId("register-link").getAttribute("href")).toBe(
      "/account/register?next=/checkout"
    )
    expect(screen.getByRole("link", { name: "Siparişinizi bulun" }).getAttribute("href")).toBe(
      "/orders/find"
    )
  })

  it("says what is missing before sending anything", () => {
    renderLogin()
    fireEvent.click(screen.getByTestId("login-submit"))
    expect(screen.getAllByText("Bu alanı doldurun.")).toHaveLength(2)

    logIn("elif.example.com", "oya-sever-42")
    expect(screen.getByText(/Geçerli bir e-posta adresi yazın/)).toBeTruthy()
    expect(customer.login).not.toHaveBeenCalled()
  })

  it("logs her in, makes her guest cart hers and goes back to checkout", async () => {
    keepCartId("cart_1")
    renderLogin()
    logIn(" elif@example.com ")

    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/checkout")
    expect(customer.login).toHaveBeenCalledWith("elif@example.com", "oya-sever-42")
    expect(carts.transfer).toHaveBeenCalledWith("cart_1")
  })

  it("goes to her account when no page asked, and claims no cart when she has none", async () => {
    renderLogin("/account/login")
    logIn()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/account")
    expect(carts.transfer).not.toHaveBeenCalled()
  })

  it("never follows a next address to another site", async () => {
    renderLogin("/account/login?next=//evil.example/steal")
    logIn()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/account")
  })

  it("logs her in even when her guest cart is gone, and forgets it", async () => {
    keepCartId("cart_gone")
    carts.transfer.mockRejectedValue(new FetchError("Cart not found", "Not Found", 404))
    renderLogin()
    logIn()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/checkout")
    expect(readCartId()).toBeNull()
  })

  it("says the email or password is wrong and keeps her on the page", async () => {
    customer.login.mockRejectedValue(
      new FetchError("Invalid email or password", "Unauthorized", 401)
    )
    renderLogin()
    logIn("elif@example.com", "yanlis")
    expect((await screen.findByTestId("login-error")).textContent).toBe(
      "E-posta ya da şifre yanlış. Lütfen kontrol edip tekrar deneyin."
    )
    expect(screen.queryByTestId("elsewhere")).toBeNull()
  })

  it("tells a failure of the store apart from a wrong password", async () => {
    keepCartId("cart_1")
    carts.transfer.mockRejectedValue(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderLogin()
    logIn()
    expect((await screen.findByTestId("login-error")).textContent).toMatch(/biraz sonra/)
    await waitFor(() => expect(screen.queryByTestId("elsewhere")).toBeNull())
  })
})
