import { describeError, formatNumber } from "@imece/i18n"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useNavigate } from "react-router-dom"
import { isUnauthorized } from "@imece/client"
import { useLocale } from "../../../i18n/use-locale"
import { useCategories } from "../../products/use-products"
import {
  ProductAvailabilityFields,
  ProductCategoryField,
  ProductOptionsFields,
  ProductPriceFields,
  ProductWordsFields,
} from "../components/product-fields"
import { ProductPhotosField } from "../components/product-photos-field"
import {
  emptyProductForm,
  toCreateBody,
  validateAvailability,
  validatePrices,
  validateWords,
  type ProductFormErrors,
  type ProductFormValues,
} from "../product-form"
import type { ProductListedNotice } from "../sell-products/sell-products"
import { useCreateShopProduct, useProductPhotos } from "../use-shop-products"
import { FormError } from "../components/form-feedback"

const STEPS = ["photos", "words", "sale"] as const
type Step = (typeof STEPS)[number]

/**
 * A product in three screens on a phone: photos; then what it is (name, description, materials,
 * category); then its price, sizes or colours, and stock or made-to-order. What she typed is
 * kept when she goes back a step.
 */
export function SellProductNew() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const create = useCreateShopProduct()
  const categories = useCategories()
  const photos = useProductPhotos()
  const [step, setStep] = useState<Step>("photos")
  const [values, setValues] = useState<ProductFormValues>(emptyProductForm)
  const [errors, setErrors] = useState<ProductFormErrors>({})
  const [waitForPhotos, setWaitForPhotos] = useState(false)
  const number = STEPS.indexOf(step) + 1
  const heading = useRef<HTMLHeadingElement>(null)
  const shownStep = useRef(step)

  // A new step starts at the top, its heading read out: she tapped "next" far down the last.
  useEffect(() => {
    if (shownStep.current !== step) {
      shownStep.current = step
      window.scrollTo({ top: 0 })
      heading.current?.focus({ preventScroll: true })
    }
  }, [step])

  if (create.isError && isUnauthorized(create.error)) {
    return <Navigate to="/sell/login" replace />
  }

  const change = (changes: Partial<ProductFormValues>) => {
    setValues((current) => ({ ...current, ...changes }))
    setErrors({})
  }

  const next = () => {
    if (step === "photos") {
      if (photos.uploading) {
        setWaitForPhotos(true)
        return
      }
      setWaitForPhotos(false)
      setStep("words")
      return
    }
    if (step === "words") {
      const found = validateWords(values)
      setErrors(found)
      if (Object.keys(found).length === 0) {
        setStep("sale")
      }
      return
    }
    const found = { ...validatePrices(values), ...validateAvailability(values) }
    setErrors(found)
    if (Object.keys(found).length > 0) {
      return
    }
    create.mutate(
      toCreateBody(
        values,
        photos.photos.map((photo) => photo.id)
      ),
      {
        onSuccess: (product) => {
          const notice: ProductListedNotice = {
            listed: product.status === "published" ? "on-sale" : "for-review",
          }
          navigate("/sell/shop/products", { state: notice })
        },
      }
    )
  }

  return (
    <section className="narrow" data-testid="product-new">
      <p>
        <Link to="/sell/shop/products">{t("manage.edit.back")}</Link>
      </p>
      <p className="eyebrow" data-testid="product-step">
        {t("manage.create.step", { step: formatNumber(number, locale) })}
      </p>
      <h1>{t("manage.create.title")}</h1>
      <form
        noValidate
        aria-busy={create.isPending}
        onSubmit={(event) => {
          event.preventDefault()
          next()
        }}
      >
        {step === "photos" && (
          <>
            <h2 ref={heading} tabIndex={-1} className="step-heading">
              {t("manage.form.photosTitle")}
            </h2>
            <ProductPhotosField photos={photos} />
            {waitForPhotos && photos.uploading && (
              <FormError>{t("manage.form.errors.uploading")}</FormError>
            )}
          </>
        )}
        {step === "words" && (
          <>
            <h2 ref={heading} tabIndex={-1} className="step-heading">
              {t("manage.create.wordsTitle")}
            </h2>
            <ProductWordsFields values={values} errors={errors} onChange={change} />
            <ProductCategoryField
              categories={categories.data ?? []}
              value={values.category_id}
              onChange={(category_id) => change({ category_id })}
            />
          </>
        )}
        {step === "sale" && (
          <>
            <h2 ref={heading} tabIndex={-1} className="step-heading">
              {t("manage.create.saleTitle")}
            </h2>
            <ProductPriceFields values={values} errors={errors} onChange={change} />
            <ProductOptionsFields values={values} errors={errors} onChange={change} />
            <ProductAvailabilityFields values={values} errors={errors} onChange={change} />
          </>
        )}
        {create.isError && (
          <FormError testId="product-error">
            {describeError(create.error, locale, t("manage.create.failed"))}
          </FormError>
        )}
        <div className="form-actions">
          {number > 1 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setErrors({})
                setStep(STEPS[number - 2])
              }}
            >
              {t("manage.create.back")}
            </button>
          )}
          <button
            type="submit"
            className="button"
            data-testid="product-next"
            disabled={create.isPending}
          >
            {step !== "sale"
              ? t("manage.create.next")
              : create.isPending
                ? t("manage.create.submitting")
                : t("manage.create.submit")}
          </button>
        </div>
      </form>
    </section>
  )
}
