/**
 * The prompts a health contribution gets when it looks beyond the minimum necessary (RCPsych,
 * "Working with MAPPA"; the NHS trust and GP guidance in the area's policies). Each category is
 * recognised by the phrases people write in minutes, not by single words: "takes 20mg olanzapine
 * at night" prompts, "stopping his medication is a relapse indicator" (what the guidance asks for)
 * does not; "he was abused by his stepfather" prompts, "a history of domestic abuse towards
 * partners" (offending, which the panel needs) does not.
 */

export type HealthFlagKind =
  | 'fullRecords'
  | 'medication'
  | 'diagnosis'
  | 'abuseOrTrauma'
  | 'developmentalOrFamilyHistory'
  | 'thirdPartyHealth'
  | 'therapyContent';

/** `guidance` is a list of sentences, each shown on its own. */
export type HealthFlag = { kind: HealthFlagKind; label: string; guidance: readonly string[]; matched: string };

/**
 * A phrase as written: any run of spaces or line breaks between words, straight or curly
 * apostrophes, any case.
 */
const phrase = (source: string): RegExp =>
  new RegExp(`\\b(?:${source.replace(/ /g, '\\s+').replace(/'/g, "['’]")})\\b`, 'i');

const possessive = "(?:his|her|their|the patient's|the nominal's|mr \\w+'s|ms \\w+'s)";
const relative =
  '(?:mother|mum|father|dad|parents?|step-?(?:father|mother|dad|mum)|partner|ex-partner|wife|husband|girlfriend|boyfriend|brother|sister|siblings?|son|daughter|child|children|baby|grandmother|grandfather|nan|grandparents?|uncle|aunt|cousin|carer|neighbour|flatmate|co-?defendant|victim)';
const drugs =
  '(?:clozapine|clozaril|olanzapine|risperidone|paliperidone|aripiprazole|abilify|quetiapine|haloperidol|zuclopenthixol|flupentixol|flupenthixol|chlorpromazine|lithium|(?:sodium )?valproate|depakote|carbamazepine|lamotrigine|sertraline|fluoxetine|prozac|paroxetine|citalopram|escitalopram|mirtazapine|venlafaxine|duloxetine|diazepam|valium|lorazepam|clonazepam|zopiclone|promethazine|methadone|buprenorphine|subutex|pregabalin|gabapentin|methylphenidate|ritalin|cyproterone|leuprorelin|triptorelin|medroxyprogesterone)';

