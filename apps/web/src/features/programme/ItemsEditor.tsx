import { Button, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T extends { key: string }> {
  /** Field path of the list, e.g. "purposes". */
  path: string;
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** Names one item: "Purpose 2". */
  itemLabel: (index: number) => string;
  addLabel: string;
  items: T[];
  onChange: (items: T[]) => void;
  create: () => T;
  error?: string;
  children: (item: T, index: number, update: (changes: Partial<T>) => void) => ReactNode;
  /** The field of a new item that takes focus (its control is `ps-<path>-<index>-<field>`). */
  firstField?: string;
}

/** A list of similar things (purposes, regions, funding sources) to edit, add to and remove from. */
export function ItemsEditor<T extends { key: string }>({ path, labelledBy, itemLabel, addLabel, items, onChange, create, error, children, firstField = 'code' }: Props<T>) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const update = (index: number) => (changes: Partial<T>) => onChange(items.map((x, i) => (i === index ? { ...x, ...changes } : x)));
  const add = () => {
    onChange([...items, create()]);
    // Focus the new item's first field once it is there.
    setTimeout(() => document.getElementById(`ps-${path}-${items.length}-${firstField}`)?.focus());
  };
  return (
    <Fieldset className="items-editor" id={`ps-${path}`} tabIndex={-1} aria-labelledby={labelledBy}>
      {error && <ValidationMessage>{error}</ValidationMessage>}
      {items.map((item, index) => (
        <Fieldset key={item.key} className="item-card">
          <Fieldset.Legend>{itemLabel(index)}</Fieldset.Legend>
          {children(item, index, update(index))}
          <div>
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={() => {
                onChange(items.filter((_, i) => i !== index));
                // The button goes with its item; the list's add button is a sensible next place.
                addRef.current?.focus();
              }}
            >
              {t('programmeForm.remove', { item: itemLabel(index) })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button variant="secondary" data-size="sm" onClick={add} ref={addRef}>
          {addLabel}
        </Button>
      </div>
    </Fieldset>
  );
}
