import { useTranslation } from "react-i18next"

const PIXELS = { medium: 72, large: 112 } as const

interface AvatarProps {
  name: string
  url: string | null
  size?: keyof typeof PIXELS
}

/** Her portrait, or the first letter of her name while she has not added one. */
export function Avatar({ name, url, size = "medium" }: AvatarProps) {
  const { t } = useTranslation()
  const className = size === "large" ? "avatar avatar-large" : "avatar"
  if (!url) {
    // Her name is written beside it, so the letter is decoration only.
    return (
      <span className={`${className} avatar-initial`} aria-hidden="true">
        {name.trim().charAt(0)}
      </span>
    )
  }
  return (
    <img
      className={className}
      src={url}
      alt={t("producer.avatar", { name })}
      loading="lazy"
      width={PIXELS[size]}
      height={PIXELS[size]}
    />
  )
}
