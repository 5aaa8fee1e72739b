#pragma once

#include "models/tax/t4areturn.h"

#include <QByteArray>
#include <QString>

namespace adesk {

/// Renders T4A recipient slips and the T4A Summary to PDF (QPdfWriter/QPainter, QtGui only,
/// thread-safe with a QGuiApplication alive). A slip is in the recipient's language (French for
/// Quebec recipients and French speakers), from an explicit bilingual string table whatever the
/// UI language; the summary is in the payer's language (T4APayer::language E | F). The SIN on the
/// recipient's copy is truncated to its last three digits, as CRA allows for recipient copies.
/// Amended slips say AMENDED / MODIFIÉ; cancelled slips CANCELLED / ANNULÉ.
class T4ARenderer {
public:
    static QByteArray renderSlip(const T4ASlipData &slip, const T4APayer &payer, int taxYear);
    static QByteArray renderSummary(const T4AReturnData &data);
    /// The string @p key in @p language ("en" | "fr").
    static QString text(const char *key, const QString &language);
    /// "2025_T4A_M12_smith.pdf"
    static QString slipFileName(const T4ASlipData &slip, int taxYear);
    static QString summaryFileName(int taxYear);
};

} // namespace adesk