const rules: readonly { kind: HealthFlagKind; label: string; guidance: readonly string[]; patterns: RegExp[] }[] = [
  {
    kind: 'fullRecords',
    label: 'Full report or records',
    guidance: [
      'Full psychiatric reports and medical records are never shared with the panel.',
      'Summarise only what bears on the risk.',
    ],
    patterns: [
      phrase('(?:full|entire|complete|whole|attached|enclosed) (?:\\w+ )?(?:reports?|records?|notes|file|assessment)'),
      phrase('(?:psychiatric|medical|clinical|psychological|GP|hospital) (?:reports?|records?|notes|file)'),
      phrase('discharge summary|case notes|copy of (?:the|his|her|their) (?:notes|records?|file)'),
    ],
  },
  {
    kind: 'medication',
    label: 'Medication and doses',
    guidance: [
      'Medication and doses are usually not shared.',
      'Say instead what matters for the risk, for example that stopping treatment is a relapse indicator.',
    ],
    patterns: [
      phrase(drugs),
      phrase('\\d+(?:\\.\\d+)? ?(?:mg|mcg|micrograms?|milligrams?|ml)'),
      phrase(
        '(?:depot|anti-?libidinal|antipsychotic|antidepressant|mood stabilis\\w+|benzodiazepine|SSRI) (?:injections?|medication|treatment|drugs?)',
      ),
      phrase(
        '(?:on|takes?|taking|prescribed|receiving|given|started on|commenced on) (?:an? |a daily |a weekly |a fortnightly |a monthly )?(?:\\w+ )?(?:depot|antipsychotics?|antidepressants?|anti-?libidinals?|mood stabilis\\w+|benzodiazepines?|SSRIs?|sleeping tablets|opiate substitutes?)',
      ),
      phrase('prescri(?:bed|ption|bing)'),
      phrase(
        `${possessive} (?:medication|meds|tablets|dose|dosage) (?:is|are|was|were|has been|have been|includes?|consists? of|changed|increased|reduced|switched)`,
      ),
      phrase(
        '(?:increased|reduced|raised|lowered|changed|halved|doubled|titrated) (?:\\w+ )?(?:dose|dosage)|(?:dose|dosage) (?:of|was|is|has been) (?:increased|reduced|raised|lowered|changed|\\d)',
      ),
      phrase('nocte|PRN|as required medication'),
    ],
  },
  {
    kind: 'diagnosis',
    label: 'Diagnosis',
    guidance: [
      'Share a diagnosis only as far as it bears on the risk.',
      'Describe the relapse indicators and the risk and protective factors rather than the clinical detail.',
    ],
    patterns: [
      phrase(
        'diagnosed (?:with|as)|(?:a|his|her|their|working|formal|dual|differential|primary) diagnosis|diagnosis (?:of|is|was)|meets (?:the )?criteria for',
      ),
      phrase(
        '(?:paranoid |catatonic |treatment-resistant )?schizophreni(?:a|c)|schizoaffective|bipolar(?: affective)?(?: disorder)?|manic depression',
      ),
      phrase(
        '(?:emotionally unstable|borderline|antisocial|dissocial|paranoid|narcissistic|schizoid|mixed) personality disorder|personality disorder diagnosis',
      ),
      phrase('EUPD|ASPD|PTSD|C-PTSD|ADHD|OCD|autis(?:m|tic)(?: spectrum(?: disorder)?)?|asperger\\w*|ASC|ASD'),
      phrase(
        'psychotic (?:illness|disorder|depression)|(?:first[- ]episode|drug[- ]induced|organic) psychosis|(?:major|clinical|severe|recurrent) depress\\w*|depressive (?:disorder|episode)',
      ),
      phrase(
        'learning disabilit(?:y|ies)|acquired brain injury|traumatic brain injury|dementia|huntington\\w*|korsakoff\\w*',
      ),
      phrase('ICD-?1[01]|DSM-?(?:IV|5)|F[0-9]{2}\\.[0-9]|PCL-R (?:score|of)'),
      phrase('suffers? from (?:\\w+ ){0,2}(?:illness|disorder|condition|depression|psychosis|schizophrenia)'),
    ],
  },
  {
    kind: 'abuseOrTrauma',
    label: 'History of abuse or trauma',
    guidance: [
      'A history of abuse or trauma is usually not shared.',
      'If it bears on the risk, say how (for example a trigger to avoid) rather than what happened.',
    ],
    patterns: [
      phrase(
        '(?:was|were|been|being) (?:\\w+ )?(?:sexually |physically |emotionally )?(?:abused|neglected|molested|raped|groomed|trafficked)(?! (?:his|her|their|a|an|the|children|partners?|by him))',
      ),
      phrase(
        '(?:abused|neglected|beaten|molested) (?:as a (?:child|boy|girl|teenager)|in (?:childhood|care)|by (?:his|her|their) (?:\\w+ )?(?:father|mother|parents?|step-?\\w+|uncle|brother|carers?|teacher|priest))',
      ),
      phrase(
        '(?:history|experiences?|survivor|victim|disclosures?) of (?:childhood |early |historic(?:al)? |sexual |physical |emotional |complex |severe )+(?:abuse|trauma|neglect)|history of (?:trauma|being (?:abused|neglected|bullied))',
      ),
      phrase(
        '(?:childhood|early|complex|historic(?:al)?|developmental|significant) trauma|traumatic (?:childhood|upbringing|experiences?|past|events? in (?:his|her|their) (?:childhood|past))',
      ),
      phrase(
        '(?:suffered|experienced|endured|subjected to|exposed to|witnessed) (?:\\w+ ){0,2}(?:abuse|trauma|neglect|domestic violence|violence at home)',
      ),
      phrase('adverse childhood experiences|ACEs'),
    ],
  },
  {
    kind: 'developmentalOrFamilyHistory',
    label: 'Developmental or family history',
    guidance: [
      'Developmental, childhood and family history is usually not shared.',
      'Relapse indicators and protective factors are more useful to the panel than history.',
    ],
    patterns: [
      phrase(
        'developmental (?:history|delay|milestones|disorder|problems)|(?:delayed|late) (?:milestones|speech|walking)|(?:developmental|early|childhood) milestones',
      ),
      phrase('born prematurely|premature birth|birth (?:history|complications|trauma)|(?:difficult|traumatic) birth'),
      phrase(
        `${possessive} (?:childhood|upbringing|early (?:life|years)|school years|family background|family history)`,
      ),
      phrase(
        "(?:brought up|raised) by|grew up (?:in care|in (?:a )?children's homes?|with (?:his|her|their)|in (?:a|an) (?:\\w+ )?(?:household|home|family))|(?:taken|placed|went) into care|in care as a (?:child|teenager)|(?:looked[- ]after|foster) (?:child|placements?)",
      ),
      phrase('family history(?: of)?|familial history|family background'),
      phrase(
        `${possessive} (?:parents|mother|father|mum|dad) (?:divorced|separated|split up|were alcoholics?|drank heavily|was an? (?:alcoholic|drug user|heroin user)|left (?:when|the family)|died when|was in prison)`,
      ),
      phrase(
        '(?:excluded|expelled) from (?:primary |secondary )?school|special (?:educational needs|school)|school reports?|(?:left|leaving) school (?:at|aged|with(?:out)?)|bullied at school|statement of (?:special )?educational needs',
      ),
    ],
  },
  {
    kind: 'thirdPartyHealth',
    label: 'Someone else’s health',
    guidance: [
      'Another person’s health (a relative’s, a partner’s, a victim’s) is theirs to share, not the panel’s.',
      'Record it only if the risk needs it, and say why.',
    ],
    patterns: [
      phrase(
        `(?:${possessive}|the) ${relative}'s (?:mental health|physical health|health|illness|diagnosis|medication|condition|pregnancy|dementia|cancer|depression|disability|treatment|overdose|self-harm|suicide attempt|GP|psychiatrist)`,
      ),
      phrase(
        `(?:${possessive}|the) ${relative} (?:is|was|has been|had been) (?:\\w+ )?(?:ill|unwell|pregnant|in hospital|hospitali[sz]ed|sectioned|detained under the mental health act|receiving treatment|having treatment|under the (?:community )?mental health team|on medication|diagnosed|in a psychiatric)`,
      ),
      phrase(
        `(?:${possessive}|the) ${relative} (?:has|had|suffers from|suffered from|is being treated for|was treated for|lives with) (?:\\w+ ){0,2}(?:cancer|dementia|depression|schizophrenia|bipolar|psychosis|a mental illness|mental health (?:problems|issues|difficulties)|a learning disability|epilepsy|a heart condition|diabetes|multiple sclerosis|HIV|hepatitis|a terminal illness)`,
      ),
      phrase(`${relative} (?:attempted suicide|self-harms|took an overdose|is terminally ill)`),
    ],
  },
  {
    kind: 'therapyContent',
    label: 'Therapy content',
    guidance: [
      'What a patient says in therapy is not shared.',
      'The exception is a specific disclosure that bears directly on the risk.',
    ],
    patterns: [
      phrase(
        'therapy sessions?|session notes|in (?:therapy|counselling|psychotherapy|group work|his sessions|her sessions|their sessions)|counselling notes',
      ),
      phrase(
        'told (?:his|her|their|the) (?:therapist|psychologist|counsellor|psychiatrist|nurse|care coordinator)|disclosed (?:to (?:his|her|their|the) (?:therapist|psychologist|counsellor)|in (?:therapy|session))',
      ),
    ],
  },
];

/**
 * Flags text in a health contribution that looks beyond the minimum necessary. A prompt, not a
 * block: the representative removes the detail or says why the risk needs it.
 */
export function classifyHealthText(text: string): HealthFlag[] {
  const flags: HealthFlag[] = [];
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const m = pattern.exec(text);
      if (m) {
        flags.push({ kind: rule.kind, label: rule.label, guidance: rule.guidance, matched: m[0] });
        break;
      }
    }
  }
  return flags;
}
