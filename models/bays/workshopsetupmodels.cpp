#include "models/bays/workshopsetupmodels.h"

#include "models/common/localtime.h"
#include "models/common/money.h"

#include <QLocale>

#include <algorithm>

namespace adesk {

namespace {
QString dayName(int weekday) {
    return QLocale().standaloneDayName(weekday, QLocale::LongFormat);
}
} // namespace

// ---- Bays -------------------------------------------------------------------------------------

BaySetupModel::BaySetupModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int BaySetupModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BaySetupModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BaySetupModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BaySetup &b = m_rows.at(index.row());
    const bool inService = !b.outOfServiceFrom.isValid() || b.outOfServiceFrom > m_today;
    if (role == IdRole)
        return b.id;
    if (role == VersionRole)
        return b.version;
    if (role == InServiceRole)
        return inService && b.active;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == BufferColumn || index.column() == RateColumn || index.column() == SortColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return b.name;
    case TypeColumn:
        return labelOf(b.type);
    case CapabilitiesColumn: {
        QStringList labels;
        for (BayCapability c : b.capabilities)
            labels << labelOf(c);
        return labels.isEmpty() ? tr("—") : labels.join(QStringLiteral(", "));
    }
    case BufferColumn:
        return tr("%1 min").arg(b.bufferMinutes);
    case RateColumn:
        return tr("%1/h").arg(Money::fromCents(b.hourlyRateCents).toString(locale));
    case SortColumn:
        return b.sortOrder;
    case ServiceColumn:
        if (!b.outOfServiceFrom.isValid())
            return b.active ? tr("In service") : tr("Out of service");
        if (b.outOfServiceFrom <= m_today)
            return tr("Out of service since %1")
                .arg(locale.toString(b.outOfServiceFrom, QLocale::ShortFormat));
        return tr("Out of service from %1").arg(locale.toString(b.outOfServiceFrom, QLocale::ShortFormat));
    }
    return {};
}

QVariant BaySetupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Bay");
    case TypeColumn:
        return tr("Type");
    case CapabilitiesColumn:
        return tr("Equipment");
    case BufferColumn:
        return tr("Buffer");
    case RateColumn:
        return tr("Rate");
    case SortColumn:
        return tr("Order");
    case ServiceColumn:
        return tr("Service");
    }
    return {};
}

void BaySetupModel::setSetup(const WorkshopSetup &setup) {
    beginResetModel();
    m_rows = setup.bays;
    m_today = setup.today;
    endResetModel();
}

const BaySetup *BaySetupModel::bayAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BaySetupModel::rowOf(qint64 id) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

// ---- Opening hours ----------------------------------------------------------------------------

OpeningHoursModel::OpeningHoursModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int OpeningHoursModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpeningHoursModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QList<OpeningHoursModel::Period> OpeningHoursModel::periodsOf(const QList<HoursRow> &hours) {
    QList<Period> out;
    for (int day = 1; day <= 7; ++day) {
        QList<Period> periods;
        for (const HoursRow &h : hours) {
            if (h.weekday != day)
                continue;
            auto it = std::find_if(periods.begin(), periods.end(), [&](const Period &p) {
                return p.from == h.effectiveFrom && p.until == h.effectiveUntil;
            });
            if (it == periods.end()) {
                periods.append({day, h.effectiveFrom, h.effectiveUntil, {}});
                it = periods.end() - 1;
            }
            it->shifts.append(h.shift);
        }
        std::sort(periods.begin(), periods.end(), [](const Period &a, const Period &b) {
            // A null "from" (since always) first.
            return a.from.isValid() != b.from.isValid() ? !a.from.isValid() : a.from < b.from;
        });
        // A gap (closed since a date, no row) shows as a closed period after the last one.
        if (periods.isEmpty())
            periods.append({day, {}, {}, {}});
        else if (periods.last().until.isValid())
            periods.append({day, periods.last().until, {}, {}});
        for (Period &p : periods)
            std::sort(p.shifts.begin(), p.shifts.end(),
                      [](const Shift &a, const Shift &b) { return a.opens < b.opens; });
        out.append(periods);
    }
    return out;
}

QVariant OpeningHoursModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Period &p = m_rows.at(index.row());
    if (role == WeekdayRole)
        return p.weekday;
    if (role == EffectiveFromRole)
        return p.from;
    if (role == ShiftsTextRole)
        return workshopsetup::formatShifts(p.shifts);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DayColumn:
        return dayName(p.weekday);
    case ShiftsColumn: {
        if (p.shifts.isEmpty())
            return tr("Closed");
        QStringList parts;
        for (const Shift &s : p.shifts)
            parts << tr("%1–%2").arg(LocalTime::shortTime(locale, s.opens),
                                     LocalTime::shortTime(locale, s.closes));
        return parts.join(QStringLiteral(", "));
    }
    case FromColumn:
        return p.from.isValid() ? locale.toString(p.from, QLocale::ShortFormat) : tr("Now");
    case UntilColumn:
        return p.until.isValid() ? locale.toString(p.until.addDays(-1), QLocale::ShortFormat)
                                 : tr("Until changed");
    }
    return {};
}

QVariant OpeningHoursModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case ShiftsColumn:
        return tr("Shifts");
    case FromColumn:
        return tr("From");
    case UntilColumn:
        return tr("Through");
    }
    return {};
}

void OpeningHoursModel::setSetup(const WorkshopSetup &setup) {
    beginResetModel();
    m_rows = periodsOf(setup.hours);
    // "Since always" and rows that started before today read as "now".
    for (Period &p : m_rows) {
        if (p.from.isValid() && p.from <= setup.today)
            p.from = {};
    }
    endResetModel();
}

const OpeningHoursModel::Period *OpeningHoursModel::periodAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

// ---- Closures ---------------------------------------------------------------------------------

ClosureSetupModel::ClosureSetupModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ClosureSetupModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClosureSetupModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosureSetupModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClosureSetup &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == VersionRole)
        return c.version;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    auto local = [&](const QDateTime &t) {
        const QDateTime l = t.toTimeZone(m_zone.isValid() ? m_zone : QTimeZone::utc());
        return locale.toString(l.date(), QLocale::ShortFormat) + u' ' +
               LocalTime::shortTime(locale, l.time());
    };
    switch (index.column()) {
    case KindColumn:
        return labelOf(c.kind);
    case WhereColumn: {
        if (!c.bayId)
            return tr("Whole workshop");
        for (const BaySetup &b : m_bays) {
            if (b.id == c.bayId)
                return b.name;
        }
        return QString::number(c.bayId);
    }
    case StartColumn:
        return local(c.start);
    case EndColumn:
        return local(c.end);
    case ReasonColumn:
        return c.reason;
    }
    return {};
}

QVariant ClosureSetupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case WhereColumn:
        return tr("Applies to");
    case StartColumn:
        return tr("From");
    case EndColumn:
        return tr("Until");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

void ClosureSetupModel::setSetup(const WorkshopSetup &setup) {
    beginResetModel();
    m_rows = setup.closures;
    m_bays = setup.bays;
    m_zone = setup.zone;
    endResetModel();
}

const ClosureSetup *ClosureSetupModel::closureAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace adesk
