import { useEffect, useRef } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';

interface Props {
  children: string;
  /** Take focus when shown: for when the control that was used has gone (a removed row, a new form). */
  focus?: boolean;
  'data-size'?: 'sm' | 'md';
}

/** A confirmation that something was saved, announced politely. */
export function SuccessAlert({ children, focus = true, 'data-size': size }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [children, focus]);
  return (
    <Alert ref={ref} data-color="success" data-size={size} role="status" tabIndex={-1} className="page-alert">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
