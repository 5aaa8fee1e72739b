#pragma once

#include "models/partnerships/partnershiptypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace adesk {

/// Renders a partnership agreement to PDF (QPdfWriter through a paginated QTextDocument; QtGui
/// only): both parties, the program and its version, the frozen terms (prices, the split of a job,
/// each share with the clause it comes from, and the $500 worked example, membership), the
/// eligibility, the program's own rich-text terms, the dates and the acceptance of each side. The
/// split's numbers are data: @p example is the database's split of the agreement's frozen terms
/// (PartnershipRepository::agreementExample, desk.calculate_revenue_split, the same core that posts
/// the agreement's jobs to the ledger), fetched by the caller; the renderer computes none. The
/// document is written in @p language ("fr" or "en"), whatever the interface language — French
/// first for a Quebec mechanic (the agreement's own language), the other one on request. Needs a
/// QGuiApplication (fonts); call off the GUI thread.
class AgreementRenderer {
    Q_DECLARE_TR_FUNCTIONS(adesk::AgreementRenderer)
public:
    static QByteArray render(const AgreementRow &agreement, const SplitExample &example,
                             const QString &language = {});
    /// The HTML that render() paginates (tests and the print preview use it too).
    static QString html(const AgreementRow &agreement, const SplitExample &example, const QString &language);
    /// "entente-partenariat-12-fr.pdf" / "partnership-agreement-12-en.pdf".
    static QString fileName(const AgreementRow &agreement, const QString &language = {});
};

} // namespace adesk
