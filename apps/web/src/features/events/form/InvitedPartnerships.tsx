import { useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page, PartnershipDto } from '@mic/domain';
import { PartnershipPicker } from '../../users/PartnershipPicker';
import { controlId } from '../../programme/programme-form';

type Invited = { id: string; title: string }[];

interface Props {
  value: Invited;
  onChange: (value: Invited) => void;
  error?: string;
}

/** The partnerships invited: found with a search, added one at a time, each removable. */
export function InvitedPartnerships({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);

  // The picker's lists are in the query cache: the chosen partnership's title is there.
  const titleOf = (id: string) =>
    queryClient
      .getQueriesData<Page<PartnershipDto>>({ queryKey: ['partnerships', 'list'] })
      .flatMap(([, page]) => page?.items ?? [])
      .find((p) => p.id === id)?.title ?? id;

  const add = () => {
    if (!choice) return setStatus(t('events.form.chooseFirst'));
    const title = titleOf(choice);
    if (value.some((p) => p.id === choice)) return setStatus(t('events.form.alreadyInvited', { title }));
    onChange([...value, { id: choice, title }]);
    setChoice('');
    setStatus(t('events.form.wasInvited', { title }));
  };
  const remove = (id: string) => {
    onChange(value.filter((x) => x.id !== id));
    setStatus('');
    // The button goes with its row; the add button is a sensible next place.
    addRef.current?.focus();
  };

  return (
    <section aria-labelledby="ef-invited-heading" className="form-section">
      <Heading level={2} data-size="sm" id="ef-invited-heading">
        {t('events.form.invited')}
      </Heading>
      <Paragraph data-size="sm">{t('events.form.invitedHint')}</Paragraph>
      <PartnershipPicker idPrefix={controlId('invitedPartnershipIds')} value={choice} onChange={setChoice} placeholder={t('common.choose')} error={error} />
      <div className="button-row">
        <Button variant="secondary" onClick={add} ref={addRef}>
          {t('events.form.invite')}
        </Button>
        <span role="status" className="subtle">
          {status}
        </span>
      </div>
      {value.length === 0 ? (
        <Paragraph>{t('events.form.noneInvited')}</Paragraph>
      ) : (
        <ul className="events-invited" aria-label={t('events.form.invitedList')}>
          {value.map((p) => (
            <li key={p.id}>
              <span>{p.title}</span>
              <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => remove(p.id)} aria-label={t('events.form.uninvite', { title: p.title })}>
                {t('events.form.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
