import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';

interface Props {
  /** The accessible name of the search landmark. */
  label: string;
  search: { id: string; label: string; hint: string; button: string; value: string | undefined };
  /** A search is applied when submitted (the selects apply at once). */
  onSearch: (text: string) => void;
  active: boolean;
  clearLabel: string;
  onClear: () => void;
  /** The filter selects, laid out in the grid. */
  children: ReactNode;
}

/** The filter form of a list page: a search box applied on submit, selects applied at once, and "clear". */
export function FilterForm({ label, search, onSearch, active, clearLabel, onClear, children }: Props) {
  const [text, setText] = useState(search.value ?? '');

  // Back and forward in the browser change the URL; the box follows.
  useEffect(() => setText(search.value ?? ''), [search.value]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };

  return (
    <form role="search" aria-label={label} className="filters" onSubmit={onSubmit}>
      <div className="filters__search">
        <Textfield id={search.id} label={search.label} description={search.hint} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" variant="secondary">
          {search.button}
        </Button>
      </div>
      <div className="filters__grid">{children}</div>
      {active && (
        <Button type="button" variant="tertiary" onClick={onClear}>
          {clearLabel}
        </Button>
      )}
    </form>
  );
}
