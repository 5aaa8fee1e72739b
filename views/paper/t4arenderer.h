#pragma once

#include "models/tax/t4areturn.h"

#include <QByteArray>
#include <QString>

namespace adesk {

/// Which copy of a T4A slip is printed.
enum class T4ASlipCopy {
    /// What the recipient gets: two identical slips on one Letter page, as CRA asks for paper
    /// copies ("print the two T4A slips that you have to give to each recipient on one sheet"; the
    /// recipient gets two copies by mail or in person, or one copy electronically with consent).
    /// CRA: "For security purposes, do not print your account number (box 061) on these copies":
    /// box 061 is printed, empty. The SIN (box 012) shows its last three digits only and the BN
    /// (box 013) likewise ("*** *** 286", "********* 001"), as this renderer has always done and
    /// as the Government of Canada's own T4A recipient copies do (truncated SIN).
    Recipient,
    /// The payer's record copy: one slip, box 061, SIN and BN in full.
    Payer,
};

/// Renders T4A slips and the T4A Summary to PDF (QPdfWriter/QPainter, QtGui only, thread-safe
/// with a QGuiApplication alive), laid out like CRA's forms T4A and T4ASUM on Letter paper (CRA's
/// forms are Letter): tinted boxes with their CRA box (line) numbers beside the entry, amounts
/// right-aligned with their cents and without a dollar sign on slips (CRA: "Do not enter the dollar
/// sign"), "Protected B when completed / Protégé B une fois rempli".
///
/// A slip is in the recipient's language (French for Quebec recipients and French speakers: box
/// labels, notes, number format), from an explicit bilingual string table whatever the UI
/// language; like CRA's bilingual form, its title and the Protected B line carry both languages,
/// the recipient's first. The Summary is in the payer's language (T4APayer::language E | F), its
/// title and certification in both, the payer's first; it shows the totals lines of CRA's T4ASUM
/// (088, 016, 018, 020, 024, 048, 101, 022, 082, difference, 084, 086; the ones this platform
/// does not use are left blank as CRA asks), the contact person (076, 078), the certification
/// block and the due date (T4ARules::filingDueDate). Amended slips say AMENDED / MODIFIÉ;
/// cancelled slips CANCELLED / ANNULÉ.
class T4ARenderer {
public:
    static QByteArray renderSlip(const T4ASlipData &slip, const T4APayer &payer, int taxYear,
                                 T4ASlipCopy copy = T4ASlipCopy::Recipient);
    static QByteArray renderSummary(const T4AReturnData &data);
    /// The same Summary for @p header's payer and year, stating @p totals (a return streamed a page
    /// at a time, issue 19: header.slips is not read).
    static QByteArray renderSummary(const T4AReturnData &header, const T4ASummaryTotals &totals);
    /// The string @p key in @p language ("en" | "fr").
    static QString text(const char *key, const QString &language);
    /// An amount as a slip prints it: "1,234.56" (en) / "1 234,56" (fr), no currency sign.
    static QString slipAmount(qint64 cents, const QString &language);
    /// "2025_T4A_M12_smith.pdf"
    static QString slipFileName(const T4ASlipData &slip, int taxYear);
    static QString summaryFileName(int taxYear);
};

} // namespace adesk
