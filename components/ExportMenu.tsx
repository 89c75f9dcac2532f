import { t } from './i18n';

export type ExportFormat = 'csv' | 'json' | 'md';

export interface ExportMenuProps {
  onExport: (format: ExportFormat) => void;
  onCopyAll: () => void;
}

/** Download the analysis as CSV, JSON or Markdown, or copy every quote with its attribution. */
export function ExportMenu({ onExport, onCopyAll }: ExportMenuProps) {
  return (
    <footer class="export" role="group" aria-label={t('exportLabel')}>
      <span class="export-label">{t('exportLabel')}</span>
      <button type="button" class="button" data-export="csv" onClick={() => onExport('csv')}>CSV</button>
      <button type="button" class="button" data-export="json" onClick={() => onExport('json')}>JSON</button>
      <button type="button" class="button" data-export="md" onClick={() => onExport('md')}>Markdown</button>
      <button type="button" class="button button-primary" data-export="copy-all" onClick={onCopyAll}>{t('copyAll')}</button>
    </footer>
  );
}
