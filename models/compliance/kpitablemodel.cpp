#include "models/compliance/kpitablemodel.h"

#include "models/common/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace adesk {

namespace {

QList<const char *> titles(KpiTableModel::Kind kind) {
    switch (kind) {
    case KpiTableModel::Kind::Turnaround:
        return {QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Month"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Decisions"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Median (h)"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "90th percentile (h)"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Within 48 h"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Share within 48 h")};
    case KpiTableModel::Kind::Queue:
        return {QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Week of"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Submitted"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Decided"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Pending at the end")};
    case KpiTableModel::Kind::Tiers:
        return {QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Service tier"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Mechanics"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Allowed physical work"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Compliance approved")};
    case KpiTableModel::Kind::Sessions:
        return {QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Month"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Virtual sessions"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Workshop visits"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Active mechanics")};
    case KpiTableModel::Kind::Retention:
        return {QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Month"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Active the month before"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Still active"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Retention")};
    case KpiTableModel::Kind::Bookings:
        return {QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Month"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Bookings"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Completed"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Cancelled"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "No-show"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Workshops"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Open hours"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Booked hours"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Utilization")};
    case KpiTableModel::Kind::Revenue:
        return {QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Month"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Virtual"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Physical"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Total"),
                QT_TRANSLATE_NOOP("adesk::KpiTableModel", "Events")};
    }
    return {};
}

QVariant opt(const std::optional<double> &v) {
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(const std::optional<int> &v) {
    return v ? QVariant(*v) : QVariant();
}

QString percent(const QVariant &bp) {
    if (bp.isNull())
        return QStringLiteral("—");
    return QLocale().toString(bp.toDouble() / 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

KpiTableModel::KpiTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind) {}

void KpiTableModel::setReport(const kpi::Report &report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Turnaround:
        return int(m_report.turnaround.size());
    case Kind::Queue:
        return int(m_report.queue.size());
    case Kind::Tiers:
        return int(m_report.tiers.size());
    case Kind::Sessions:
        return int(m_report.sessions.size());
    case Kind::Retention:
        return int(m_report.retention.size());
    case Kind::Bookings:
        return int(m_report.bookings.size());
    case Kind::Revenue:
        return int(m_report.revenue.size());
    }
    return 0;
}

int KpiTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(titles(m_kind).size());
}

QString KpiTableModel::tierLabel(const QString &tier) {
    if (tier == u"virtual_only")
        return tr("Virtual only");
    if (tier == u"workshop_affiliated")
        return tr("Workshop-affiliated");
    if (tier == u"licensed_mobile")
        return tr("Licensed mobile");
    return tier;
}

QVariant KpiTableModel::raw(int row, int column) const {
    switch (m_kind) {
    case Kind::Turnaround: {
        const kpi::Turnaround &t = m_report.turnaround.at(row);
        const QVariantList v{t.bucket,        t.decisions,    opt(t.medianHours),
                             opt(t.p90Hours), t.withinTarget, opt(t.withinTargetBp)};
        return v.value(column);
    }
    case Kind::Queue: {
        const kpi::QueuePoint &p = m_report.queue.at(row);
        return QVariantList{p.bucket, p.submitted, p.decided, p.pendingAtEnd}.value(column);
    }
    case Kind::Tiers: {
        const kpi::TierCount &t = m_report.tiers.at(row);
        return QVariantList{t.tier, t.mechanics, t.physicalWork, t.complianceApproved}.value(column);
    }
    case Kind::Sessions: {
        const kpi::Sessions &s = m_report.sessions.at(row);
        return QVariantList{s.bucket, s.virtualSessions, s.workshopVisits, s.activeMechanics}.value(column);
    }
    case Kind::Retention: {
        const kpi::Retention &r = m_report.retention.at(row);
        return QVariantList{r.bucket, r.previousActive, r.retained, opt(r.retentionBp)}.value(column);
    }
    case Kind::Bookings: {
        const kpi::Bookings &b = m_report.bookings.at(row);
        return QVariantList{b.bucket,    b.bookings,    b.completed,     b.cancelled,         b.noShow,
                            b.workshops, b.openMinutes, b.bookedMinutes, opt(b.utilizationBp)}
            .value(column);
    }
    case Kind::Revenue: {
        const kpi::Revenue &r = m_report.revenue.at(row);
        return QVariantList{r.month, r.virtualCents, r.physicalCents, r.totalCents(), r.events}.value(column);
    }
    }
    return {};
}

QString KpiTableModel::text(int row, int column) const {
    const QVariant v = raw(row, column);
    const QLocale locale;
    if (column == 0) {
        if (m_kind == Kind::Tiers)
            return tierLabel(v.toString());
        if (m_kind == Kind::Queue)
            return locale.toString(v.toDate(), QLocale::ShortFormat);
        return locale.toString(v.toDate(), QStringLiteral("MMMM yyyy"));
    }
    if (v.isNull())
        return QStringLiteral("—");
    switch (m_kind) {
    case Kind::Turnaround:
        if (column == 2 || column == 3)
            return locale.toString(v.toDouble(), 'f', 1);
        if (column == 5)
            return percent(v);
        break;
    case Kind::Retention:
        if (column == 3)
            return percent(v);
        break;
    case Kind::Bookings:
        if (column == 6 || column == 7)
            return locale.toString(v.toDouble() / 60.0, 'f', 1);
        if (column == 8)
            return percent(v);
        break;
    case Kind::Revenue:
        if (column >= 1 && column <= 3)
            return Money::fromCents(v.toLongLong()).toString(locale);
        break;
    default:
        break;
    }
    return locale.toString(v.toLongLong());
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::UserRole:
        return raw(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QList<const char *> t = titles(m_kind);
    if (section < 0 || section >= t.size())
        return {};
    return QCoreApplication::translate("adesk::KpiTableModel", t.at(section));
}

} // namespace adesk
