import { formatNumber, type Locale } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { FormError, SubmitButton } from "../../../sell/components/form-feedback"

interface AddToCartProps {
  /** The most she can take: the stock left, or null when it is not counted (made to order). */
  max: number | null
  disabled: boolean
  isAdding: boolean
  added: boolean
  /** Why the cart refused the piece, in her language. */
  refusal: string | null
  locale: Locale
  onAdd: (quantity: number) => void
}

/** How many, and into the cart; after adding, a way to the cart without leaving the product. */
export function AddToCart({
  max,
  disabled,
  isAdding,
  added,
  refusal,
  locale,
  onAdd,
}: AddToCartProps) {
  const { t } = useTranslation()
  const [quantity, setQuantity] = useState(1)
  const upTo = max ?? 99

  return (
    <form
      className="add-to-cart"
      onSubmit={(event) => {
        event.preventDefault()
        onAdd(quantity)
      }}
    >
      <div className="quantity-stepper" role="group" aria-label={t("shop.addToCart.quantity")}>
        <button
          type="button"
          className="stepper-button"
          aria-label="−"
          disabled={quantity <= 1}
          onClick={() => setQuantity((value) => Math.max(1, value - 1))}
        >
          −
        </button>
        <output aria-live="polite" data-testid="add-quantity">
          {formatNumber(quantity, locale)}
        </output>
        <button
          type="button"
          className="stepper-button"
          aria-label="+"
          disabled={quantity >= upTo}
          onClick={() => setQuantity((value) => Math.min(upTo, value + 1))}
        >
          +
        </button>
      </div>
      <SubmitButton
        testId="add-to-cart"
        pending={disabled || isAdding}
        pendingLabel={isAdding ? t("shop.addToCart.adding") : undefined}
      >
        {t("shop.addToCart.add")}
      </SubmitButton>
      {added && (
        <p className="note" role="status">
          {t("shop.addToCart.added")}{" "}
          <Link to="/cart" data-testid="go-to-cart">
            {t("shop.addToCart.goToCart")}
          </Link>
        </p>
      )}
      {refusal && <FormError testId="add-to-cart-error">{refusal}</FormError>}
    </form>
  )
}
