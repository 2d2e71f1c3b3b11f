/**
 * The screens after the first, and the overwrite dialog, loaded on demand: the
 * pane opens with the Sheets screen and its shell only. Each chunk is
 * prefetched once the pane's own has loaded (in idle time), so switching tabs
 * stays instant; until a chunk is there its screen says it is opening.
 * Same names and props as the modules themselves: App imports them from here.
 */
import { type ComponentType, type FunctionComponent, lazy, type ReactElement, Suspense } from 'react';
import type { Lang } from '../core/i18n';
import { t } from './strings';

function ScreenLoading({ lang }: { lang: Lang }) {
  return (
    <p role="status" className="dti-message" data-testid="screen-loading">
      {t(lang, 'screenLoading')}
    </p>
  );
}

/** `quiet`: nothing shown while loading (a screen's second part, a dialog that opens once it is there). */
function onDemand<P extends { lang: Lang }>(load: () => Promise<(props: P) => ReactElement | null>, quiet = false): ComponentType<P> {
  // Typed as the function it loads: React's types cannot relate a generic P to the lazy wrapper's own props.
  const Loaded = lazy(async () => ({ default: await load() })) as unknown as FunctionComponent<P>;
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={quiet ? null : <ScreenLoading lang={props.lang} />}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}

export const MappingView = onDemand(async () => (await import(/* webpackChunkName: "screen-mapping", webpackPrefetch: true */ './MappingView')).MappingView);
export const ProblemsView = onDemand(async () => (await import(/* webpackChunkName: "screen-problems", webpackPrefetch: true */ './ProblemsView')).ProblemsView);
export const StatusView = onDemand(async () => (await import(/* webpackChunkName: "screen-status", webpackPrefetch: true */ './StatusView')).StatusView);
export const ReportView = onDemand(async () => (await import(/* webpackChunkName: "screen-report", webpackPrefetch: true */ './ReportView')).ReportView);
export const CycleView = onDemand(async () => (await import(/* webpackChunkName: "screen-report", webpackPrefetch: true */ './CycleView')).CycleView, true);
export const OverwriteDialog = onDemand(async () => (await import(/* webpackChunkName: "overwrite-dialog", webpackPrefetch: true */ './OverwriteDialog')).OverwriteDialog, true);
