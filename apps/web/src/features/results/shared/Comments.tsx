import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { formatDateTime } from '../../../lib/format';
import { useAddComment, useComments, type CommentTarget } from '../comments-api';

interface Props {
  partnershipId: string;
  entityType: CommentTarget;
  entityId: string;
  /** Whether the user may write (the programme office, coordinators, the auditor). */
  canComment: boolean;
  /** What the comments are about, for the heading: "Comments on outcome 1". */
  title: string;
  headingLevel?: 2 | 3 | 4;
  idPrefix: string;
}

/** The conversation on a result, an indicator or a value: read by all who see it, written by some. */
export function Comments({ partnershipId, entityType, entityId, canComment, title, headingLevel = 2, idPrefix }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const comments = useComments(partnershipId, entityType, entityId);
  const add = useAddComment(partnershipId, entityType, entityId);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [added, setAdded] = useState(0);
  const items = comments.data?.pages.flatMap((p) => p.items) ?? [];
  const headingId = `${idPrefix}-heading`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('results.comments.required'));
      return;
    }
    setError('');
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setAdded((n) => n + 1);
      },
    });
  };

  return (
    <section aria-labelledby={headingId} className="comments">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {comments.isPending && <Loading />}
      {comments.isError && <ErrorAlert error={comments.error} onRetry={() => void comments.refetch()} />}
      {comments.isSuccess && items.length === 0 && <Paragraph data-size="sm">{t('results.comments.none')}</Paragraph>}
      {items.length > 0 && (
        <ol className="comments__list">
          {items.map((c) => (
            <li key={c.id} className="comments__item">
              <p className="comments__meta">
                <strong>{c.authorName}</strong>
                {' · '}
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lang)}</time>
              </p>
              <p className="comments__body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {comments.hasNextPage && (
        <Button variant="tertiary" data-size="sm" onClick={() => void comments.fetchNextPage()} loading={comments.isFetchingNextPage}>
          {t('results.comments.more')}
        </Button>
      )}
      {canComment && (
        <form onSubmit={onSubmit} noValidate className="comments__form">
          {added > 0 && (
            <SuccessAlert key={added} focus={false} data-size="sm">
              {t('results.comments.added')}
            </SuccessAlert>
          )}
          <Textfield
            id={`${idPrefix}-text`}
            label={t('results.comments.label')}
            multiline
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={error || undefined}
            maxLength={4000}
          />
          {add.isError && <ErrorAlert error={add.error} />}
          <div>
            <Button type="submit" variant="secondary" data-size="sm" loading={add.isPending}>
              {t('results.comments.add')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
