import type { HealthFlagKind } from '../../../src/core/confidentiality/minimumNecessary';

/**
 * Sentences as health representatives write them in MAPPA minutes (fictional), with the prompt
 * each must raise. The categories are the health guidance's: medication and doses, diagnoses,
 * histories of abuse or trauma, developmental and family history, third parties' health, plus full
 * records and therapy content.
 */
export const mustPrompt: readonly (readonly [string, HealthFlagKind])[] = [
  // Full records
  ['I attach the full psychiatric report from 2024', 'fullRecords'],
  ['His medical records show several admissions', 'fullRecords'],
  ['A copy of the discharge summary is enclosed for the panel', 'fullRecords'],
  // Medication and doses
  ['He takes olanzapine 10 mg daily', 'medication'],
  ['He is on 20mg of Olanzapine at night', 'medication'],
  ['Currently prescribed a fortnightly depot', 'medication'],
  ['He receives a monthly depot injection at the clinic', 'medication'],
  ['His medication was changed in October after side effects', 'medication'],
  ['The dose was increased last month', 'medication'],
  ['He has been started on an antidepressant by his GP', 'medication'],
  ['Lithium levels are checked every three months', 'medication'],
  ['Diazepam PRN for agitation on the ward', 'medication'],
  ['He agreed to anti-libidinal medication in August', 'medication'],
  ['Clozapine\ncontinues', 'medication'],
  // Diagnoses
  ['Diagnosed with paranoid schizophrenia (F20.0)', 'diagnosis'],
  ['He has a diagnosis of emotionally unstable personality disorder', 'diagnosis'],
  ['Working diagnosis is bipolar affective disorder', 'diagnosis'],
  ['He meets the criteria for antisocial personality disorder', 'diagnosis'],
  ['Assessed as having ADHD as an adult', 'diagnosis'],
  ['He suffers from severe depression', 'diagnosis'],
  ['He has a mild learning disability', 'diagnosis'],
  ['He is on the autistic spectrum', 'diagnosis'],
  ['His PCL-R score was 28', 'diagnosis'],
  // Histories of abuse or trauma
  ['He was sexually abused by his stepfather between the ages of 8 and 12', 'abuseOrTrauma'],
  ['He disclosed that he had been physically abused as a child', 'abuseOrTrauma'],
  ['There is a history of childhood neglect', 'abuseOrTrauma'],
  ['He experienced significant trauma in care', 'abuseOrTrauma'],
  ['He witnessed domestic violence at home as a boy', 'abuseOrTrauma'],
  ['Complex trauma underlies much of his presentation', 'abuseOrTrauma'],
  ['He reports a traumatic childhood', 'abuseOrTrauma'],
  ['High number of adverse childhood experiences', 'abuseOrTrauma'],
  // Developmental and family history
  ['His developmental history includes delayed milestones', 'developmentalOrFamilyHistory'],
  ['He was born prematurely and had delayed speech', 'developmentalOrFamilyHistory'],
  ['He was brought up by his grandmother after his parents separated', 'developmentalOrFamilyHistory'],
  ['He was taken into care at the age of nine', 'developmentalOrFamilyHistory'],
  ['There is a family history of psychosis', 'developmentalOrFamilyHistory'],
  ['His father was an alcoholic and left when he was five', 'developmentalOrFamilyHistory'],
  ['He was excluded from secondary school at 14', 'developmentalOrFamilyHistory'],
  ['His childhood was chaotic', 'developmentalOrFamilyHistory'],
  // Third parties' health
  ['His mother has dementia and he is her main carer', 'thirdPartyHealth'],
  ['His partner’s mental health has deteriorated since the arrest', 'thirdPartyHealth'],
  ["His partner's pregnancy is due in March", 'thirdPartyHealth'],
  ['His brother is under the community mental health team', 'thirdPartyHealth'],
  ['The victim is receiving treatment for anxiety', 'thirdPartyHealth'],
  ['His sister attempted suicide last year', 'thirdPartyHealth'],
  // Therapy content
  ['In therapy sessions he spoke about his father', 'therapyContent'],
  ['He told his psychologist that he still thinks about her', 'therapyContent'],
];

/**
 * Sentences a health representative properly writes (the minimum data and risk-management
 * information the guidance asks for), or that use the same words about something else: none
 * may prompt.
 */
export const mustNotPrompt: readonly string[] = [
  'Unescorted leave starts on 3 December.',
  'Discharge address agreed with housing: 12 Example Road.',
  'Responsible clinician Dr Ada Example, 01632 960000.',
  'Relapse indicators: withdrawal, poor sleep and missed appointments.',
  'Stopping his medication has preceded both offences and is the main relapse indicator.',
  'He is engaging with treatment and attends every appointment.',
  'Early signs of psychosis are the relapse indicator the team watches for.',
  'Risk increases when he uses cocaine or drinks heavily.',
  'He has a history of domestic abuse towards two former partners.',
  'He abused his position of trust as a youth leader.',
  'Protective factors: stable accommodation and his mother’s support.',
  'He lives with his mother, who knows about his offending.',
  'His partner has been told of his convictions under the disclosure scheme.',
  'He lives 200 metres from a primary school; an exclusion zone is proposed.',
  'The ward reports no incidents since the last meeting.',
  'He reports to the police station once a day.',
  'The plan has three milestones before community leave.',
  'Staff should not visit alone; a risk to female staff remains.',
  'The family know of the plan and support it.',
  'Nature of the offence: violence against a stranger.',
];
