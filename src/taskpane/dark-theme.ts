/** Fluent's dark theme on its own, for theme.ts to load on demand. */
export { webDarkTheme } from '@fluentui/react-components';
