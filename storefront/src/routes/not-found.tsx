import { useTranslation } from "react-i18next"
import { NotFoundState } from "../components/common/page-states"

export function Component() {
  const { t } = useTranslation("common")
  return <NotFoundState message={t("empty")} />
}
