import { CATEGORY_FILTERS, type CategoryFilter as Category } from './model';
import { t, tn } from './i18n';

export interface CategoryFilterProps {
  value: Category;
  counts: Record<Category, number>;
  /** Categories with a speaker in the article; the others get no button (they would always show nothing). */
  present?: ReadonlySet<Category>;
  onChange: (value: Category) => void;
}

/**
 * All / Officials / Experts / Organizations / Others, as toggle buttons (one pressed at a time), each with the
 * number of speakers it would show ("All" only in its tooltip: the header counts everyone). One line: categories nobody in the article belongs to are left out.
 */
export function CategoryFilter({ value, counts, present, onChange }: CategoryFilterProps) {
  const shown = CATEGORY_FILTERS.filter((f) => f.value === 'all' || f.value === value || !present || present.has(f.value));
  return (
    <div class="filters" role="group" aria-label={t('filterGroup')}>
      {shown.map((f) => (
        <button
          key={f.value}
          type="button"
          class="chip"
          data-category={f.value}
          aria-pressed={value === f.value}
          title={tn('speakers', counts[f.value])}
          data-count={counts[f.value]}
          onClick={() => onChange(f.value)}
        >
          {t(f.label)}
          {f.value !== 'all' && <span class="chip-count"> {counts[f.value]}</span>}
        </button>
      ))}
    </div>
  );
}
