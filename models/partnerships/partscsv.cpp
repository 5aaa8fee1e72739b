#include "models/partnerships/partscsv.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace adesk {

QStringList PartsCsv::splitLine(const QString &line, QChar separator) {
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    cur += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            out << cur.trimmed();
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur.trimmed();
    return out;
}

struct PartsCsv::Table {
    QHash<QString, int> columns;
    QList<QPair<qint64, QStringList>> lines; ///< line number, fields
    QString error;
};

namespace {

using Table = PartsCsv::Table;

Table readTable(const QString &text, const QStringList &required) {
    Table t;
    QStringList lines = text.split(u'\n');
    int headerAt = -1;
    QChar sep = u',';
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i);
        if (l.endsWith(u'\r'))
            l.chop(1);
        if (l.startsWith(QChar(0xfeff)))
            l.remove(0, 1);
        if (l.trimmed().isEmpty())
            continue;
        if (headerAt < 0) {
            sep = l.count(u';') > l.count(u',') ? u';' : u',';
            const QStringList h = PartsCsv::splitLine(l, sep);
            for (int c = 0; c < h.size(); ++c)
                t.columns.insert(h.at(c).toLower().replace(u' ', u'_'), c);
            headerAt = i;
            continue;
        }
        t.lines.append({i + 1, PartsCsv::splitLine(l, sep)});
    }
    QStringList missing;
    for (const QString &r : required)
        if (!t.columns.contains(r))
            missing << r;
    if (headerAt < 0)
        t.error = PartsCsv::tr("The file is empty.");
    else if (!missing.isEmpty())
        t.error =
            PartsCsv::tr("The header row lacks the column(s): %1.").arg(missing.join(QStringLiteral(", ")));
    return t;
}

Table readTable(const CsvRecords &records, const QStringList &required) {
    Table t;
    for (int c = 0; c < records.header.size(); ++c)
        t.columns.insert(records.header.at(c).trimmed().toLower().replace(u' ', u'_'), c);
    for (int i = 0; i < records.rows.size(); ++i) {
        QStringList fields = records.rows.at(i);
        bool blank = true;
        for (QString &f : fields) {
            f = f.trimmed();
            blank = blank && f.isEmpty();
        }
        if (!blank)
            t.lines.append({records.lines.value(i, i + 2), fields});
    }
    QStringList missing;
    for (const QString &r : required)
        if (!t.columns.contains(r))
            missing << r;
    if (records.header.isEmpty())
        t.error = PartsCsv::tr("The file is empty.");
    else if (!missing.isEmpty())
        t.error =
            PartsCsv::tr("The header row lacks the column(s): %1.").arg(missing.join(QStringLiteral(", ")));
    return t;
}

QString field(const Table &t, const QStringList &f, const QString &name) {
    const int c = t.columns.value(name, -1);
    return c >= 0 && c < f.size() ? f.at(c) : QString();
}

bool money(const QString &s, qint64 *cents) {
    // "125,00 $" / "1 234,56" are French amounts (decimal comma); "1,234.56" / "89.95" English.
    static const QRegularExpression decimalComma(QStringLiteral("^[^.]*,\\d{1,2}\\s*\\$?\\s*$"));
    const bool french = decimalComma.match(s.trimmed()).hasMatch();
    const auto m = Money::parse(s, french ? QLocale(QLocale::French, QLocale::Canada)
                                          : QLocale(QLocale::English, QLocale::Canada));
    if (!m || m->isNegative())
        return false;
    *cents = m->cents();
    return true;
}

bool date(const QString &s, QDate *d) {
    if (s.isEmpty()) {
        *d = QDate();
        return true;
    }
    *d = QDate::fromString(s, Qt::ISODate);
    return d->isValid();
}

const QStringList kPartColumns = {QStringLiteral("part_number"), QStringLiteral("part_name"),
                                  QStringLiteral("wholesale"), QStringLiteral("retail")};
const QStringList kLabourColumns = {QStringLiteral("service_category"), QStringLiteral("rate_per_hour")};

} // namespace

PartsCsv::Parsed<PartRow> PartsCsv::parseParts(const QString &text) {
    return parts(readTable(text, kPartColumns));
}

PartsCsv::Parsed<PartRow> PartsCsv::parseParts(const CsvRecords &records) {
    return parts(readTable(records, kPartColumns));
}

PartsCsv::Parsed<LabourRateRow> PartsCsv::parseLabourRates(const QString &text) {
    return labourRates(readTable(text, kLabourColumns));
}

