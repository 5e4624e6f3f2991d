import { isNotFound } from "@imece/client"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { TextField } from "../components/text-field"
import { useApplicationStatus, useResubmitApplication } from "../use-sell"

export function SellStatus() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [email, setEmail] = useState(params.get("email") ?? "")
  const [reference, setReference] = useState(params.get("reference") ?? "")
  const lookup =
    params.get("email") && params.get("reference")
      ? { email: params.get("email") ?? "", reference: params.get("reference") ?? "" }
      : null
  const status = useApplicationStatus(lookup)

  return (
    <section className="narrow">
      <h1>{t("sell.status.title")}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setParams({ email: email.trim(), reference: reference.trim().toUpperCase() })
        }}
      >
        <TextField
          name="email"
          type="email"
          label={t("sell.fields.email")}
          value={email}
          onChange={setEmail}
        />
        <TextField
          name="reference"
          label={t("sell.reference")}
          value={reference}
          onChange={setReference}
        />
        <button type="submit" className="button">
          {t("sell.status.lookup")}
        </button>
      </form>
      {lookup &&
        (status.isPending ? (
          <LoadingState />
        ) : status.isError ? (
          isNotFound(status.error) ? (
            <p className="field-error" role="alert">
              {t("sell.status.notFound")}
            </p>
          ) : (
            <ErrorState onRetry={() => void status.refetch()} />
          )
        ) : (
          <div className="status-card">
            <p data-testid="application-status">{t(`sell.status.values.${status.data.status}`)}</p>
            {status.data.staff_message && (
              <blockquote>
                <p className="eyebrow">{t("sell.status.staffMessage")}</p>
                {status.data.staff_message}
              </blockquote>
            )}
            {status.data.status === "changes_requested" && lookup && <Resubmit lookup={lookup} />}
          </div>
        ))}
    </section>
  )
}

function Resubmit({ lookup }: { lookup: { email: string; reference: string } }) {
  const { t } = useTranslation()
  const [story, setStory] = useState("")
  const resubmit = useResubmitApplication(lookup)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        resubmit.mutate({ story })
      }}
    >
      <p>{t("sell.status.resubmitLead")}</p>
      <TextField
        name="story"
        multiline
        label={t("sell.fields.story")}
        value={story}
        onChange={setStory}
        hint={t("sell.fields.storyHint")}
      />
      {resubmit.isError && (
        <p className="field-error" role="alert">
          {resubmit.error.message}
        </p>
      )}
      <button
        type="submit"
        className="button"
        disabled={resubmit.isPending || story.trim().length < 20}
      >
        {t("sell.status.resubmit")}
      </button>
    </form>
  )
}
