export { CooperativeSettingsPage as Component } from "./cooperative-settings"
