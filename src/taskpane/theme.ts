import { type Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { HostTheme } from '../excel/host';

/** Fluent's dark theme under a dark Office theme; light otherwise, and where Office gives no theme. */
export function paneTheme(theme: HostTheme | null | undefined): Theme {
  return theme?.dark ? webDarkTheme : webLightTheme;
}
