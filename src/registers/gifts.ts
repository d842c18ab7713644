import { approverOf } from '../declarations/gift.model';
import { GIFT_KIND_LABELS, label } from './labels';
import { filteredRows, type Register } from './register';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Register 2: gifts, hospitality and travel offered, accepted or declined. */
export const giftsRegister: Register = {
  id: 'gifts',
  title: 'Register of gifts and hospitality',
  sheetName: 'Gifts and hospitality',
  columns: [
    { key: 'person', header: 'Name', kind: 'text', width: 22 },
    { key: 'kind', header: 'What was offered', kind: 'text', width: 16 },
    { key: 'offeredBy', header: 'Offered by', kind: 'text', width: 26 },
    { key: 'description', header: 'Description', kind: 'text', width: 32 },
    { key: 'valueGBP', header: 'Value (£)', kind: 'money', width: 11 },
    { key: 'cashOrVoucher', header: 'Cash or voucher', kind: 'text', width: 9 },
    { key: 'offeredOn', header: 'Offered on', kind: 'date', width: 11 },
    { key: 'accepted', header: 'Accepted', kind: 'text', width: 9 },
    { key: 'declaredOn', header: 'Declared on', kind: 'date', width: 11 },
    { key: 'approvedBy', header: 'Approved by', kind: 'text', width: 20 },
    { key: 'id', header: 'Record id', kind: 'text', width: 30 },
  ],
  rows: ({ source, lookups, filters }) =>
    filteredRows(
      source.each('gift'),
      filters,
      (g) => ({ personIds: [g.personId], onCommittee: (committeeId) => lookups.hasSatOn(g.personId, committeeId), date: g.offeredOn, type: g.kind }),
      (g) => ({
        person: lookups.personName(g.personId),
        kind: label(GIFT_KIND_LABELS, g.kind),
        offeredBy: g.fromOrganisationId ? lookups.organisationName(g.fromOrganisationId) : (g.fromName ?? ''),
        description: g.description,
        valueGBP: g.valueGBP,
        cashOrVoucher: yesNo(g.cashOrVoucher),
        offeredOn: g.offeredOn,
        accepted: yesNo(g.accepted),
        declaredOn: g.declaredOn,
        approvedBy: lookups.personName(approverOf(g)),
        id: g._id.toString(),
      }),
    ),
};
