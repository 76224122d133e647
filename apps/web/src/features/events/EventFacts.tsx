import type { ReactNode } from 'react';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventDetailDto } from '@mic/domain';
import { Facts } from '../../components/Facts';
import { hasRole, useCurrentUser } from '../auth/session';
import { pickText, useEventText } from './event-labels';

/** A titled part of the page: its text, or what to say when there is nothing. */
function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** A list of links, or a sentence when it is empty. */
function LinkList({ items, empty }: { items: { key: string; link: ReactNode }[]; empty: string }) {
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul>
      {items.map((i) => (
        <li key={i.key}>{i.link}</li>
      ))}
    </ul>
  );
}

/** Everything known about an event: facts, description, materials and the partnerships invited. */
export function EventFacts({ event: e }: { event: EventDetailDto }) {
  const { t } = useTranslation();
  const text = useEventText();
  const user = useCurrentUser();
  // A partnership's page opens for the programme-wide roles and for its own members.
  const linked = (id: string) =>
    hasRole(user, 'admin', 'programme_officer', 'donor_viewer') || !!user?.memberships.some((m) => m.partnershipId === id);
  const description = pickText(e.description, text.lang);

  return (
    <>
      <Facts
        rows={[
          [t('events.type'), text.type(e)],
          [t('events.when'), text.when(e)],
          [t('events.place'), e.place || (e.onlineUrl ? t('events.onlineOnly') : t('events.tba'))],
          [
            t('events.onlineUrl'),
            e.onlineUrl ? (
              <Link href={e.onlineUrl} rel="noopener noreferrer">
                {e.onlineUrl}
              </Link>
            ) : (
              t('common.none')
            ),
          ],
          [
            t('events.status'),
            <Tag data-color={e.status === 'cancelled' ? 'danger' : 'info'} data-size="sm">
              {t(`events.statuses.${e.status}`)}
            </Tag>,
          ],
          [t('events.registrations'), t('events.registrationCount', { count: e.registrationCount })],
        ]}
      />
      <Section id="event-description-heading" heading={t('events.description')}>
        <Paragraph className={description.text ? 'event-text' : undefined} lang={description.lang}>
          {description.text || t('events.detail.noDescription')}
        </Paragraph>
      </Section>
      <Section id="event-materials-heading" heading={t('events.materials')}>
        <LinkList
          empty={t('events.detail.noMaterials')}
          items={e.materials.map((m, i) => ({
            key: `${i}-${m.url}`,
            link: (
              <Link href={m.url} rel="noopener noreferrer">
                {m.title}
              </Link>
            ),
          }))}
        />
      </Section>
      <Section id="event-invited-heading" heading={t('events.invited')}>
        <LinkList
          empty={t('events.detail.noneInvited')}
          items={e.invitedPartnerships.map((p) => ({
            key: p.id,
            link: linked(p.id) ? (
              <Link asChild>
                <RouterLink to={`/partnerships/${p.id}`}>{p.title}</RouterLink>
              </Link>
            ) : (
              p.title
            ),
          }))}
        />
      </Section>
    </>
  );
}
