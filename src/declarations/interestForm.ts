import { dateInputValues, readDateInput } from '../web/forms';

/** The interest form's fields as the service's input (organisation resolved separately). */
export function interestInputFromForm(body: Record<string, unknown>) {
  return {
    type: body.type,
    category: body.category,
    description: body.description,
    heldBy: body.heldBy,
    from: readDateInput(body, 'from'),
    to: readDateInput(body, 'to'),
    actionTaken: body.actionTaken,
  };
}

export interface InterestValues {
  type?: string | null;
  category?: string | null;
  organisationId?: string | null;
  organisationName?: string | null;
  description?: string | null;
  heldBy?: string | null;
  from?: string | null;
  to?: string | null;
  actionTaken?: string | null;
}

/** A stored interest (or a draft) as the form's values. */
export function interestFormValues(interest: InterestValues, organisationLabel: string | null): Record<string, unknown> {
  return {
    type: interest.type,
    category: interest.category,
    organisationName: organisationLabel ?? interest.organisationName ?? '',
    description: interest.description,
    heldBy: interest.heldBy,
    actionTaken: interest.actionTaken,
    ...dateInputValues('from', interest.from),
    ...dateInputValues('to', interest.to),
  };
}

export const INTEREST_DATE_FIELDS = ['from', 'to'];
