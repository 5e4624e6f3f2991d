import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

interface ImpactSectionProps {
  title: string
  subtitle?: string
  /** Beside the heading: a download button. */
  actions?: ReactNode
  testId?: string
  children: ReactNode
}

/** One part of the report: its heading, what it shows, and the content under a line. */
export function ImpactSection({ title, subtitle, actions, testId, children }: ImpactSectionProps) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div className="min-w-0">
          <Heading level="h2">{title}</Heading>
          {subtitle && (
            <Text size="small" className="text-ui-fg-subtle">
              {subtitle}
            </Text>
          )}
        </div>
        {actions}
      </div>
      {children}
    </Container>
  )
}
