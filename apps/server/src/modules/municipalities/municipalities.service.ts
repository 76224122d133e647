import {
  DomainError,
  HOME_COUNTRY,
  isCountryCode,
  isNorwegianOrgNumber,
  municipalityKind,
  normaliseOrgNumber,
  regionOfCountry,
  type Actor,
  type MunicipalityDto,
  type Page,
  type Region,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import { recordChange } from '../audit/audit.service';
import * as programmeRepo from '../programme/programme.repository';
import type { MunicipalityBody, MunicipalityListQuery, MunicipalityUpdateBody } from './municipalities.contract';
import { checkVersion } from '../../lib/version-conflict';
import * as repo from './municipalities.repository';

export function presentMunicipality(row: repo.MunicipalityRow, regions: Region[]): MunicipalityDto {
  const kind = municipalityKind(row.country);
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    orgNumber: row.orgNumber,
    kind,
    region: kind === 'partner' ? (regionOfCountry({ regions }, row.country)?.code ?? null) : null,
    version: row.version,
  };
}

/** Page of the register: regions, items and count, three queries whatever the page size. */
export async function listMunicipalities(db: Executor, query: MunicipalityListQuery): Promise<Page<MunicipalityDto>> {
  const [regions, { rows, total }] = await Promise.all([
    programmeRepo.loadRegions(db),
    repo.listMunicipalities(db, { search: query.search, country: query.country, kind: query.kind }, query.pageSize, offsetOf(query)),
  ]);
  return { items: rows.map((r) => presentMunicipality(r, regions)), total, page: query.page, pageSize: query.pageSize };
}

export async function getMunicipality(db: Executor, id: string): Promise<MunicipalityDto> {
  const row = isUuid(id) ? await repo.findMunicipality(db, id) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return presentMunicipality(row, await programmeRepo.loadRegions(db));
}

/** The stored values: a real country code, and a valid organisation number for a Norwegian one. */
function valuesOf(body: MunicipalityBody) {
  if (!isCountryCode(body.country)) {
    throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field: 'country' }] });
  }
  let orgNumber = body.orgNumber;
  if (orgNumber && body.country === HOME_COUNTRY) {
    orgNumber = normaliseOrgNumber(orgNumber);
    if (!isNorwegianOrgNumber(orgNumber)) {
      throw new DomainError('ORG_NUMBER_INVALID', { violations: [{ code: 'ORG_NUMBER_INVALID', field: 'orgNumber' }] });
    }
  }
  return { name: body.name, country: body.country, orgNumber };
}

const duplicate = () => new DomainError('CONFLICT', { violations: [{ code: 'MUNICIPALITY_DUPLICATE', field: 'name' }] });

/** Runs a write; a unique-index race on name and country still answers 409, never 500. */
async function guardDuplicates<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}

export async function createMunicipality(db: Db, actor: Actor, body: MunicipalityBody): Promise<MunicipalityDto> {
  const values = valuesOf(body);
  const row = await guardDuplicates(() =>
    db.transaction(async (tx) => {
      if (await repo.findSameName(tx, values.name, values.country)) throw duplicate();
      const created = await repo.insertMunicipality(tx, values);
      await recordChange(tx, actor, { action: 'municipality.created', entityType: 'municipality', entityId: created.id, after: values });
      return created;
    }),
  );
  return presentMunicipality(row, await programmeRepo.loadRegions(db));
}

/**
 * Edits name, country and organisation number. The country of a municipality that is already in a
 * partnership stays as it is: changing it would break that partnership's eligibility.
 */
export async function updateMunicipality(db: Db, actor: Actor, id: string, body: MunicipalityUpdateBody): Promise<MunicipalityDto> {
  if (!isUuid(id)) throw new DomainError('NOT_FOUND');
  const values = valuesOf(body);
  const row = await guardDuplicates(() =>
    db.transaction(async (tx) => {
      const before = await repo.findMunicipality(tx, id, 'update');
      if (!before) throw new DomainError('NOT_FOUND');
      checkVersion(before.version, body.version);
      if (await repo.findSameName(tx, values.name, values.country, id)) throw duplicate();
      if (values.country !== before.country && (await repo.isInPartnership(tx, id))) {
        throw new DomainError('CONFLICT', { violations: [{ code: 'IN_USE_BY_PARTNERSHIP', field: 'country', params: { value: before.name } }] });
      }
      const updated = await repo.updateMunicipality(tx, id, { ...values, version: before.version + 1 });
      await recordChange(tx, actor, {
        action: 'municipality.updated',
        entityType: 'municipality',
        entityId: id,
        before: { name: before.name, country: before.country, orgNumber: before.orgNumber },
        after: values,
      });
      return updated;
    }),
  );
  return presentMunicipality(row, await programmeRepo.loadRegions(db));
}
