import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "./app"
import "./i18n"
import "./index.css"

const container = document.getElementById("root")
if (!container) {
  throw new Error('index.html must have an element with id "root"')
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>
)
