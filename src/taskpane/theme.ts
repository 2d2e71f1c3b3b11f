import { type Theme, webLightTheme } from '@fluentui/react-components';
import type { HostTheme } from '../excel/host';

/** Fluent's dark theme once loaded: a chunk of its own, fetched only under a dark Office theme. */
let darkTheme: Theme | null = null;

/** Loads what paneTheme needs for Office's theme (before the pane is drawn, so it never flashes light). */
export async function loadPaneTheme(theme: HostTheme | null | undefined): Promise<void> {
  if (theme?.dark && !darkTheme) darkTheme = (await import(/* webpackChunkName: "dark-theme" */ './dark-theme')).webDarkTheme;
}

/** Fluent's dark theme under a dark Office theme (once loadPaneTheme has run); light otherwise, and where Office gives no theme. */
export function paneTheme(theme: HostTheme | null | undefined): Theme {
  return theme?.dark && darkTheme ? darkTheme : webLightTheme;
}
