import { useState } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useTranslation } from 'react-i18next';
import { GLOBAL_ROLES, type GlobalRole, type UserDto } from '@mic/domain';
import { SelectField } from '../../components/SelectField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCurrentUser } from '../auth/session';
import { useUpdateUser } from './users-api';
import { MembershipsEditor } from './MembershipsEditor';
import { AnonymiseUserDialog } from '../privacy/AnonymiseUserDialog';

/** A modal to change one user's programme-wide role, account state and memberships. */
interface Props {
  user: UserDto;
  /** Each change answers with the user as it now is. */
  onUpdated: (user: UserDto) => void;
  onClose: () => void;
}

export function ManageUserDialog({ user, onUpdated, onClose }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const update = useUpdateUser();
  const [role, setRole] = useState<string>(user.globalRole ?? '');
  const [notice, setNoticeText] = useState('');
  // A new key for each notice, so the same text said twice is still announced and focused.
  const [noticeKey, setNoticeKey] = useState(0);
  const setNotice = (text: string) => {
    setNoticeText(text);
    setNoticeKey((k) => k + 1);
  };
  const isMe = me?.id === user.id;
  const [anonymising, setAnonymising] = useState(false);
  const isAnonymised = /^anonymised-.*@invalid$/.test(user.email);

  const saveRole = () =>
    update.mutate(
      { id: user.id, globalRole: (role || null) as GlobalRole | null, version: user.version },
      {
        onSuccess: (u) => {
          onUpdated(u);
          setNotice(t('users.roleSaved'));
        },
      },
    );
  const toggleDisabled = () =>
    update.mutate(
      { id: user.id, disabled: !user.disabled, version: user.version },
      {
        onSuccess: (u) => {
          onUpdated(u);
          setNotice(u.disabled ? t('users.wasDisabled') : t('users.wasEnabled'));
        },
      },
    );

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby="manage-user-heading" className="manage-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="manage-user-heading">
          {t('users.manageHeading', { name: user.name })}
        </Heading>
        <Paragraph data-size="sm">{user.email}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        {notice && (
          <SuccessAlert key={noticeKey} data-size="sm">
            {notice}
          </SuccessAlert>
        )}
        {update.isError && <ErrorAlert error={update.error} />}
        <div className="inline-form">
          <SelectField
            id="manage-global-role"
            label={t('users.globalRole')}
            placeholder={t('common.none')}
            value={role}
            onChange={setRole}
            options={GLOBAL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            disabled={isMe}
            description={isMe ? t('users.notOwnRole') : undefined}
          />
          <Button variant="secondary" onClick={saveRole} disabled={isMe || update.isPending || role === (user.globalRole ?? '')}>
            {t('users.saveRole')}
          </Button>
        </div>
        <div className="section">
          <Heading level={3} data-size="xs">
            {t('users.account')}
          </Heading>
          <Paragraph data-size="sm">{user.disabled ? t('users.disabledText') : t('users.activeText')}</Paragraph>
          <Button
            variant="secondary"
            data-color={user.disabled ? undefined : 'danger'}
            onClick={toggleDisabled}
            disabled={isMe || update.isPending}
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </Button>
        </div>
        <div className="section">
          <Heading level={3} data-size="xs">
            {t('privacy.anonymise.section')}
          </Heading>
          <Paragraph data-size="sm">{isAnonymised ? t('privacy.anonymise.done') : t('privacy.anonymise.intro')}</Paragraph>
          <Button variant="secondary" data-color="danger" onClick={() => setAnonymising(true)} disabled={isMe || isAnonymised}>
            {t('privacy.anonymise.open')}
          </Button>
        </div>
        {anonymising && (
          <AnonymiseUserDialog
            user={user}
            onClose={() => setAnonymising(false)}
            onDone={(result) => {
              setAnonymising(false);
              onUpdated({ ...user, name: result.name, email: result.email, disabled: true, globalRole: null, memberships: [] });
              setNotice(t('privacy.anonymise.done'));
            }}
          />
        )}
        <MembershipsEditor
          user={user}
          onUpdated={(u, notice) => {
            onUpdated(u);
            setNotice(notice);
          }}
        />
      </Dialog.Block>
    </Dialog>
  );
}
