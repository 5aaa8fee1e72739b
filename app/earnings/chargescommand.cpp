// `autodoctor-desk charges --month YYYY-MM` (README, "Batch commands").
#include "app/earnings/chargescommand.h"

#include "models/common/money.h"
#include "models/core/dbexecutor.h"
#include "models/earnings/earningsrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace adesk {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("adesk::ChargesCommand", text, disambiguation, n);
}

QString hours(int minutes) {
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QDate ChargesCommand::parseMonth(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

QStringList ChargesCommand::report(const QDate &month, const QList<PartnershipCharge> &charges) {
    const QString ym = month.toString(QStringLiteral("yyyy-MM"));
    QStringList lines;
    qint64 newCents = 0, earlierCents = 0;
    int newCount = 0, earlierCount = 0;
    for (const PartnershipCharge &c : charges) {
        if (!c.chargeId)
            continue; // run for the month, nothing to bill (no bay used)
        if (!c.created) {
            ++earlierCount;
            earlierCents += c.amountCents;
            continue;
        }
        ++newCount;
        newCents += c.amountCents;
        const QString who = tr("partnership %1 (%2 at %3, %4)")
                                .arg(c.partnershipId)
                                .arg(c.mechanicName, c.workshopName, c.programName);
        lines << (c.kind == EventType::BayRental
                      ? tr("charges: %1 %2: bay rental #%3, %4 (%5 h of bookings)")
                            .arg(ym, who)
                            .arg(c.chargeId)
                            .arg(Money::fromCents(c.amountCents).toString(), hours(c.minutesUsed))
                      : tr("charges: %1 %2: membership #%3, %4 (%5 h of bookings)")
                            .arg(ym, who)
                            .arg(c.chargeId)
                            .arg(Money::fromCents(c.amountCents).toString(), hours(c.minutesUsed)));
    }
    if (newCount == 0)
        lines << tr("charges: %1: nothing new was billed (%n charge(s) billed by earlier runs, %2)", nullptr,
                    earlierCount)
                     .arg(ym, Money::fromCents(earlierCents).toString());
    else
        lines << tr("charges: %1: %n charge(s) billed, total %2", nullptr, newCount)
                     .arg(ym, Money::fromCents(newCents).toString());
    return lines;
}

int ChargesCommand::run(const BatchContext &ctx, QTextStream &out, QTextStream &err) {
    QDate month;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == u"--month" && i + 1 < ctx.args.size()) {
            month = parseMonth(ctx.args[++i]);
            if (!month.isValid()) {
                err << tr("charges: --month takes YYYY-MM, not '%1'").arg(ctx.args[i]) << Qt::endl;
                return 2;
            }
        } else if (a != u"charges") {
            err << tr("charges: unknown argument '%1'").arg(a) << Qt::endl;
            return 2;
        }
    }
    if (!month.isValid()) {
        err << tr("Usage: charges --month YYYY-MM") << Qt::endl;
        return 2;
    }
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("charges")), 1);
    const Result<QList<PartnershipCharge>> r =
        exec.run<QList<PartnershipCharge>>(
                [month](QSqlDatabase &db) { return EarningsRepository::runPartnershipCharges(db, month); })
            .result();
    if (!r.ok()) {
        err << "charges: " << r.error().userMessage() << Qt::endl;
        return 1;
    }
    for (const QString &line : report(month, r.value()))
        out << line << Qt::endl;
    return 0;
}

// `autodoctor-desk charges --month YYYY-MM`
int runCharges(const BatchContext &ctx) {
    return ChargesCommand::run(ctx, batchOut(), batchErr());
}

} // namespace adesk
