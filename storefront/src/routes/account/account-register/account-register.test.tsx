import { ApiError } from "@imece/client"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { i18n } from "../../../i18n"
import { client } from "../../../lib/client"
import { storeCustomer } from "../../../test/account-fixtures"
import { storeCart } from "../../../test/cart-fixtures"
import { renderShopPage } from "../../../test/render-page"
import { keepCartId } from "../../cart/cart-storage"
import { AccountRegister } from "./account-register"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      customer: { register: vi.fn(), logout: vi.fn(), me: vi.fn() },
      carts: { transfer: vi.fn() },
    },
  },
}))

const { customer, carts } = vi.mocked(client.store, true)

const elif = {
  first_name: "Elif",
  last_name: "Demir",
  email: "elif@example.com",
  password: "oya-sever-42",
}

function renderRegister(url = "/account/register?next=/checkout") {
  renderShopPage(<AccountRegister />, { path: "/account/register", url })
}

function fillIn(values: Partial<typeof elif> = elif) {
  for (const [name, value] of Object.entries(values)) {
    fireEvent.change(screen.getByTestId(`field-${name}`), { target: { value } })
  }
  fireEvent.click(screen.getByTestId("register-submit"))
}

describe("opening an account", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    customer.register.mockResolvedValue(undefined)
    customer.logout.mockResolvedValue(undefined)
    carts.transfer.mockResolvedValue({ cart: storeCart() })
    // A guest until her account is opened, then her.
    customer.me.mockImplementation(async () => {
      if (customer.register.mock.calls.length === 0) {
        throw new FetchError("Unauthorized", "Unauthorized", 401)
      }
      return { customer: storeCustomer() }
    })
  })

  it("sends her on at once when she is already logged in", async () => {
    customer.me.mockResolvedValue({ customer: storeCustomer() })
    renderRegister()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/checkout")
  })

  it("asks for her name, email and a password, and offers to log in instead", () => {
    renderRegister()
    for (const label of ["Adınız", "Soyadınız", "E-posta", "Şifre"]) {
      expect(screen.getByLabelText(label)).toBeTruthy()
    }
    expect(screen.getByText("En az 8 karakter")).toBeTruthy()
    expect(screen.getByTestId("login-link").getAttribute("href")).toBe(
      "/account/login?next=/checkout"
    )
  })

  it("says what is missing and wants a password of at least 8 characters", () => {
    renderRegister()
    fireEvent.click(screen.getByTestId("register-submit"))
    expect(screen.getAllByText("Bu alanı doldurun.")).toHaveLength(4)

    fillIn({ ...elif, password: "kisa123" })
    expect(screen.getByTestId("password-problem").textContent).toBe(
      "Şifre en az 8 karakter olmalı."
    )
    expect(customer.register).not.toHaveBeenCalled()
  })

  it("writes the shortest password length in Persian digits on a Persian page", async () => {
    await i18n.changeLanguage("fa")
    renderRegister()
    expect(screen.getByText("دست‌کم ۸ نویسه")).toBeTruthy()
  })

  it("opens her account, makes her guest cart hers and goes back to checkout", async () => {
    keepCartId("cart_1")
    renderRegister()
    fillIn({ ...elif, email: " elif@example.com " })

    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/checkout")
    expect(customer.register).toHaveBeenCalledWith(elif)
    expect(carts.transfer).toHaveBeenCalledWith("cart_1")
  })

  it("answers the same for any e-mail it cannot open an account with, and offers to log in", async () => {
    customer.register.mockRejectedValue(
      new ApiError(
        "No account can be opened with this e-mail and password.",
        "Unauthorized",
        401,
        "registration_refused"
      )
    )
    renderRegister()
    fillIn()

    const error = await screen.findByTestId("register-error")
    expect(error.textContent).toContain(
      "Bu e-posta ve şifreyle hesap açılamadı. Daha önce hesap açtıysanız giriş yapın."
    )
    expect(error.textContent).not.toMatch(/already|exists/)
    expect(error.querySelector("a")?.getAttribute("href")).toBe("/account/login?next=/checkout")
    expect(customer.logout).toHaveBeenCalled()
    expect(screen.queryByTestId("elsewhere")).toBeNull()
  })

  it("says in her language when she must wait, with no login link", async () => {
    await i18n.changeLanguage("fa")
    customer.register.mockRejectedValue(
      new ApiError("Too many accounts", "Too Many Requests", 429, "too_many_registrations", {
        minutes: 12,
      })
    )
    renderRegister()
    fillIn()

    const error = await screen.findByTestId("register-error")
    expect(error.textContent).toBe(
      "از این اتصال در زمان کوتاهی حساب‌های زیادی باز شد. \u2068۱۲\u2069 دقیقهٔ دیگر دوباره امتحان کنید."
    )
    expect(error.querySelector("a")).toBeNull()
  })

  it("says when the store could not open the account", async () => {
    customer.register.mockRejectedValue(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderRegister()
    fillIn()
    expect((await screen.findByTestId("register-error")).textContent).toMatch(/biraz sonra/i)
  })
})
