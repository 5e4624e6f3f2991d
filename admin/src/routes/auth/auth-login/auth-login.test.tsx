import { ApiError } from "@imece/client"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen } from "@testing-library/react"
import { Route, Routes } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { renderWithProviders } from "../../../test/render-with-providers"
import { AuthLogin } from "./auth-login"

vi.mock("../../../lib/client", () => ({
  client: { admin: { auth: { login: vi.fn(), logout: vi.fn() } } },
}))

const login = vi.mocked(client.admin.auth.login)

function renderLogin() {
  renderWithProviders(
    <Routes>
      <Route path="/login" element={<AuthLogin />} />
      <Route path="/producers" element={<p>producers page</p>} />
    </Routes>,
    { path: "/login" }
  )
}

function submit(email: string, password: string) {
  fireEvent.change(screen.getByTestId("login-email"), { target: { value: email } })
  fireEvent.change(screen.getByTestId("login-password"), { target: { value: password } })
  fireEvent.click(screen.getByTestId("login-submit"))
}

describe("login", () => {
  beforeEach(() => {
    login.mockReset()
  })

  it("names the button that shows her password in Turkish, and shows it when pressed", () => {
    renderLogin()
    const show = screen.getByRole("button", { name: "Parolayı göster" })
    expect(show.getAttribute("aria-pressed")).toBe("false")
    expect(screen.queryByText("Show password")).toBeNull()

    fireEvent.click(show)
    expect(show.getAttribute("aria-pressed")).toBe("true")
    expect(screen.getByTestId("login-password").getAttribute("type")).toBe("text")
  })

  it("shows the wrong-credentials message when Medusa answers 401", async () => {
    login.mockRejectedValue(new FetchError("Invalid email or password", "Unauthorized", 401))
    renderLogin()

    submit("staff@imece.coop", "not-the-password")

    const error = await screen.findByTestId("login-error")
    expect(error.textContent).toContain(admin.tr.login.invalidCredentials)
    expect(login).toHaveBeenCalledWith("staff@imece.coop", "not-the-password")
    expect(screen.queryByText("producers page")).toBeNull()
  })

  it("says how long to wait after too many failed sign-ins, in her language", async () => {
    login.mockRejectedValue(
      new ApiError("Too many failed sign-ins", "Too Many Requests", 429, "too_many_sign_ins", {
        minutes: 12,
      })
    )
    renderLogin()

    submit("staff@imece.coop", "secret")

    const error = await screen.findByTestId("login-error")
    expect(error.textContent).toContain(
      "Çok fazla hatalı giriş denemesi yapıldı. \u206812\u2069 dakika sonra tekrar deneyin."
    )
  })

  it("disables the button while waiting and goes to the producers on success", async () => {
    let finish: (token: string) => void = () => {}
    login.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    renderLogin()

    submit("staff@imece.coop", "secret")

    await vi.waitFor(() => {
      expect(screen.getByTestId<HTMLButtonElement>("login-submit").disabled).toBe(true)
    })
    finish("jwt")
    expect(await screen.findByText("producers page")).toBeTruthy()
  })
})
