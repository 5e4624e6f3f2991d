import { useState } from "react"
import { useTranslation } from "react-i18next"

interface ProducerAvatarProps {
  name: string
  src: string | null
}

/**
 * Her photo, or the first letter of her name when she has none or it fails to load. Written
 * here rather than with `Avatar` from @medusajs/ui, whose image cannot be given alt text.
 */
export function ProducerAvatar({ name, src }: ProducerAvatarProps) {
  const { t } = useTranslation(["admin", "common"])
  const [failedSrc, setFailedSrc] = useState<string | null>(null)

  return (
    <span className="shadow-borders-base bg-ui-bg-base flex size-7 shrink-0 items-center justify-center overflow-hidden rounded-full">
      {src && src !== failedSrc ? (
        <img
          src={src}
          alt={t("producers.avatarAlt", { name })}
          className="size-6 rounded-full object-cover object-center"
          onError={() => setFailedSrc(src)}
        />
      ) : (
        // The name stands in the next cell; the letter is only for the eye.
        <span
          aria-hidden
          className="txt-compact-small-plus bg-ui-bg-component-hover text-ui-fg-subtle flex size-6 select-none items-center justify-center rounded-full"
        >
          {/* Array.from keeps a letter written with two UTF-16 units whole. */}
          {Array.from(name)[0]}
        </span>
      )}
    </span>
  )
}
