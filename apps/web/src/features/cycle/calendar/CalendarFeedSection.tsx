import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../components/CopyField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { formatDateTime } from '../../../lib/format';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../cycle-api';

/**
 * "Your calendar feed": a private iCalendar address for the user's calendar program. The address
 * is shown once, right after it is made; a new one replaces the old, and the feed can be turned off.
 */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const data = feed.data;
  const failed = create.error ?? revoke.error;

  const onCreate = () => {
    setRevoked(false);
    create.mutate(undefined, { onSuccess: (answer) => setUrl(answer.url ?? null) });
  };
  const onRevoke = () => {
    setUrl(null);
    revoke.mutate(undefined, { onSuccess: () => setRevoked(true) });
  };

  return (
    <section aria-labelledby="feed-heading" className="section">
      <Heading level={2} data-size="sm" id="feed-heading">
        {t('cycle.feed.heading')}
      </Heading>
      <Paragraph>{t('cycle.feed.intro')}</Paragraph>
      {feed.isPending && <Loading />}
      {feed.isError && <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />}
      {failed && <ErrorAlert error={failed} />}
      {revoked && <SuccessAlert>{t('cycle.feed.revoked')}</SuccessAlert>}
      {url && <FeedAddress url={url} />}
      {data && (
        <>
          <Paragraph>
            {data.active && data.createdAt
              ? t('cycle.feed.activeSince', { date: formatDateTime(data.createdAt, i18n.resolvedLanguage ?? 'en') })
              : t('cycle.feed.inactive')}
          </Paragraph>
          {data.active && <Paragraph data-size="sm">{t('cycle.feed.rotateHint')}</Paragraph>}
          <div className="button-row">
            <Button variant={data.active ? 'secondary' : 'primary'} onClick={onCreate} loading={create.isPending}>
              {data.active ? t('cycle.feed.rotate') : t('cycle.feed.create')}
            </Button>
            {data.active && (
              <Button variant="tertiary" data-color="danger" onClick={onRevoke} loading={revoke.isPending}>
                {t('cycle.feed.revoke')}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** The new address, once, to copy into a calendar program. */
function FeedAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [url]);
  return (
    <Alert data-color="success" className="page-alert">
      <Heading level={3} data-size="xs" ref={headingRef} tabIndex={-1}>
        {t('cycle.feed.created')}
      </Heading>
      <CopyField
        id="calendar-feed-url"
        label={t('cycle.feed.url')}
        description={t('cycle.feed.urlHint')}
        value={url}
        copyLabel={t('cycle.feed.copy')}
        copiedText={t('cycle.feed.copied')}
        failedText={t('cycle.feed.copyFailed')}
      />
    </Alert>
  );
}
