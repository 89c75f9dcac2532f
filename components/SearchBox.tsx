import { t } from './i18n';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
}

/** Search over names, roles and quote text. Escape clears it. */
export function SearchBox({ value, onInput }: SearchBoxProps) {
  return (
    <div class="search">
      <label class="visually-hidden" for="search">
        {t('searchLabel')}
      </label>
      <input
        id="search"
        type="search"
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onInput('');
          }
        }}
      />
    </div>
  );
}
