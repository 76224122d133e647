import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_ROLES, type PartnershipRole, type UserDto } from '@mic/domain';
import { SelectField } from '../../components/SelectField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PartnershipPicker } from './PartnershipPicker';
import { useRemoveMembership, useSetMembership } from './users-api';

/** A user's partnership memberships: remove one, or add (or change) one. */
interface Props {
  user: UserDto;
  /** The user as the change left them, and what to tell the admin. */
  onUpdated: (user: UserDto, notice: string) => void;
}

export function MembershipsEditor({ user, onUpdated }: Props) {
  const { t } = useTranslation();
  const setMembership = useSetMembership();
  const remove = useRemoveMembership();
  const [partnershipId, setPartnershipId] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<{ partnership?: string; role?: string }>({});

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      partnership: partnershipId ? undefined : t('users.partnershipRequired'),
      role: role ? undefined : t('users.partnershipRoleRequired'),
    };
    setErrors(next);
    if (next.partnership || next.role) return;
    setMembership.mutate(
      { userId: user.id, partnershipId, role: role as PartnershipRole },
      {
        onSuccess: (u) => {
          onUpdated(u, t('users.membershipAdded'));
          setPartnershipId('');
          setRole('');
        },
      },
    );
  };

  return (
    <div className="section">
      <Heading level={3} data-size="xs">
        {t('users.memberships')}
      </Heading>
      {user.memberships.length === 0 ? (
        <Paragraph data-size="sm">{t('users.noMemberships')}</Paragraph>
      ) : (
        <ul className="membership-list">
          {user.memberships.map((m) => (
            <li key={m.partnershipId}>
              <span>
                {m.partnershipTitle} – {t(`roles.${m.role}`)}
              </span>
              <Button
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                disabled={remove.isPending}
                aria-label={t('users.removeMembership', { title: m.partnershipTitle })}
                onClick={() =>
                  remove.mutate({ userId: user.id, partnershipId: m.partnershipId }, { onSuccess: (u) => onUpdated(u, t('users.membershipRemoved')) })
                }
              >
                {t('users.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}
      <form onSubmit={onAdd} noValidate className="form-stack membership-form" aria-labelledby="add-membership-heading">
        <Heading level={4} data-size="2xs" id="add-membership-heading">
          {t('users.addMembership')}
        </Heading>
        <PartnershipPicker
          idPrefix="membership-partnership"
          value={partnershipId}
          onChange={setPartnershipId}
          placeholder={t('common.choose')}
          error={errors.partnership}
        />
        <SelectField
          id="membership-role"
          label={t('users.partnershipRole')}
          placeholder={t('common.choose')}
          value={role}
          onChange={setRole}
          options={PARTNERSHIP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={errors.role}
        />
        {setMembership.isError && <ErrorAlert error={setMembership.error} />}
        <div className="form-actions">
          <Button type="submit" variant="secondary" loading={setMembership.isPending}>
            {t('users.addMembershipButton')}
          </Button>
        </div>
      </form>
    </div>
  );
}
