import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PaginationNav } from '../../components/PaginationNav';
import { SuccessAlert } from '../../components/SuccessAlert';
import { formatDateTime } from '../../lib/format';
import { COMMENTS_PAGE_SIZE, useAddRiskComment, useRiskComments } from './risks-api';

const MAX = 4000;

/** Remarks on one risk, oldest first; the programme office, coordinators and the auditor may add one. */
export function RiskComments({ partnershipId, riskId, canComment }: { partnershipId: string; riskId: string; canComment: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [page, setPage] = useState(1);
  const comments = useRiskComments(partnershipId, riskId, page);
  const add = useAddRiskComment(partnershipId, riskId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [added, setAdded] = useState(0);
  const data = comments.data;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return setError(t('risks.comments.required'));
    if (text.length > MAX) return setError(t('risks.form.tooLong', { max: MAX }));
    setError(undefined);
    add.mutate(text, {
      onSuccess: () => {
        setBody('');
        setAdded((n) => n + 1);
        // The new comment is the last one: show the last page.
        if (data) setPage(Math.max(1, Math.ceil((data.total + 1) / COMMENTS_PAGE_SIZE)));
      },
    });
  };

  return (
    <section aria-labelledby="risk-comments-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-comments-heading">
        {t('risks.comments.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('risks.comments.intro')}</Paragraph>
      {comments.isPending && <Loading />}
      {comments.isError && <ErrorAlert error={comments.error} onRetry={() => void comments.refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('risks.comments.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <ol className="comment-list" aria-label={t('risks.comments.label')}>
            {data.items.map((c) => (
              <li key={c.id} className="comment">
                <p className="comment__meta">
                  {t('risks.comments.byline', { name: c.authorName, date: formatDateTime(c.createdAt, lang) })}
                </p>
                <p className="comment__body pre-line">{c.body}</p>
              </li>
            ))}
          </ol>
          <PaginationNav page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} label={t('risks.comments.pagination')} />
        </>
      )}
      {canComment && (
        <form onSubmit={onSubmit} noValidate className="form-stack comment-form">
          {added > 0 && !add.isPending && <SuccessAlert focus={false}>{t('risks.comments.added')}</SuccessAlert>}
          <Textfield
            id="risk-comment"
            label={t('risks.comments.add')}
            multiline
            rows={3}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              setError(undefined);
            }}
            error={error}
          />
          {add.isError && <ErrorAlert error={add.error} />}
          <div>
            <Button type="submit" variant="secondary" loading={add.isPending}>
              {t('risks.comments.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
