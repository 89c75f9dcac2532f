import { CATEGORY_FILTERS, type CategoryFilter as Category } from '@/entrypoints/popup/model';

export interface CategoryFilterProps {
  value: Category;
  counts: Record<Category, number>;
  onChange: (value: Category) => void;
}

/**
 * All / Officials / Experts / Organizations / Others, as toggle buttons (one pressed at a time). The number of
 * speakers per category is in the tooltip: with it in the label the five buttons no longer fit on one line.
 */
export function CategoryFilter({ value, counts, onChange }: CategoryFilterProps) {
  return (
    <div class="filters" role="group" aria-label="Show speakers by category">
      {CATEGORY_FILTERS.map((f) => (
        <button
          key={f.value}
          type="button"
          class="chip"
          data-category={f.value}
          aria-pressed={value === f.value}
          title={`${counts[f.value]} ${counts[f.value] === 1 ? 'speaker' : 'speakers'}`}
          data-count={counts[f.value]}
          onClick={() => onChange(f.value)}
        >
          {f.label}
        </button>
      ))}
    </div>
  );
}
