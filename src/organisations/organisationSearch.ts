import { OrganisationModel } from './organisation.model';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type OrganisationChoice =
  | { kind: 'none' }
  | { kind: 'picked'; organisationId: string; name: string }
  | { kind: 'candidates'; candidates: { id: string; name: string; odsCode: string | null }[] }
  | { kind: 'free-text'; organisationName: string };

/** Finds organisations on the register by ODS code, name or alias (case-insensitive, part of a word). */
export async function findOrganisations(query: string, limit = 20) {
  const text = query.trim();
  if (!text) return [];
  const pattern = new RegExp(escapeRegex(text), 'i');
  return OrganisationModel.find({ $or: [{ name: pattern }, { aliases: pattern }, { odsCode: text.toUpperCase() }] })
    .sort({ name: 1 })
    .limit(limit)
    .lean();
}

/**
 * What a typed organisation means: an exact ODS code or exact name picks it; several partial matches
 * ask the person to choose; no match is kept as free text (the organisation is not on the register).
 */
export async function resolveOrganisation(query: string | undefined): Promise<OrganisationChoice> {
  const text = (query ?? '').trim();
  if (!text) return { kind: 'none' };
  const matches = await findOrganisations(text);
  const exact = matches.filter(
    (o) => o.odsCode?.toUpperCase() === text.toUpperCase() || o.name.toLowerCase() === text.toLowerCase() || o.aliases.some((a) => a.toLowerCase() === text.toLowerCase()),
  );
  if (exact.length === 1) return { kind: 'picked', organisationId: String(exact[0]._id), name: exact[0].name };
  if (matches.length > 0) {
    return { kind: 'candidates', candidates: matches.map((o) => ({ id: String(o._id), name: o.name, odsCode: o.odsCode ?? null })) };
  }
  return { kind: 'free-text', organisationName: text };
}
