import { CATEGORY_FILTERS, type CategoryFilter as Category } from '@/entrypoints/popup/model';

export interface CategoryFilterProps {
  value: Category;
  counts: Record<Category, number>;
  onChange: (value: Category) => void;
}

/** All / Officials / Experts / Organizations / Others, as toggle buttons (one pressed at a time). */
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
          onClick={() => onChange(f.value)}
        >
          {f.label} <span class="chip-count">{counts[f.value]}</span>
        </button>
      ))}
    </div>
  );
}
