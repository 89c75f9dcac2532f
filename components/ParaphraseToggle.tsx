import { t } from './i18n';

export interface ParaphraseToggleProps {
  checked: boolean;
  onToggle: () => void;
}

/** Show or hide reported speech (statements without quotation marks) and speakers only paraphrased. */
export function ParaphraseToggle({ checked, onToggle }: ParaphraseToggleProps) {
  return (
    <label class="toggle" title={t('paraphrasesHint')}>
      <input type="checkbox" checked={checked} onChange={onToggle} data-testid="paraphrase-toggle" />
      <span>{t('paraphrases')}</span>
    </label>
  );
}
