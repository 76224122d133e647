import { useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { WorkPlanDto } from '@mic/domain';
import { isApiError } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { AuditFlagsAlert } from '../audits/AuditFlagsAlert';
import { usePartnership } from '../partnerships/api';
import { ApproveButton } from './ApproveDialog';
import { useSaveWorkPlan, useWorkPlan, workPlanXlsxUrl, type WorkPlanInput } from './budget-api';
import { useBudgetText, WorkPlanStatusTag } from './budget-labels';
import { ruleMessage } from './work-plan-form';
import { WorkPlanForm } from './WorkPlanForm';
import { ApprovalFacts, RevisionHistory } from './WorkPlanHistory';
import { WorkPlanTables } from './WorkPlanTables';
import './budget.css';

/** `/partnerships/:id/budget?year=YYYY`: a year's work plan and budget, to read, edit and approve. */
export function WorkPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : null;
  const plan = useWorkPlan(id, asked);
  const partnership = usePartnership(id);
  const p = partnership.data;
  const data = plan.data;
  const year = data?.year ?? asked;
  const notFound = isApiError(plan.error) && plan.error.status === 404;
  const heading = year ? t('budget.page.heading', { year }) : t('common.loading');

  return (
    <div className="budget-page">
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('budget.page.backToPartnership')}</RouterLink>
      </p>
      <PageHeading title={p && year ? t('budget.page.title', { year, title: p.title }) : heading}>{heading}</PageHeading>
      {p && <Paragraph className="lead">{p.title}</Paragraph>}
      {plan.isPending && <Loading />}
      {notFound && <Paragraph>{t('budget.page.notFound')}</Paragraph>}
      {plan.isError && !notFound && <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {data && (
        <WorkPlanBody
          // A new year or a reloaded version starts from what the server holds.
          key={`${data.year}`}
          plan={data}
          sideNames={{ home: p?.homeMunicipality.name, partner: p?.partnerMunicipality.name }}
          onYear={(y) => setParams({ year: String(y) })}
          reload={async () => void (await plan.refetch())}
        />
      )}
    </div>
  );
}

interface BodyProps {
  plan: WorkPlanDto;
  sideNames: Partial<Record<'home' | 'partner', string>>;
  onYear: (year: number) => void;
  reload: () => Promise<void>;
}

function WorkPlanBody({ plan, sideNames, onYear, reload }: BodyProps) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const save = useSaveWorkPlan(plan.partnershipId, plan.year);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'approved' | null>(null);
  const [formKey, setFormKey] = useState(0);
  const conflict = isApiError(save.error) && save.error.code === 'CONFLICT';

  const onSave = async (body: WorkPlanInput) => {
    try {
      await save.mutateAsync(body);
      setEditing(false);
      setNotice('saved');
    } catch (e) {
      // A stale version is explained above the form, with the way to the latest one.
      if (!(isApiError(e) && e.code === 'CONFLICT')) throw e;
    }
  };
  const reloadLatest = async () => {
    save.reset();
    await reload();
    setFormKey((k) => k + 1);
  };
  const startEditing = () => {
    setNotice(null);
    setEditing(true);
    setTimeout(() => document.getElementById('wpf-heading')?.focus());
  };
  const grant = plan.grant ? t(plan.grant.firm ? 'budget.page.grantFirm' : 'budget.page.grantIndicative', { amount: text.money(plan.grant.amount) }) : t('budget.page.noGrant');

  return (
    <>
      <div className="budget-toolbar">
        <SelectField
          id="wp-year"
          label={t('budget.page.year')}
          value={String(plan.year)}
          onChange={(v) => onYear(Number(v))}
          options={plan.years.map((y) => ({ value: String(y), label: String(y) }))}
          disabled={editing}
          width="auto"
        />
        <Paragraph>
          <Link href={workPlanXlsxUrl(plan.partnershipId, plan.year)} download>
            {t('budget.page.download')}
          </Link>
        </Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/programme/budget-rules">{t('budget.page.rulesLink')}</RouterLink>
          </Link>
        </Paragraph>
      </div>
      <Facts
        rows={[
          [t('budget.page.status'), <WorkPlanStatusTag status={plan.status} />],
          [t('budget.page.grant'), grant],
          [t('budget.page.total'), text.money(plan.totals.total)],
        ]}
      />
      <AuditFlagsAlert partnershipId={plan.partnershipId} flags={plan.auditFlags} />
      {notice === 'saved' && <SuccessAlert>{t('budget.page.saved')}</SuccessAlert>}
      {notice === 'approved' && <SuccessAlert>{t('budget.page.approvedDone')}</SuccessAlert>}
      {conflict && <ConflictAlert onReload={() => void reloadLatest()} reloadLabel={t('budget.page.reload')} />}
      {!editing && plan.violations.length > 0 && (
        <Alert data-color="warning" className="page-alert">
          <Heading level={2} data-size="xs">
            {t('budget.page.violationsHeading')}
          </Heading>
          <ul>
            {plan.violations.map((v, i) => (
              <li key={`${v.code}-${i}`}>{ruleMessage(t, v.code, v.params, text.lang)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {editing ? (
        <WorkPlanForm key={`${plan.version}-${formKey}`} plan={plan} sideNames={sideNames} onSave={onSave} onCancel={() => setEditing(false)} />
      ) : (
        <>
          {(plan.can.edit || (plan.can.approve && plan.status === 'draft')) && (
            <div className="button-row">
              {plan.can.edit && (
                <Button variant="secondary" onClick={startEditing}>
                  {t('budget.page.edit')}
                </Button>
              )}
              {plan.can.approve && plan.status === 'draft' && plan.version > 0 && <ApproveButton plan={plan} onApproved={() => setNotice('approved')} />}
            </div>
          )}
          {plan.version === 0 && <Paragraph>{t('budget.page.empty', { year: plan.year })}</Paragraph>}
          <WorkPlanTables plan={plan} />
        </>
      )}
      {plan.approved && <ApprovalFacts partnershipId={plan.partnershipId} approved={plan.approved} />}
      {(plan.approved || plan.revisions.length > 0) && <RevisionHistory revisions={plan.revisions} />}
    </>
  );
}
