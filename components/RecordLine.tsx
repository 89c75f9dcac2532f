// The popup's line about the reading record: whether this page was saved and
// when, a way to remove it, the setting, and the way to the dashboard.
import type { RecordControl, RecordStatus } from '@/entrypoints/popup/record';
import { t } from './i18n';
import './RecordLine.css';

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), hour: '2-digit', minute: '2-digit' });
}

function message(s: RecordStatus): string {
  switch (s.kind) {
    case 'pending':
      return t('recSaving');
    case 'saved':
      return s.before ? t('recSavedAgain', when(s.at), when(s.before)) : t('recSaved', when(s.at));
    case 'off':
      return t('recOff');
    case 'private':
      return t('recPrivate');
    case 'removed':
      return t('recRemoved');
    case 'error':
      return t('recError', s.message);
  }
}

export function RecordLine({ record }: { record: RecordControl }) {
  const s = record.status.value;
  const on = s.kind !== 'off';
  return (
    <div class="record-line" data-record={s.kind} aria-label={t('recGroup')} role="group">
      <p class="record-status" role="status" data-testid="record-status">
        {message(s)}
        {s.kind === 'saved' && (
          <>
            {' '}
            <button type="button" class="link-button" data-action="record-remove" onClick={() => void record.remove()}>
              {t('recRemove')}
            </button>
          </>
        )}
      </p>
      <div class="record-actions">
        {s.kind !== 'private' && (
          <label class="record-toggle">
            <input type="checkbox" checked={on} data-action="record-toggle" onChange={(e) => void record.setEnabled(e.currentTarget.checked)} />
            {t('recKeep')}
          </label>
        )}
        <a
          class="record-dashboard"
          href={record.dashboardUrl}
          target="_blank"
          rel="noopener"
          data-action="dashboard"
          onClick={(e) => {
            e.preventDefault();
            void record.openDashboard();
          }}
        >
          {t('recDashboard')}
        </a>
      </div>
    </div>
  );
}
