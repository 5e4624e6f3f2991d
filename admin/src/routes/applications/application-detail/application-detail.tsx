import { formatDate } from "@imece/i18n"
import type { AdminProducerApplication } from "@imece/types"
import { Button, Container, Heading, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { ApplicationStatusBadge } from "../application-status-badge"
import { useApplication, useDecideApplication, type ApplicationDecision } from "../use-applications"
import { DecisionDrawer } from "./components/decision-drawer"

const ANSWERS = [
  "reference",
  "email",
  "phone",
  "city",
  "district",
  "craft",
  "course",
  "locale",
] as const
const OPEN = new Set(["submitted", "in_review"])

export function ApplicationDetail() {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const { locale } = useLocale()
  const application = useApplication(id)
  const decide = useDecideApplication(id)
  const [dialog, setDialog] = useState<"approve" | "reject" | "requestChanges" | null>(null)

  const run = (decision: ApplicationDecision) =>
    decide.mutate(decision, {
      onSuccess: () => {
        setDialog(null)
        toast.success(t("applications.actions.done"))
      },
      onError: (error) => toast.error(error.message),
    })

  if (application.isPending) {
    return <LoadingState />
  }
  if (application.isError) {
    return (
      <ErrorState message={application.error.message} onRetry={() => void application.refetch()} />
    )
  }
  const item: AdminProducerApplication = application.data
  const open = OPEN.has(item.status)

  return (
    <div className="flex flex-col gap-y-4">
      <Link to="/applications" className="txt-compact-small text-ui-fg-subtle">
        {t("applications.back")}
      </Link>
      <Container className="flex flex-col gap-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Heading>{item.full_name}</Heading>
          <ApplicationStatusBadge status={item.status} />
        </div>
        {open && (
          <div className="flex flex-wrap gap-2">
            {item.status === "submitted" && (
              <Button
                variant="secondary"
                data-testid="application-assign"
                isLoading={decide.isPending}
                onClick={() => run({ action: "assign" })}
              >
                {t("applications.actions.assign")}
              </Button>
            )}
            <Button data-testid="application-approve" onClick={() => setDialog("approve")}>
              {t("applications.actions.approve")}
            </Button>
            <Button
              variant="secondary"
              data-testid="application-request-changes"
              onClick={() => setDialog("requestChanges")}
            >
              {t("applications.actions.requestChanges")}
            </Button>
            <Button
              variant="danger"
              data-testid="application-reject"
              onClick={() => setDialog("reject")}
            >
              {t("applications.actions.reject")}
            </Button>
          </div>
        )}
        {item.producer && (
          <Text>
            <Link className="text-ui-fg-interactive" to="/producers">
              {t("applications.producerCreated", { handle: item.producer.handle })}
            </Link>
          </Text>
        )}
        {item.staff_message && (
          <div>
            <Text size="small" weight="plus">
              {t("applications.staffMessage")}
            </Text>
            <Text>{item.staff_message}</Text>
          </div>
        )}
      </Container>

      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">{t("applications.answers")}</Heading>
        <dl className="grid gap-3 sm:grid-cols-2">
          {ANSWERS.filter((field) => item[field]).map((field) => (
            <div key={field}>
              <dt className="txt-compact-small text-ui-fg-subtle">
                {t(`applications.fields.${field}`)}
              </dt>
              <dd className="break-words">{item[field]}</dd>
            </div>
          ))}
          <div className="sm:col-span-2">
            <dt className="txt-compact-small text-ui-fg-subtle">
              {t("applications.fields.story")}
            </dt>
            <dd className="whitespace-pre-line">{item.story}</dd>
          </div>
        </dl>
        <Heading level="h3">{t("applications.photos")}</Heading>
        {item.photo_urls?.length ? (
          <div className="flex flex-wrap gap-2">
            {item.photo_urls.map((url, index) => (
              <a key={url} href={url} target="_blank" rel="noreferrer">
                <img
                  src={url}
                  alt={`${item.full_name} ${index + 1}`}
                  className="size-32 rounded-md object-cover"
                />
              </a>
            ))}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("applications.noPhotos")}
          </Text>
        )}
      </Container>

      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">{t("applications.history")}</Heading>
        <ol className="flex flex-col gap-y-3 border-s ps-4" data-testid="application-history">
          {[...(item.events ?? [])]
            .sort((a, b) => a.created_at.localeCompare(b.created_at))
            .map((event) => (
              <li key={event.id}>
                <Text size="small" weight="plus">
                  {t(`applications.event.${event.action}`)} ·{" "}
                  {t(`applications.event.${event.actor_type}`)} ·{" "}
                  {formatDate(event.created_at, locale)}
                </Text>
                {event.message && <Text size="small">{event.message}</Text>}
              </li>
            ))}
        </ol>
      </Container>

      <Prompt open={dialog === "approve"} onOpenChange={(next) => !next && setDialog(null)}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{t("applications.actions.approveTitle")}</Prompt.Title>
            <Prompt.Description>{t("applications.actions.approveText")}</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>{t("applications.actions.cancel")}</Prompt.Cancel>
            <Button
              data-testid="confirm-action"
              isLoading={decide.isPending}
              onClick={() => run({ action: "approve" })}
            >
              {t("applications.actions.confirm")}
            </Button>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
      <DecisionDrawer
        open={dialog === "reject"}
        title={t("applications.actions.rejectTitle")}
        description={t("applications.actions.rejectText")}
        label={t("applications.actions.reason")}
        suggestions={[
          t("applications.reasonTemplates.photos"),
          t("applications.reasonTemplates.region"),
          t("applications.reasonTemplates.handmade"),
        ]}
        isPending={decide.isPending}
        onClose={() => setDialog(null)}
        onSubmit={(reason) => run({ action: "reject", reason })}
      />
      <DecisionDrawer
        open={dialog === "requestChanges"}
        title={t("applications.actions.requestChangesTitle")}
        description={t("applications.actions.requestChangesText")}
        label={t("applications.actions.message")}
        isPending={decide.isPending}
        onClose={() => setDialog(null)}
        onSubmit={(message) => run({ action: "requestChanges", message })}
      />
    </div>
  )
}
