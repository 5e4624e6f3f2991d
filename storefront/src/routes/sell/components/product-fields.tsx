import { useTranslation } from "react-i18next"
import { directionOf, LOCALES } from "@imece/i18n"
import {
  DESCRIPTION_MAX,
  MAX_OPTIONS,
  OPTION_TEXT_MAX,
  optionField,
  TITLE_LENGTH,
  translationField,
  variantField,
  type OptionValues,
  type ProductFormErrors,
  type ProductFormValues,
  type VariantValues,
} from "../product-form"
import { TextField } from "./text-field"

interface ProductFieldsProps {
  values: ProductFormValues
  errors: ProductFormErrors
  onChange: (changes: Partial<ProductFormValues>) => void
}

/** Changes one field of one variant, keeping the others. */
function changeVariant(props: ProductFieldsProps, index: number, changes: Partial<VariantValues>) {
  props.onChange({
    variants: props.values.variants.map((variant, i) =>
      i === index ? { ...variant, ...changes } : variant
    ),
  })
}

function useErrorText(errors: ProductFormErrors) {
  const { t } = useTranslation()
  return (field: string) => {
    const error = errors[field]
    return error ? t(`manage.form.errors.${error}`) : undefined
  }
}

/** Her product's name, what she tells of it and what it is made of. */
export function ProductWordsFields(props: ProductFieldsProps) {
  const { t } = useTranslation()
  const { values, onChange } = props
  const errorOf = useErrorText(props.errors)
  return (
    <>
      <TextField
        name="title"
        label={t("manage.form.title")}
        value={values.title}
        onChange={(title) => onChange({ title })}
        error={errorOf("title")}
        maxLength={TITLE_LENGTH.max}
      />
      <TextField
        name="description"
        label={t("manage.form.description")}
        value={values.description}
        onChange={(description) => onChange({ description })}
        hint={t("manage.form.descriptionHint")}
        multiline
        maxLength={DESCRIPTION_MAX}
      />
      <TextField
        name="materials"
        label={t("manage.form.materials")}
        value={values.materials}
        onChange={(materials) => onChange({ materials })}
        error={errorOf("materials")}
        hint={t("manage.form.materialsHint")}
      />
    </>
  )
}

/** Her price in lira and, if she likes, in euro; with variants, a price per variant. */
export function ProductPriceFields(props: ProductFieldsProps) {
  const { t } = useTranslation()
  const errorOf = useErrorText(props.errors)
  const named = props.values.variants.length > 1
  return props.values.variants.map((variant, index) => (
    <fieldset key={variant.id || index} className="form-section">
      {named && <legend>{t("manage.form.variant", { title: variant.title })}</legend>}
      <TextField
        name={variantField(index, "price_try")}
        label={t("manage.form.priceTry")}
        value={variant.price_try}
        onChange={(price_try) => changeVariant(props, index, { price_try })}
        error={errorOf(variantField(index, "price_try"))}
        hint={t("manage.form.priceHint")}
        inputMode="decimal"
      />
      <TextField
        name={variantField(index, "price_eur")}
        label={t("manage.form.priceEur")}
        value={variant.price_eur}
        onChange={(price_eur) => changeVariant(props, index, { price_eur })}
        error={errorOf(variantField(index, "price_eur"))}
        inputMode="decimal"
      />
    </fieldset>
  ))
}

/** Her title and description in each language she writes besides the first. */
export function ProductTranslationsFields(props: ProductFieldsProps) {
  const { t } = useTranslation()
  const { values, onChange } = props
  const errorOf = useErrorText(props.errors)
  return (
    <fieldset className="form-section" data-testid="product-translations">
      <legend>{t("manage.form.otherLanguages")}</legend>
      <p className="field-hint">{t("manage.form.otherLanguagesLead")}</p>
      {LOCALES.map((locale) => {
        const language = t(`manage.form.languages.${locale}`)
        const words = values.translations[locale]
        const change = (changes: Partial<typeof words>) =>
          onChange({ translations: { ...values.translations, [locale]: { ...words, ...changes } } })
        return (
          <div key={locale} className="option-row">
            <TextField
              name={translationField(locale, "title")}
              label={t("manage.form.titleIn", { language })}
              value={words.title}
              onChange={(title) => change({ title })}
              error={errorOf(translationField(locale, "title"))}
              maxLength={120}
              lang={locale}
              dir={directionOf(locale)}
            />
            <TextField
              name={translationField(locale, "description")}
              label={t("manage.form.descriptionIn", { language })}
              value={words.description}
              onChange={(description) => change({ description })}
              multiline
              maxLength={4000}
              lang={locale}
              dir={directionOf(locale)}
            />
          </div>
        )
      })}
    </fieldset>
  )
}

