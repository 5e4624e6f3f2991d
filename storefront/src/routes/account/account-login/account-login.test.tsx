import { ApiError } from "@imece/client"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { orderPage, storeCustomer } from "../../../test/account-fixtures"
import { storeCart } from "../../../test/cart-fixtures"
import { storeRegion } from "../../../test/fixtures"
import { renderApp } from "../../../test/render-app"
import { renderShopPage } from "../../../test/render-page"
import { keepCartId, readCartId } from "../../cart/cart-storage"
import { AccountLogin } from "./account-login"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      customer: { login: vi.fn(), me: vi.fn() },
      carts: { transfer: vi.fn() },
      regions: { list: vi.fn() },
      orders: { list: vi.fn() },
    },
  },
}))

const { customer, carts, regions, orders } = vi.mocked(client.store, true)

/** The store answers "who is this?" with 401 until she has logged in, then with her. */
function guestUntilLoggedIn() {
  customer.me.mockImplementation(async () => {
    if (customer.login.mock.calls.length === 0) {
      throw new FetchError("Unauthorized", "Unauthorized", 401)
    }
    return { customer: storeCustomer() }
  })
}

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
    guestUntilLoggedIn()
  })

  it("sends her on at once when she is already logged in", async () => {
    customer.me.mockResolvedValue({ customer: storeCustomer() })
    renderLogin()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/checkout")
    expect(customer.login).not.toHaveBeenCalled()
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

  it("says how long to wait after too many failed sign-ins, not that the password is wrong", async () => {
    customer.login.mockRejectedValue(
      new ApiError("Too many failed sign-ins", "Too Many Requests", 429, "too_many_sign_ins", {
        minutes: 12,
      })
    )
    renderLogin()
    logIn()
    expect((await screen.findByTestId("login-error")).textContent).toBe(
      "Çok fazla hatalı giriş denemesi yapıldı. \u206812\u2069 dakika sonra tekrar deneyin."
    )
  })

  it("tells a failure of the store apart from a wrong password", async () => {
    keepCartId("cart_1")
    carts.transfer.mockRejectedValue(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderLogin()
    logIn()
    expect((await screen.findByTestId("login-error")).textContent).toMatch(/biraz sonra/i)
    await waitFor(() => expect(screen.queryByTestId("elsewhere")).toBeNull())
  })
})

describe("logging in from her account", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    regions.list.mockResolvedValue({ regions: [storeRegion()], count: 1, offset: 0, limit: 50 })
    orders.list.mockResolvedValue(orderPage([]))
    customer.login.mockResolvedValue("jwt")
    guestUntilLoggedIn()
  })

  it("takes her from “Hesabım” to the login form and, once logged in, to her account", async () => {
    const app = renderApp("/")
    fireEvent.click(await screen.findByRole("link", { name: "Hesabım" }))

    await screen.findByRole("heading", { name: "Giriş yap" })
    expect(app.location().pathname).toBe("/account/login")
    logIn()

    expect((await screen.findByTestId("account-email")).textContent).toBe("elif@example.com")
    // And nothing sends her back to the form once her account has shown.
    await waitFor(() => expect(app.location().pathname).toBe("/account"))
    expect(screen.queryByTestId("login-submit")).toBeNull()
  })
})
