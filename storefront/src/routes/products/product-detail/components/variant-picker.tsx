import { useTranslation } from "react-i18next"

interface VariantPickerProps {
  variants: { id: string; title: string | null }[]
  selectedId?: string
  onSelect: (id: string) => void
}

export function VariantPicker({ variants, selectedId, onSelect }: VariantPickerProps) {
  const { t } = useTranslation()
  if (variants.length < 2) {
    return null
  }
  return (
    <fieldset className="variants">
      <legend>{t("product.variant")}</legend>
      {variants.map((variant) => (
        <button
          key={variant.id}
          type="button"
          className="chip"
          aria-pressed={variant.id === selectedId}
          onClick={() => onSelect(variant.id)}
        >
          {variant.title}
        </button>
      ))}
    </fieldset>
  )
}
