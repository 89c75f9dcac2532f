export interface ParaphraseToggleProps {
  checked: boolean;
  count: number;
  onToggle: () => void;
}

/** Show or hide reported speech (statements without quotation marks) and speakers only paraphrased. */
export function ParaphraseToggle({ checked, count, onToggle }: ParaphraseToggleProps) {
  return (
    <label class="toggle">
      <input type="checkbox" checked={checked} onChange={onToggle} data-testid="paraphrase-toggle" />
      <span>
        Show paraphrases{count > 0 ? ` (${count} ${count === 1 ? 'speaker' : 'speakers'} only paraphrased)` : ''}
      </span>
    </label>
  );
}
