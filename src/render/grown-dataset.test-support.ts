/**
 * The shipped dataset grown to the size issue 13 expects (about four times the operations, over
 * eight months), for testing that the pictures still read at that size. The added records follow
 * the leads of `other-sources.md` §B in shape only (dates, places, kinds, lead actors), written
 * in our own words; they are test input, never data. New places have no coordinates, as the
 * data never invents them, except Homs governorate, whose area centroid the gazetteer prints.
 * Evidence is borrowed from a shipped record: the renderers never read it.
 */
import { dataset } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Location } from '../schemas/location.js'
import type { Operation, Participant } from '../schemas/operation.js'

const template = dataset.operations[0]!
const claim = { assertedBy: template.assertedBy, certainty: template.certainty, evidence: template.evidence }
const placeEvidence = dataset.locations[0]!.evidence

function place(id: string, kind: Location['kind'], en: string, ar: string, parent: string, coordinates?: Location['coordinates']): Location {
  return { id, kind, name: { en, ar }, aliases: [], countryCodes: ['SY'], parent: { location: parent, ...claim }, relatedPlaces: [], coordinates, alternativeCoordinates: [], identifiers: [], notes: [], evidence: placeEvidence }
}

const homsCentroid = { lat: 34.46667, lon: 38.3, precision: 'area-centroid', evidence: dataset.locations.find((l) => l.id === 'aleppo-governorate')!.coordinates!.evidence } as Location['coordinates']

/** Places the grown records happen at, none of them shipped. */
export const GROWN_PLACES: readonly Location[] = [
  place('homs-governorate', 'governorate', 'Homs', 'حمص', 'syria', homsCentroid),
  place('palmyra', 'city', 'Palmyra', 'تدمر', 'homs-governorate'),
  place('maarat-al-numan', 'city', 'Maarat al-Numan', 'معرة النعمان', 'idlib-governorate'),
  place('hasakah-governorate', 'governorate', 'Hasakah', 'الحسكة', 'syria'),
  place('al-hol-camp', 'facility', 'al-Hol camp', 'مخيم الهول', 'hasakah-governorate'),
  place('al-shaddadi', 'town', 'al-Shaddadi', 'الشدادي', 'hasakah-governorate'),
  place('raqqa', 'city', 'Raqqa', 'الرقة', 'syria'),
  place('deir-ez-zor', 'city', 'Deir ez-Zor', 'دير الزور', 'syria'),
  place('moadamiyat-al-sham-western-ghouta', 'town', 'Moadamiyat al-Sham, west of Damascus in the western Ghouta countryside', 'معضمية الشام في الغوطة الغربية بريف دمشق', 'rif-dimashq'),
]

type Lead = readonly string[]
const leads = (actors: Lead, role: Participant['role'] = 'lead'): Participant[] => actors.map((actor) => ({ actor, role, ...claim }))

function record(id: string, date: string, location: string, types: Operation['types'], lead: Lead, en: string, ar?: string, partners: Lead = []): Operation {
  return {
    ...template,
    id,
    date,
    location,
    types,
    title: ar === undefined ? { en } : { en, ar },
    participants: [...leads(lead), ...leads(partners, 'partner')],
    outcomes: [],
    figures: [],
    relations: [],
    readings: [],
    notes: [],
  }
}

