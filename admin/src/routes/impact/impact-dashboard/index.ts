export { ImpactDashboard as Component } from "./impact-dashboard"
