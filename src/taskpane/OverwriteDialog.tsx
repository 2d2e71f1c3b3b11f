import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import type { ForeignCell } from '../core/plan/status-columns';
import { t } from './strings';

const SHOWN = 15;

/** Asks before overwriting cells the add-in did not write; lists them (as text). */
export function OverwriteDialog({ lang, cells, onConfirm, onCancel }: { lang: Lang; cells: ForeignCell[]; onConfirm(): void; onCancel(): void }) {
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
