#pragma once

#include "app/batchcommands.h"
#include "models/earnings/earningstypes.h"

#include <QDate>
#include <QStringList>

class QTextStream;

namespace adesk {

/// `autodoctor-desk charges --month YYYY-MM`: the month's bay-rental and membership charges of every
/// active partnership, billed by the database (desk.run_partnership_charges: hours used from the
/// bookings, the agreement's frozen terms), one line per charge billed and a total. Idempotent per
/// partnership and month: a second run bills nothing new and says so. Needs a finance login (or
/// the platform service's).
class ChargesCommand {
public:
    /// Parses ctx.args, runs the month's charges and prints to @p out / @p err. Exit code: 0 done,
    /// 1 the database refused or failed, 2 bad arguments.
    static int run(const BatchContext &ctx, QTextStream &out, QTextStream &err);
    /// "2025-06" → 2025-06-01; invalid for anything else.
    static QDate parseMonth(const QString &text);
    /// The lines printed for @p charges of @p month: one per charge billed by this run (a bay rental
    /// without bookings bills nothing and gets no line), then the total (or that nothing new was
    /// billed, with what earlier runs billed).
    static QStringList report(const QDate &month, const QList<PartnershipCharge> &charges);
};

} // namespace adesk
