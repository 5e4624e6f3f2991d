import { formatDate } from "@imece/i18n"
import type {
  AdminProducerApplication,
  AdminReasonTemplate,
  AdminStaffMember,
  ApplicationStatus,
  Locale,
} from "@imece/types"
import { Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { TEXT_LINK_CLASSES } from "../../../components/common/text-link"
import { useLocale } from "../../../i18n/use-locale"
import { useMe } from "../../auth/use-auth"
import { useReasonTemplates } from "../../reason-templates/use-reason-templates"
import { useStaffMembers } from "../../staff/use-staff"
import { ApplicationStatusBadge } from "../application-status-badge"
import { useApplication, useDecideApplication, type ApplicationDecision } from "../use-applications"
import { ApprovePrompt } from "./components/approve-prompt"
import { DecisionDrawer } from "../../../components/common/decision-drawer"
import { useDescribeError } from "../../../i18n/use-describe-error"

const ANSWERS = ["reference", "email", "phone", "city", "district", "craft", "course"] as const

/** A template's words in the applicant's language, else in the first language it has. */
function inLanguage(template: AdminReasonTemplate, locale: Locale): string {
  const { message } = template
  return message[locale] ?? message.tr ?? message.en ?? message.fa ?? ""
}

const asSuggestions = (templates: AdminReasonTemplate[] | undefined, locale: Locale) =>
  (templates ?? []).map((template) => ({
    id: template.id,
    label: template.label,
    text: inLanguage(template, locale),
  }))

const staffName = (member: AdminStaffMember) =>
  [member.first_name, member.last_name].filter(Boolean).join(" ") || member.email

/** Staff decide only these; a sent-back one waits for her, and approved or rejected is final. */
const OPEN: ReadonlySet<ApplicationStatus> = new Set(["submitted", "in_review"])

export function ApplicationDetail() {
  const { id = "" } = useParams()
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const { locale } = useLocale()
  const application = useApplication(id)
  const me = useMe()
  const decide = useDecideApplication(id)
  const staff = useStaffMembers()
  const rejectReasons = useReasonTemplates({ kind: "reject" })
  const changeReasons = useReasonTemplates({ kind: "request_changes" })
  const [dialog, setDialog] = useState<"approve" | "reject" | "requestChanges" | null>(null)

  const run = (decision: ApplicationDecision) =>
    decide.mutate(decision, {
      onSuccess: () => {
        setDialog(null)
        toast.success(t("applications.actions.done"))
      },
      // The API says in words why a step is not possible (e.g. someone decided it meanwhile).
      onError: (error) => toast.error(describe(error)),
    })

  if (application.isPending) {
    return <LoadingState />
  }
  if (application.isError) {
    return (
      <ErrorState
        message={describe(application.error)}
        onRetry={() => void application.refetch()}
      />
    )
  }
  const item: AdminProducerApplication = application.data
  const open = OPEN.has(item.status)
  const myId = me.data?.user.id
  const assignedToMe = Boolean(myId) && item.assigned_to === myId
  const reviewer = staff.data?.find((member) => member.id === item.assigned_to)
  const statusLabel = (status: ApplicationStatus) => t(`applications.status.${status}`)

  return (
    <div className="flex flex-col gap-y-4">
      <Link to="/applications" className="txt-compact-small text-ui-fg-subtle">
        {t("applications.back")}
      </Link>
      <Container className="flex flex-col gap-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Heading level="h1">{item.full_name}</Heading>
          <ApplicationStatusBadge status={item.status} testId="application-status" />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {t("applications.assignedColumn")}:{" "}
          {assignedToMe
            ? t("applications.assignedToMe")
            : reviewer
              ? staffName(reviewer)
              : item.assigned_to
                ? t("applications.assigned")
                : t("applications.unassigned")}
        </Text>
        {open && (
          <div className="flex flex-wrap gap-2">
            {!assignedToMe && (
              <Button
                variant="secondary"
                data-testid="application-assign"
                isLoading={decide.isPending && decide.variables?.action === "assign"}
                onClick={() => run({ action: "assign" })}
              >
                {t("applications.actions.assign")}
              </Button>
            )}
            {(staff.data?.length ?? 0) > 1 && (
              <div className="w-56" data-testid="application-assign-to">
                <Select value="" onValueChange={(userId) => run({ action: "assign", userId })}>
                  <Select.Trigger aria-label={t("applications.actions.assignTo")}>
                    <Select.Value placeholder={t("applications.actions.assignTo")} />
                  </Select.Trigger>
                  <Select.Content>
                    {staff.data
                      ?.filter((member) => member.id !== item.assigned_to)
                      .map((member) => (
                        <Select.Item key={member.id} value={member.id}>
                          {staffName(member)}
                        </Select.Item>
                      ))}
                  </Select.Content>
                </Select>
              </div>
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
        {item.status === "approved" && (
          <Text>
            <Link
              className={TEXT_LINK_CLASSES}
              to={
                item.producer
                  ? `/producers?q=${encodeURIComponent(item.producer.handle)}`
                  : "/producers"
              }
            >
              {item.producer
                ? t("applications.producerCreated", { handle: item.producer.handle })
                : t("applications.toProducers")}
            </Link>
          </Text>
        )}
        {item.staff_message && (
          <div>
            <Text size="small" weight="plus">
              {t("applications.staffMessage")}
            </Text>
            <Text className="whitespace-pre-line">{item.staff_message}</Text>
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
          <div>
            <dt className="txt-compact-small text-ui-fg-subtle">
              {t("applications.fields.locale")}
            </dt>
            <dd>{t(`common:languages.${item.locale}`)}</dd>
          </div>
          <div>
            <dt className="txt-compact-small text-ui-fg-subtle">{t("applications.submittedAt")}</dt>
            <dd>{formatDate(item.submitted_at, locale)}</dd>
          </div>
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
              <li key={event.id} className="flex flex-col gap-y-0.5">
                <Text size="small" weight="plus">
                  {t(`applications.event.${event.action}`)} ·{" "}
                  {t(`applications.event.${event.actor_type}`)} ·{" "}
                  {formatDate(event.created_at, locale)}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {event.from_status
                    ? t("applications.event.transition", {
                        from: statusLabel(event.from_status),
                        to: statusLabel(event.to_status),
                      })
                    : statusLabel(event.to_status)}
                </Text>
                {event.message && (
                  <Text size="small" className="whitespace-pre-line">
                    {event.message}
                  </Text>
                )}
              </li>
            ))}
        </ol>
      </Container>

      <ApprovePrompt
        open={dialog === "approve"}
        isPending={decide.isPending}
        onClose={() => setDialog(null)}
        onConfirm={(message) => run({ action: "approve", message })}
      />
      <DecisionDrawer
        open={dialog === "reject"}
        title={t("applications.actions.rejectTitle")}
        description={t("applications.actions.rejectText")}
        label={t("applications.actions.reason")}
        suggestions={asSuggestions(rejectReasons.data, item.locale)}
        isPending={decide.isPending}
        onClose={() => setDialog(null)}
        onSubmit={(reason) => run({ action: "reject", reason })}
      />
      <DecisionDrawer
        open={dialog === "requestChanges"}
        title={t("applications.actions.requestChangesTitle")}
        description={t("applications.actions.requestChangesText")}
        label={t("applications.actions.message")}
        suggestions={asSuggestions(changeReasons.data, item.locale)}
        isPending={decide.isPending}
        onClose={() => setDialog(null)}
        onSubmit={(message) => run({ action: "requestChanges", message })}
      />
    </div>
  )
}
