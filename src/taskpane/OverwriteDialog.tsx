import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Lang } from '../core/i18n';
import type { ForeignCell } from '../core/writing/status-columns';
import { t } from './strings';

const SHOWN = 15;

/**
 * Asks before overwriting cells the add-in did not write; lists them (as text).
 * Opened by a command, not by a trigger Fluent knows of: once closed, the focus
 * goes back to `returnFocus` (the button that asked), not to the page's body.
 */
export function OverwriteDialog({ lang, cells, returnFocus, onConfirm, onCancel }: { lang: Lang; cells: ForeignCell[]; returnFocus: HTMLElement | null; onConfirm(): void; onCancel(): void }) {
  useEffect(() => () => void setTimeout(() => returnFocus?.isConnected && returnFocus.focus()), [returnFocus]);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface data-testid="overwrite-dialog">
        <DialogBody>
          <DialogTitle>{t(lang, 'overwriteTitle')}</DialogTitle>
          <DialogContent>
            <p>{t(lang, 'overwriteBody')}</p>
            <ul className="dti-list">
              {cells.slice(0, SHOWN).map((c) => (
                <li key={`${c.sheet}!${c.address}`}>
                  <span className="dti-cell">{`${c.sheet}!${c.address}`}</span> {c.text}
                </li>
              ))}
            </ul>
            {cells.length > SHOWN && <p>{t(lang, 'overwriteMore', { n: cells.length - SHOWN })}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t(lang, 'cancel')}
            </Button>
            <Button appearance="primary" onClick={onConfirm} data-testid="confirm-overwrite">
              {t(lang, 'overwrite')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
