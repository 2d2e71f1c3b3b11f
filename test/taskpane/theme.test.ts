import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkColour, officeExcelHost } from '../../src/excel/host';
import { loadPaneTheme, paneTheme } from '../../src/taskpane/theme';

/** Office as far as officeExcelHost reads it when it starts, with the theme given. */
function withOffice(officeTheme: unknown, run: () => void): void {
  const g = globalThis as unknown as { Office?: unknown };
  const before = g.Office;
  g.Office = { context: { officeTheme, requirements: { isSetSupported: () => true }, document: undefined } };
  try {
    run();
  } finally {
    g.Office = before;
  }
}

test("Office's theme reaches the pane through the host: isDarkTheme where Office says it, else the background's lightness", () => {
  withOffice({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' }, () => expect(officeExcelHost().theme).toEqual({ dark: true, background: '#ffffff' }));
  withOffice({ isDarkTheme: false, bodyBackgroundColor: '#262626' }, () => expect(officeExcelHost().theme).toEqual({ dark: false, background: '#262626' }));
  withOffice({ bodyBackgroundColor: '#262626' }, () => expect(officeExcelHost().theme).toEqual({ dark: true, background: '#262626' }));
  withOffice({ bodyBackgroundColor: '#F3F2F1' }, () => expect(officeExcelHost().theme).toEqual({ dark: false, background: '#F3F2F1' }));
  // An Office without a theme (older builds): no theme, so the pane stays light.
  withOffice(undefined, () => expect(officeExcelHost().theme).toBeNull());
});

test('a colour is dark when its weighted lightness is under one half; what is not a #rrggbb colour is not dark', () => {
  expect(['#000000', '#262626', '#1f1f1f', '#444791'].map(isDarkColour)).toEqual([true, true, true, true]);
  expect(['#ffffff', '#f3f2f1', 'E6E6E6', '#c8c6c4'].map(isDarkColour)).toEqual([false, false, false, false]);
  expect(['', 'black', '#fff', 'rgb(0,0,0)'].map(isDarkColour)).toEqual([false, false, false, false]);
});

test('the pane is dark under a dark Office theme (its theme loaded first), light otherwise and where Office gives no theme', async () => {
  await loadPaneTheme({ dark: false, background: '#ffffff' });
  expect(paneTheme({ dark: true, background: '#262626' })).toBe(webLightTheme);
  await loadPaneTheme({ dark: true, background: '#262626' });
  expect(paneTheme({ dark: true, background: '#262626' })).toBe(webDarkTheme);
  expect(paneTheme({ dark: false, background: '#ffffff' })).toBe(webLightTheme);
  expect(paneTheme(null)).toBe(webLightTheme);
  expect(paneTheme(undefined)).toBe(webLightTheme);
});
