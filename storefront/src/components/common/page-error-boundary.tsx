import { Component, type ReactNode } from "react"
import { useLocation } from "react-router-dom"

interface BoundaryProps {
  fallback: ReactNode
  children: ReactNode
  /** The address shown: a page that failed is cleared when she goes elsewhere. */
  at: string
}

class Boundary extends Component<BoundaryProps, { failed: boolean; at: string }> {
  state = { failed: false, at: this.props.at }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { failed: boolean; at: string }) {
    return props.at === state.at ? null : { failed: false, at: props.at }
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

/**
 * Shows `fallback` instead of a page that failed (a bug, or its code that did not download),
 * until she goes to another address. React reports the error to the console itself.
 */
export function PageErrorBoundary({
  fallback,
  children,
}: {
  fallback: ReactNode
  children: ReactNode
}) {
  const { pathname } = useLocation()
  return (
    <Boundary fallback={fallback} at={pathname}>
      {children}
    </Boundary>
  )
}
