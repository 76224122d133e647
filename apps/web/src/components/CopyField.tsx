import { useState } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';

interface Props {
  id: string;
  label: string;
  description?: string;
  value: string;
  copyLabel: string;
  /** Said (politely) after copying, and when the browser refused. */
  copiedText: string;
  failedText: string;
}

/** A read-only text to copy (a link shown once), with a copy button and a spoken result. */
export function CopyField({ id, label, description, value, copyLabel, copiedText, failedText }: Props) {
  const [copied, setCopied] = useState<{ value: string; ok: boolean } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied({ value, ok: true });
    } catch {
      setCopied({ value, ok: false });
    }
  };
  // A new value has not been copied yet.
  const result = copied?.value === value ? copied : null;
  return (
    <>
      <div className="copy-row">
        <Textfield id={id} label={label} description={description} value={value} readOnly onFocus={(e) => e.currentTarget.select()} />
        <Button variant="secondary" onClick={() => void copy()}>
          {copyLabel}
        </Button>
      </div>
      <p role="status" className="copy-status">
        {result ? (result.ok ? copiedText : failedText) : ''}
      </p>
    </>
  );
}
