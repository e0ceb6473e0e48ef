import type { BrikKeywordNames } from '../../src/generated/ast.js';

const HEADER = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027';
const inBudget = (members: string, header = HEADER) => `budget "Test" {\n  ${header}\n${members}\n}\n`;

/**
 * A clean text for every keyword of the grammar, that uses it: typed by the generated keyword
 * names, so that a keyword added to brik.langium does not type-check until it has a sample here.
 * `keyword-coverage.test.ts` reads each with the fast parser, and `test/editors` checks that the
 * TextMate grammar colours each word.
 */
export const KEYWORD_SAMPLES = {
    'budget': inBudget('  brik "A" drift 1'),
    'fragment': 'fragment "F" {\n  enhed mio. kr.\n  brik "A" drift 1\n}\n',
    '{': inBudget('  tema "T" {\n    brik "A" drift 1\n  }'),
    '}': inBudget('  tema "T" {\n    brik "A" drift 1\n  }'),
    'enhed': inBudget('  brik "A" drift 1'),
    'mio.': inBudget('  brik "A" drift 1'),
    'kr.': inBudget('  brik "A" drift 1', 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2027'),
    'prisniveau': inBudget('  brik "A" drift 1'),
    'år': inBudget('  brik "A" drift 1'),
    'aar': inBudget('  brik "A" drift 1', 'enhed mio. kr.\n  prisniveau 2023\n  aar 2024..2027'),
    '..': inBudget('  brik "A" drift 1..2'),
    'prisindeks': inBudget('  prisindeks {\n    2023: 100\n    2024: 103,1\n  }\n  brik "A" drift 1'),
    ':': inBudget('  brik "A" drift 2024: 1, 2025: 2'),
    ',': inBudget('  brik "A" drift 2024: 1, 2025: 2'),
    'område': inBudget('  område "O" {\n    brik "A" drift 1\n  }'),
    'omraade': inBudget('  omraade "O" {\n    brik "A" drift 1\n  }'),
    'tema': inBudget('  tema "1" "T" {\n    brik "A" drift 1\n  }'),
    'brik': inBudget('  brik "A" drift 1'),
    'finansiering': inBudget('  finansiering "F" drift -1\n  brik "A" drift 2 { finansiering -1 }'),
    'drift': inBudget('  brik "A" drift 1 permanent'),
    'etablering': inBudget('  brik "A" etablering 2024: 1'),
    'anlæg': inBudget('  brik "A" anlæg 2024: 1'),
    'anlaeg': inBudget('  brik "A" anlaeg 2024: 1'),
    'årsværk': inBudget('  brik "A" årsværk 2'),
    'aarsvaerk': inBudget('  brik "A" aarsvaerk 2'),
    'permanent': inBudget('  brik "A" drift 1 permanent'),
    'tidligere': inBudget('  brik "A" anlæg tidligere: 3, 2024: 1, efterfølgende: 2'),
    'efterfølgende': inBudget('  brik "A" anlæg tidligere: 3, 2024: 1, efterfølgende: 2'),
    'efterfoelgende': inBudget('  brik "A" anlæg 2024: 1, efterfoelgende: 2'),
    '–': inBudget('  brik "A" drift 1 – 2'),
    '—': inBudget('  brik "A" drift 1 — 2'),
    'omstilling': inBudget('  brik "A" omstilling drift -1'),
    'uomgængelig': inBudget('  brik "A" uomgængelig 0.5 drift 1'),
    'uomgaengelig': inBudget('  brik "A" uomgaengelig drift 1'),
    'politisk': inBudget('  brik "A" politisk drift 1'),
    'virksomhed': inBudget('  brik "A" {\n    virksomhed "V"\n    drift 1\n  }'),
    'note': inBudget('  brik "A" {\n    note "N"\n    drift 1\n  }'),
    'kategori': inBudget('  brik "A" omstilling {\n    kategori eff, bao\n    drift -1\n  }'),
    'total': inBudget('  tema "T" {\n    brik "A" drift 1\n    total 1\n  }'),
    'opdrift': inBudget('  tema "T" {\n    brik "A" drift 1\n    total opdrift 1\n  }'),
    'netto': inBudget('  tema "T" {\n    brik "A" drift 1\n    total netto 2024: 1\n  }'),
    'samlet': inBudget('  brik "A" {\n    anlæg 2024: 1\n    total anlæg samlet: 1\n  }'),
    'inkluder': inBudget('  inkluder "del.brik"'),
    'scenarie': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    niveau min\n    medtag "A"\n  }'),
    'niveau': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    niveau max\n    medtag alle\n  }'),
    'min': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    niveau min\n    medtag "A"\n  }'),
    'max': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    niveau max\n    medtag alle\n  }'),
    'midt': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    niveau midt\n    medtag "A"\n  }'),
    'medtag': inBudget('  tema "T" {\n    brik "A" drift 1\n  }\n  scenarie "S" {\n    medtag tema "T"\n  }'),
    'alle': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    medtag alle\n    fravælg "A"\n  }'),
    'fravælg': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    medtag alle\n    fravælg "A"\n  }'),
    'fravaelg': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    medtag alle\n    fravaelg "A"\n  }'),
    'ramme': inBudget('  brik "A" drift 1\n  scenarie "S" {\n    medtag alle\n    ramme 5\n  }'),
    'i': inBudget('  tema "1" {\n    brik "A" drift 1\n  }\n  tema "2" {\n    brik "A" drift 2\n  }\n  scenarie "S" {\n    medtag "A" i tema "2"\n  }')
} satisfies Record<BrikKeywordNames, string>;