/** The cooperative's category she files her product under, so shoppers find it there. */
export function ProductCategoryField({
  categories,
  value,
  onChange,
}: {
  categories: { id: string; name: string }[]
  value: string
  onChange: (category_id: string) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="field">
      <label htmlFor="category_id">{t("manage.form.category")}</label>
      <select
        id="category_id"
        data-testid="field-category_id"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t("manage.form.noCategory")}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Sizes, colours…: up to two choices, each a name and the values she lists with commas. */
export function ProductOptionsFields(props: ProductFieldsProps) {
  const { t } = useTranslation()
  const { values, onChange } = props
  const errorOf = useErrorText(props.errors)
  const setOptions = (options: OptionValues[]) => onChange({ options })
  return (
    <fieldset className="form-section" data-testid="product-options">
      <legend>{t("manage.form.options")}</legend>
      <p className="field-hint">{t("manage.form.optionsLead")}</p>
      {values.options.map((option, index) => (
        <div key={index} className="option-row">
          <TextField
            name={optionField(index, "title")}
            label={t("manage.form.optionTitle")}
            value={option.title}
            onChange={(title) =>
              setOptions(values.options.map((o, i) => (i === index ? { ...o, title } : o)))
            }
            error={errorOf(optionField(index, "title"))}
            maxLength={OPTION_TEXT_MAX}
          />
          <TextField
            name={optionField(index, "values")}
            label={t("manage.form.optionValues")}
            value={option.values}
            onChange={(text) =>
              setOptions(values.options.map((o, i) => (i === index ? { ...o, values: text } : o)))
            }
            error={errorOf(optionField(index, "values"))}
          />
          <button
            type="button"
            className="chip"
            onClick={() => setOptions(values.options.filter((_, i) => i !== index))}
          >
            {t("manage.form.removeOption")}
          </button>
        </div>
      ))}
      {values.options.length < MAX_OPTIONS && (
        <button
          type="button"
          className="button button-secondary"
          data-testid="add-option"
          onClick={() => setOptions([...values.options, { title: "", values: "" }])}
        >
          {t("manage.form.addOption")}
        </button>
      )}
    </fieldset>
  )
}

/** Ready in stock (how many, per variant) or made when ordered (in how many days). */
export function ProductAvailabilityFields(props: ProductFieldsProps) {
  const { t } = useTranslation()
  const { values, onChange } = props
  const errorOf = useErrorText(props.errors)
  const named = values.variants.length > 1
  return (
    <fieldset className="form-section">
      <legend>{t("manage.form.stockTitle")}</legend>
      <label className="check">
        <input
          type="radio"
          name="availability"
          value="stock"
          data-testid="availability-stock"
          checked={values.availability === "stock"}
          onChange={() => onChange({ availability: "stock" })}
        />
        {t("manage.form.ready")}
      </label>
      <label className="check">
        <input
          type="radio"
          name="availability"
          value="made_to_order"
          data-testid="availability-made-to-order"
          checked={values.availability === "made_to_order"}
          onChange={() => onChange({ availability: "made_to_order" })}
        />
        {t("manage.form.madeToOrder")}
      </label>
      {values.availability === "stock" ? (
        values.variants.map((variant, index) => (
          <TextField
            key={variant.id || index}
            name={variantField(index, "quantity")}
            label={
              named
                ? `${t("manage.form.quantity")} ${t("manage.form.variant", { title: variant.title })}`
                : values.options.length
                  ? t("manage.form.quantityEach")
                  : t("manage.form.quantity")
            }
            value={variant.quantity}
            onChange={(quantity) => changeVariant(props, index, { quantity })}
            error={errorOf(variantField(index, "quantity"))}
            inputMode="numeric"
          />
        ))
      ) : (
        <TextField
          name="days"
          label={t("manage.form.days")}
          value={values.days}
          onChange={(days) => onChange({ days })}
          error={errorOf("days")}
          inputMode="numeric"
        />
      )}
    </fieldset>
  )
}