PartsCsv::Parsed<LabourRateRow> PartsCsv::parseLabourRates(const CsvRecords &records) {
    return labourRates(readTable(records, kLabourColumns));
}

PartsCsv::Parsed<PartRow> PartsCsv::parts(const Table &t) {
    Parsed<PartRow> out;
    if (!t.error.isEmpty()) {
        out.errors << t.error;
        return out;
    }
    for (const auto &[n, f] : t.lines) {
        PartRow r;
        r.partNumber = field(t, f, QStringLiteral("part_number"));
        r.partName = field(t, f, QStringLiteral("part_name"));
        r.category = field(t, f, QStringLiteral("category"));
        QStringList problems;
        if (r.partNumber.isEmpty() || r.partName.isEmpty())
            problems << tr("part number and name are required");
        if (!money(field(t, f, QStringLiteral("wholesale")), &r.wholesaleCents))
            problems << tr("wholesale price \"%1\" is not an amount")
                            .arg(field(t, f, QStringLiteral("wholesale")));
        if (!money(field(t, f, QStringLiteral("retail")), &r.retailCents))
            problems << tr("retail price \"%1\" is not an amount").arg(field(t, f, QStringLiteral("retail")));
        else if (r.retailCents < r.wholesaleCents)
            problems << tr("retail price is below wholesale");
        const QString lead = field(t, f, QStringLiteral("lead_time_days"));
        bool ok = true;
        r.leadTimeDays = lead.isEmpty() ? 0 : lead.toInt(&ok);
        if (!ok || r.leadTimeDays < 0 || r.leadTimeDays > 365)
            problems << tr("lead time \"%1\" is not a number of days").arg(lead);
        if (!date(field(t, f, QStringLiteral("valid_from")), &r.validFrom) ||
            !date(field(t, f, QStringLiteral("valid_until")), &r.validUntil))
            problems << tr("dates must be written YYYY-MM-DD");
        if (problems.isEmpty())
            out.rows << r;
        else
            out.errors << tr("Line %1: %2.").arg(n).arg(problems.join(QStringLiteral("; ")));
    }
    return out;
}

PartsCsv::Parsed<LabourRateRow> PartsCsv::labourRates(const Table &t) {
    Parsed<LabourRateRow> out;
    if (!t.error.isEmpty()) {
        out.errors << t.error;
        return out;
    }
    for (const auto &[n, f] : t.lines) {
        LabourRateRow r;
        r.serviceCategory = field(t, f, QStringLiteral("service_category"));
        QStringList problems;
        if (r.serviceCategory.isEmpty())
            problems << tr("service category is required");
        if (!money(field(t, f, QStringLiteral("rate_per_hour")), &r.ratePerHourCents) ||
            r.ratePerHourCents == 0)
            problems << tr("hourly rate \"%1\" is not a positive amount")
                            .arg(field(t, f, QStringLiteral("rate_per_hour")));
        const QString mr = field(t, f, QStringLiteral("mechanic_rate"));
        if (!mr.isEmpty() && !money(mr, &r.mechanicRateCents))
            problems << tr("mechanic rate \"%1\" is not an amount").arg(mr);
        const QString pc = field(t, f, QStringLiteral("mechanic_commission_percent"));
        if (!pc.isEmpty()) {
            // Percent with up to two decimals → basis points, without floating point.
            const QString norm = QString(pc).remove(u'%').replace(u',', u'.').trimmed();
            const QStringList parts = norm.split(u'.');
            bool okWhole = false;
            bool okFrac = true;
            const int whole = parts.value(0).toInt(&okWhole);
            const QString frac = parts.size() > 1 ? parts.at(1) : QString();
            const int fracBp = frac.isEmpty() ? 0 : frac.leftJustified(2, u'0').toInt(&okFrac);
            if (!okWhole || !okFrac || parts.size() > 2 || frac.size() > 2 || whole < 0 || whole > 100)
                problems << tr("commission \"%1\" is not a percentage").arg(pc);
            else
                r.mechanicCommissionBp = whole * 100 + fracBp;
        }
        if (!date(field(t, f, QStringLiteral("valid_from")), &r.validFrom) ||
            !date(field(t, f, QStringLiteral("valid_until")), &r.validUntil))
            problems << tr("dates must be written YYYY-MM-DD");
        if (problems.isEmpty())
            out.rows << r;
        else
            out.errors << tr("Line %1: %2.").arg(n).arg(problems.join(QStringLiteral("; ")));
    }
    return out;
}

} // namespace adesk
