import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { FormError, SubmitButton } from "../../../sell/components/form-feedback"

export interface Choice {
  id: string
  label: string
  hint?: ReactNode
  /** Shown at the end of the row, e.g. the price. */
  aside?: ReactNode
}

interface ChoiceStepProps {
  name: string
  legend: string
  choices: Choice[]
  /** What was chosen before, else the first choice is ready to go. */
  chosen?: string
  empty: string
  saving: boolean
  failed: boolean
  onBack: () => void
  onSubmit: (id: string) => void
}

/** One choice among a few (how to ship, how to pay), the first already picked to save a tap. */
export function ChoiceStep({
  name,
  legend,
  choices,
  chosen,
  empty,
  saving,
  failed,
  onBack,
  onSubmit,
}: ChoiceStepProps) {
  const { t } = useTranslation()
  const [picked, setPicked] = useState(
    choices.some((choice) => choice.id === chosen) ? chosen : choices[0]?.id
  )
  if (choices.length === 0) {
    return (
      <div className="state" role="alert">
        <p>{empty}</p>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t("shop.checkout.back")}
        </button>
      </div>
    )
  }
  return (
    <form
      className="checkout-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (picked) {
          onSubmit(picked)
        }
      }}
    >
      <fieldset className="choices">
        <legend className="visually-hidden">{legend}</legend>
        {choices.map((choice) => (
          <label key={choice.id} className="choice" data-testid={`${name}-${choice.id}`}>
            <input
              type="radio"
              name={name}
              value={choice.id}
              checked={picked === choice.id}
              onChange={() => setPicked(choice.id)}
            />
            <span className="choice-body">
              <span className="choice-label">{choice.label}</span>
              {choice.hint && <span className="card-meta">{choice.hint}</span>}
            </span>
            {choice.aside && <span className="choice-aside">{choice.aside}</span>}
          </label>
        ))}
      </fieldset>
      {failed && <FormError testId={`${name}-error`}>{t("shop.checkout.failed")}</FormError>}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t("shop.checkout.back")}
        </button>
        <SubmitButton testId={`${name}-continue`} pending={saving}>
          {t("shop.checkout.continue")}
        </SubmitButton>
      </div>
    </form>
  )
}