/** The records added to the shipped six: 15 operations and 12 developments, 2025-10 to 2026-02. */
export const GROWN_OPERATIONS: readonly Operation[] = [
  record('grown-2025-11-08-sweep', '2025-11-08', 'syria', ['security-operation', 'arrest'], ['interior-ministry'], 'Interior Ministry sweep with dozens of raids and arrests across several governorates'),
  record('grown-2025-11-11-accession', '2025-11-11', 'damascus', ['coalition-accession'], ['syrian-government'], 'Syria joins the coalition against ISIS as a partner', 'انضمام سورية إلى التحالف الدولي ضد تنظيم داعش'),
  record('grown-2025-tally', '2025-10-01/2025-11-06', 'syria', ['operations-tally'], ['centcom'], 'CENTCOM tally of its operations in Syria since October'),
  record('grown-2025-11-24-joint', '2025-11-24/2025-11-27', 'rif-dimashq', ['security-operation', 'seizure'], ['centcom', 'interior-ministry'], 'First announced joint CENTCOM and Interior Ministry operation, weapons sites destroyed'),
  record('grown-2025-11-30-statement', '2025-11-30', 'damascus', ['policy-statement'], ['centcom'], 'CENTCOM announces the joint operation'),
  record('grown-2025-12-13-palmyra', '2025-12-13', 'palmyra', ['ambush'], ['isis'], 'Ambush in Palmyra kills two US soldiers and an interpreter', 'كمين في تدمر يقتل جنديين أميركيين ومترجماً مدنياً خلال اجتماع مع قادة محليين في البادية'),
  record('grown-2025-12-14-arrests', '2025-12-14', 'palmyra', ['arrest'], ['interior-ministry'], 'Arrests after the Palmyra ambush', undefined, ['global-coalition']),
  record('grown-2025-12-14-maarat', '2025-12-14', 'maarat-al-numan', ['ambush'], ['isis'], 'Road-security patrol attacked near Maarat al-Numan'),
  record('grown-2025-12-14-maarat-arrests', '2025-12-14/2025-12-16', 'maarat-al-numan', ['arrest'], ['interior-ministry'], 'Arrests after the Maarat al-Numan attack'),
  record('grown-2025-12-19-hawkeye', '2025-12-19', 'homs-governorate', ['air-strike'], ['centcom'], 'Operation Hawkeye Strike on ISIS targets across central Syria', undefined, ['jordanian-intelligence']),
  record('grown-2025-12-19-deir', '2025-12-19', 'deir-ez-zor', ['air-strike'], ['centcom'], 'Strikes near Deir ez-Zor'),
  record('grown-2025-12-24-moadamiyah', '2025-12-24', 'moadamiyat-al-sham-western-ghouta', ['arrest'], ['interior-ministry', 'general-intelligence-service'], 'Senior ISIS leader arrested in the Damascus countryside', undefined, ['global-coalition']),
  record('grown-2026-01-09-commander', '2026-01-09?', 'damascus', ['arrest'], ['interior-ministry'], 'ISIS military commander for Wilayat al-Sham arrested'),
  record('grown-2026-01-10-wave', '2026-01-10', 'homs-governorate', ['air-strike'], ['united-states'], 'Second wave of US strikes', undefined, ['jordanian-intelligence']),
  record('grown-2026-01-16-jasim', '2026-01-16/2026-01-17', 'northern-syria', ['air-strike'], ['centcom'], 'ISIS figure killed in northwest Syria'),
  record('grown-2026-01-20-al-hol', '2026-01-20/2026-01-21', 'al-hol-camp', ['facility-handover'], ['syrian-government'], 'Syrian forces take over al-Hol camp', 'دخول الجيش السوري إلى مخيم الهول وتسلّم إدارته من قوات سوريا الديمقراطية'),
  record('grown-2026-01-20-statement', '2026-01-20', 'damascus', ['policy-statement'], ['united-states'], "US envoy says the SDF's anti-ISIS role has largely expired"),
  { ...record('grown-2026-01-transfer', '2026-01-21/2026-02-12', 'al-shaddadi', ['detainee-transfer'], ['centcom'], 'Transfer of ISIS detainees from northeast Syria to Iraq'), destination: 'iraq' },
  record('grown-2026-01-raqqa', '2026-01~', 'raqqa', ['security-operation'], ['interior-ministry'], 'Security operations around Raqqa'),
  record('grown-2026-02-09-riyadh', '2026-02-09', 'syria', ['meeting'], ['global-coalition-alliance'], 'Coalition political directors meet in Riyadh and welcome Syria'),
  record('grown-2026-02-11-withdrawal', '2026-02-11', 'al-tanf-base', ['withdrawal'], ['united-states'], 'Last US personnel leave al-Tanf'),
  record('grown-2026-02-12-tanf', '2026-02-12', 'al-tanf-base', ['facility-handover'], ['syrian-government'], 'al-Tanf base handed to Syrian forces'),
  record('grown-2026-02-22-al-hol', '2026-02-22', 'al-hol-camp', ['camp-closure'], ['syrian-government'], 'al-Hol camp closed, all families relocated'),
  record('grown-2026-02-hasakah', '../2026-02-05', 'hasakah-governorate', ['security-operation'], ['syrian-government'], 'Security campaign in Hasakah governorate'),
  record('grown-2026-02-05-shaddadi', '2026-02-05', 'al-shaddadi', ['arrest'], [], 'Arrests near al-Shaddadi', undefined, ['interior-ministry', 'global-coalition']),
  record('grown-2026-02-raid', '2026-02-14', 'deir-ez-zor', ['storming', 'arrest'], ['centcom', 'syrian-government'], 'Joint raid east of Deir ez-Zor'),
  record('grown-2026-02-16-tally', '2025-12-13/2026-02-16', 'syria', ['operations-tally'], ['centcom'], 'CENTCOM tally of strikes since the Palmyra ambush'),
]

/** The shipped dataset with {@link GROWN_OPERATIONS} added, and those of {@link GROWN_PLACES} it lacks. */
export function grownDataset(): Dataset {
  // Places the shipped data has come to hold keep their shipped record (and coordinates).
  const shipped = new Set<string>(dataset.locations.map((l) => l.id))
  return { ...dataset, locations: [...dataset.locations, ...GROWN_PLACES.filter((p) => !shipped.has(p.id))], operations: [...dataset.operations, ...GROWN_OPERATIONS] }
}
