import type { Budget } from '../../src/generated/ast.js';
import type { ReportView } from '../../src/report/report-model.js';
import { buildReportModel } from '../../src/report/report-model.js';
import { brik, budget, parse } from '../brik-test-services.js';

/** The report model of a budget built from the given members. */
export async function modelOf(members: string, header?: string, view?: ReportView) {
    const document = await parse(budget(members, header), { validation: true });
    return buildReportModel(brik.evaluation.Evaluator, document.parseResult.value as Budget, view);
}

export const MEDICIN = `område "Sundhedsområdet" {
  tema "1.6" "Medicin og lægelige artikler" {
    brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent
    brik "Bedre indkøb" omstilling drift -3.4 permanent { kategori eff }
    brik "Fællesregional handleplan" uomgængelig 0.9 drift 2024: 1.8 { virksomhed "Digitalisering og IT" }
  }
}
finansiering "Råderum fra Økonomiaftale, drift" drift -111 permanent`;

/**
 * A capital-only catalogue, an investeringsoversigt in miniature (figures from seed 003's
 * "Investeringsoversigt for Sundhedsområdet 2023 til 2026", 1.000 kr.): anlæg and nothing else.
 */
export const INVESTERINGER = `område "Sundhedsområdet" {
  tema "IT og digitalisering" {
    brik "IT-investeringer" anlæg 2023..2026: 15_000
  }
  tema "Fælles puljer" {
    brik "APV (arbejdsmiljøforbedringer)" anlæg 2023..2026: 3_500
    brik "Drift med engangskarakter" anlæg 2023: 15_000
  }
}`;

export const INVESTERINGER_HEADER = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026';
