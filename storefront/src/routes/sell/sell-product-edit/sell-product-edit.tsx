import { describeError } from "@imece/i18n"
import type { ProducerProduct } from "@imece/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { useLocale } from "../../../i18n/use-locale"
import { useCategories } from "../../products/use-products"
import { ShopQueryState } from "../components/shop-query-state"
import {
  ProductAvailabilityFields,
  ProductCategoryField,
  ProductPriceFields,
  ProductTranslationsFields,
  ProductWordsFields,
} from "../components/product-fields"
import { ProductPhotosField } from "../components/product-photos-field"
import {
  fromProduct,
  toUpdateBody,
  validateProduct,
  type ProductFormErrors,
  type ProductFormValues,
} from "../product-form"
import {
  useProductPhotos,
  useSetShopProductOnSale,
  useShopProduct,
  useUpdateShopProduct,
} from "../use-shop-products"
import { FormError, SubmitButton } from "../components/form-feedback"

/** One of her products: photos, words, prices and stock per variant; off sale and back. */
export function SellProductEdit() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { id = "" } = useParams()
  const product = useShopProduct(id)
  const save = useUpdateShopProduct(id)
  const onSale = useSetShopProductOnSale(id)

  if (!product.isSuccess) {
    return <ShopQueryState query={product} notFound={t("manage.edit.notFound")} />
  }
  const { status, handle } = product.data
  return (
    <section className="narrow" data-testid="product-edit">
      <p>
        <Link to="/sell/shop/products">{t("manage.edit.back")}</Link>
      </p>
      <h1>{t("manage.edit.title")}</h1>
      <p>
        <span className={`badge badge-${status}`} data-testid="product-status">
          {t(`manage.products.status.${status}`)}
        </span>{" "}
        {status === "published" && (
          <Link to={`/products/${handle}`}>{t("manage.edit.viewInStore")}</Link>
        )}
      </p>
      {status === "rejected" && product.data.metadata?.review_message && (
        <p className="banner banner-warning" role="note">
          {t("manage.products.sentBack", { message: product.data.metadata.review_message })}
        </p>
      )}
      {/* A new form after each save, so it shows what the server now holds. */}
      <ProductEditForm key={product.data.updated_at} product={product.data} save={save} />
      <div className="form-actions">
        {status === "draft" ? (
          <button
            type="button"
            className="button button-secondary"
            data-testid="product-publish"
            disabled={onSale.isPending}
            onClick={() => onSale.mutate(true)}
          >
            {t("manage.edit.publish")}
          </button>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            data-testid="product-archive"
            disabled={onSale.isPending}
            onClick={() => onSale.mutate(false)}
          >
            {t("manage.edit.archive")}
          </button>
        )}
      </div>
      {onSale.isSuccess && (
        <p className="success" role="status" data-testid="product-on-sale-changed">
          {onSale.variables ? t("manage.edit.published") : t("manage.edit.archived")}
        </p>
      )}
      {onSale.isError && (
        <FormError>{describeError(onSale.error, locale, t("manage.edit.failed"))}</FormError>
      )}
    </section>
  )
}

function ProductEditForm({
  product,
  save,
}: {
  product: ProducerProduct
  save: ReturnType<typeof useUpdateShopProduct>
}) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const photos = useProductPhotos(product.images)
  const categories = useCategories()
  const [values, setValues] = useState<ProductFormValues>(() => fromProduct(product))
  const [errors, setErrors] = useState<ProductFormErrors>({})
  const [notice, setNotice] = useState<"nothingChanged" | "uploading" | null>(null)

  const change = (changes: Partial<ProductFormValues>) => {
    setValues((current) => ({ ...current, ...changes }))
    setErrors({})
    setNotice(null)
  }

  const submit = () => {
    if (photos.uploading) {
      setNotice("uploading")
      return
    }
    const found = validateProduct(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      return
    }
    const body = toUpdateBody(
      values,
      photos.photos.map((photo) => photo.id),
      product
    )
    if (Object.keys(body).length === 0) {
      setNotice("nothingChanged")
      return
    }
    setNotice(null)
    save.mutate(body)
  }

  return (
    <form
      noValidate
      aria-busy={save.isPending}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <h2>{t("manage.form.photosTitle")}</h2>
      <ProductPhotosField photos={photos} />
      <h2>{t("manage.form.detailsTitle")}</h2>
      <ProductWordsFields values={values} errors={errors} onChange={change} />
      <ProductPriceFields values={values} errors={errors} onChange={change} />
      <ProductCategoryField
        categories={categories.data ?? []}
        value={values.category_id}
        onChange={(category_id) => change({ category_id })}
      />
      <ProductTranslationsFields values={values} errors={errors} onChange={change} />
      <ProductAvailabilityFields values={values} errors={errors} onChange={change} />
      <div className="form-feedback">
        {save.isError && (
          <FormError testId="product-error">
            {describeError(save.error, locale, t("manage.edit.failed"))}
          </FormError>
        )}
        {save.isSuccess && !notice && (
          <p className="success" role="status" data-testid="product-saved">
            {t("manage.edit.saved")}
          </p>
        )}
        {notice === "nothingChanged" && (
          <p className="note" role="status">
            {t("manage.edit.nothingChanged")}
          </p>
        )}
        {notice === "uploading" && <FormError>{t("manage.form.errors.uploading")}</FormError>}
      </div>
      <div className="form-actions">
        <SubmitButton
          testId="product-save"
          pending={save.isPending}
          pendingLabel={t("manage.edit.saving")}
        >
          {t("manage.edit.save")}
        </SubmitButton>
      </div>
    </form>
  )
}
