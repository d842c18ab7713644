/** What an auditor asks to export, validated, with its filters named in words for the export's header. */
import Joi from 'joi';
import { CommitteeModel } from '../committees/committee.model';
import { longDate, todayUtc } from '../engine/dates';
import { PersonModel } from '../people/person.model';
import { ValidationError, type FieldError } from '../shared/errors';
import { isoDate, objectId, optional, validate } from '../shared/validation';
import { TYPE_FILTER_CHOICES } from './labels';
import { REGISTER_IDS, type ExportFilters, type RegisterId } from './register';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  asAt: string;
  registers: RegisterId[];
  formats: ExportFormat[];
  filters: ExportFilters;
  /** The filters in words: "Committee: Example PCCC; Type: Interest: Financial", or "None". */
  filtersDescribed: string;
}

type ExportInput = Omit<ExportRequest, 'filters' | 'filtersDescribed'> & ExportFilters;

const exportSchema = Joi.object<ExportInput>({
  asAt: isoDate().empty('').default(() => todayUtc()).label('As at date'),
  registers: Joi.array().single().items(Joi.string().valid(...REGISTER_IDS)).default([]).label('Registers').messages({ 'any.only': 'Select registers from the list' }),
  formats: Joi.array().single().items(Joi.string().valid(...EXPORT_FORMATS)).min(1).required().label('Formats').messages({
    'any.required': 'Select at least one format',
    'array.min': 'Select at least one format',
    'any.only': 'Select formats from the list',
  }),
  committeeId: optional(objectId('Select a committee from the list')),
  personId: optional(objectId('Select a person from the list')),
  from: optional(isoDate()).label('From date'),
  to: optional(isoDate()).label('To date'),
  type: optional(Joi.string().valid(...TYPE_FILTER_CHOICES.map((c) => c.value))).messages({ 'any.only': 'Select a type from the list' }),
});

function crossChecks(value: ExportInput): FieldError[] {
  const errors: FieldError[] = [];
  if (value.asAt > todayUtc()) errors.push({ field: 'asAt', message: 'As at date must be today or in the past' });
  if (value.registers.length === 0 && value.formats.some((f) => f !== 'json')) errors.push({ field: 'registers', message: 'Select at least one register' });
  if (value.from && value.to && value.to < value.from) errors.push({ field: 'to', message: 'To date must be the same as or after the from date' });
  return errors;
}

export async function validExportRequest(input: unknown): Promise<ExportRequest> {
  const { asAt, registers, formats, ...filters } = validate(exportSchema, input, crossChecks);
  const [committee, person] = await Promise.all([
    filters.committeeId ? CommitteeModel.findById(filters.committeeId, { name: 1 }).lean() : null,
    filters.personId ? PersonModel.findById(filters.personId, { name: 1 }).lean() : null,
  ]);
  const unknown: FieldError[] = [];
  if (filters.committeeId && !committee) unknown.push({ field: 'committeeId', message: 'Select a committee from the list' });
  if (filters.personId && !person) unknown.push({ field: 'personId', message: 'Select a person from the list' });
  if (unknown.length > 0) throw new ValidationError(unknown);
  const described = [
    committee && `Committee: ${committee.name}`,
    person && `Person: ${person.name}`,
    filters.from && `Dated on or after ${longDate(filters.from)}`,
    filters.to && `Dated on or before ${longDate(filters.to)}`,
    filters.type && `Type: ${TYPE_FILTER_CHOICES.find((c) => c.value === filters.type)?.label}`,
  ].filter(Boolean);
  return {
    asAt,
    // Keep the registers in the order of the domain, whatever order they were asked for in.
    registers: REGISTER_IDS.filter((id) => registers.includes(id)),
    formats: EXPORT_FORMATS.filter((f) => formats.includes(f)),
    filters,
    filtersDescribed: described.length > 0 ? described.join('; ') : 'None',
  };
}
