/**
 * The money and results of a page of partnerships for the IATI export, shaped by PostgreSQL into one
 * JSON text per partnership (issue 10). Node receives one short string per activity instead of
 * thousands of rows to map and group, and parses it only when that activity is written, so the
 * objects of a page live for one activity, not for the whole page. Each table is read once for the
 * whole page and folded with GROUP BY (no subquery per row).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { IatiActivityFacts } from './iati.activity';

/** The part of an activity's facts built in SQL, in the shape `IatiActivityFacts` has for these keys. */
export type SqlFacts = Pick<IatiActivityFacts, 'grants' | 'workPlans' | 'paid' | 'expenditure' | 'results'>;

const EMPTY = sql.raw(`'[]'::json`);

/** The facts query: answers `{ id, facts }` for each id, `facts` as JSON text. */
function factsQuery(ids: readonly string[]): SQL {
  const page = sql`${`{${ids.join(',')}}`}::uuid[]`;
  return sql`with
    tg as (select t.indicator_id as id, json_agg(json_build_object('year', t.year, 'value', t.value) order by t.year) as list
             from indicator_targets t where t.partnership_id = any(${page}) group by t.indicator_id),
    ac as (select v.indicator_id as id, json_agg(json_build_object('year', v.year, 'value', v.value) order by v.year) as list
             from indicator_values v where v.partnership_id = any(${page}) and v.status = 'approved' group by v.indicator_id),
    ind as (select i.result_id as id, json_agg(json_build_object(
               'name', i.name, 'kind', i.kind, 'measure', i.measure, 'direction', i.direction,
               'baselineValue', i.baseline_value, 'baselineDate', i.baseline_date, 'baselineDescription', i.baseline_description,
               'endTarget', i.end_target, 'targets', coalesce(tg.list, ${EMPTY}), 'actuals', coalesce(ac.list, ${EMPTY})) order by i.position, i.id) as list
             from indicators i left join tg on tg.id = i.id left join ac on ac.id = i.id
            where i.partnership_id = any(${page}) group by i.result_id),
    res as (select r.partnership_id as id,
                   json_agg(json_build_object('level', r.level, 'statement', r.statement, 'indicators', coalesce(ind.list, ${EMPTY})) order by r.level, r.position, r.id) as list
              from results r left join ind on ind.id = r.id
             where r.partnership_id = any(${page}) and r.level in ('impact', 'outcome', 'output') group by r.partnership_id),
    gr as (select g.partnership_id as id, json_agg(json_build_object('year', g.year, 'amount', g.amount, 'firm', g.firm) order by g.year) as list
             from grants g where g.partnership_id = any(${page}) group by g.partnership_id),
    wp as (select w.partnership_id as id, json_agg(json_build_object('year', w.year, 'total', w.total) order by w.year) as list
             from work_plans w where w.partnership_id = any(${page}) and w.status = 'approved' group by w.partnership_id),
    pd as (select m.partnership_id as id, json_agg(json_build_object('paidOn', m.paid_on, 'amount', m.amount) order by m.paid_on, m.seq) as list
             from instalments m where m.partnership_id = any(${page}) and m.status = 'paid' and m.paid_on is not null group by m.partnership_id),
    -- Only the sum of a report's actual costs is needed: added up here, not shipped as the report's content.
    ex as (select a.partnership_id as id, json_agg(json_build_object('year', a.year, 'actual',
                    coalesce((select sum(x::numeric) from jsonb_array_elements_text(jsonb_path_query_array(a.content, '$.financial.lines[*].actual')) as x), 0)) order by a.year) as list
             from annual_reports a where a.partnership_id = any(${page}) and a.status = 'accepted' group by a.partnership_id)
    select p.id, json_build_object('grants', coalesce(gr.list, ${EMPTY}), 'workPlans', coalesce(wp.list, ${EMPTY}), 'paid', coalesce(pd.list, ${EMPTY}),
                                   'expenditure', coalesce(ex.list, ${EMPTY}), 'results', coalesce(res.list, ${EMPTY}))::text as facts
      from unnest(${page}) as p(id)
      left join gr on gr.id = p.id left join wp on wp.id = p.id left join pd on pd.id = p.id
      left join ex on ex.id = p.id left join res on res.id = p.id`;
}

/** The JSON text of each partnership's facts, by id (parsed later, one activity at a time). */
export async function sqlFactsOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; facts: string }>(db, factsQuery(ids));
  return new Map(rows.map((r) => [r.id, r.facts]));
}
