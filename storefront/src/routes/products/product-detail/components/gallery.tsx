import { formatNumber, type Locale } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"

interface GalleryProps {
  title: string
  images: string[]
  locale: Locale
}

export function Gallery({ title, images, locale }: GalleryProps) {
  const { t } = useTranslation()
  const [selected, setSelected] = useState(0)
  const current = images[selected] ?? images[0]
  if (!current) {
    return null
  }
  return (
    <section className="gallery" aria-label={t("product.gallery")}>
      <img
        className="gallery-main"
        src={current}
        alt={t("product.photo", { title })}
        width={600}
        height={600}
      />
      {images.length > 1 && (
        <div className="gallery-thumbs">
          {images.map((image, index) => (
            <button
              key={image}
              type="button"
              aria-pressed={index === selected}
              aria-label={t("product.showPhoto", { number: formatNumber(index + 1, locale) })}
              onClick={() => setSelected(index)}
            >
              <img src={image} alt="" width={64} height={64} />
            </button>
          ))}
        </div>
      )}
    </section>
  )
}
