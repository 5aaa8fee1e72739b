#include "models/roster/rostermodel.h"

#include "models/partnerships/programterms.h"

#include <QLocale>

namespace adesk {

int RosterModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::missingText(const QStringList &codes) {
    if (codes.isEmpty())
        return tr("nothing");
    QStringList labels;
    for (const QString &c : codes)
        labels << verification::typeLabel(verification::typeFromSql(c));
    return labels.join(tr(", "));
}

QString RosterModel::programTypeLabel(const QString &code) {
    return code.isEmpty() ? QString() : ProgramTerms::typeLabel(ProgramTerms::typeFromSql(code));
}

QVariant RosterModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.mechanicId;
    case RowVersionRole:
        return r.rowVersion;
    case SearchRole:
        return r.name + u' ' + r.email;
    case PhysicalWorkRole:
        return r.physicalWork;
    case MissingCountRole:
        return int(r.missing.size());
    case Qt::ToolTipRole:
        if (index.column() == Mechanic)
            return r.autoApproved
                       ? tr("%1\nJoined through the workshop's invitation: approved as an account; "
                            "physical work once compliance is approved.")
                             .arg(r.email)
                       : r.email;
        if (index.column() == Missing && !r.missing.isEmpty())
            return tr("Required documents not yet approved (or expired)");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BookingsAhead || index.column() == JobsThisMonth)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Mechanic:
            return r.name;
        case Tier:
            return ProgramTerms::tierLabel(r.serviceTier);
        case Compliance:
            return int(r.compliance);
        case Missing:
            return int(r.missing.size());
        case NextBooking:
            // No booking sorts last.
            return r.nextBookingAt.isValid() ? r.nextBookingAt.toSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::max();
        case BookingsAhead:
            return r.bookingsAhead;
        case Partnership:
            return programTypeLabel(r.programType);
        case JobsThisMonth:
            return r.jobsThisMonth;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Mechanic:
        return r.name;
    case Tier:
        return ProgramTerms::tierLabel(r.serviceTier);
    case Compliance:
        return r.physicalWork ? tr("%1, physical work allowed").arg(verification::statusLabel(r.compliance))
                              : verification::statusLabel(r.compliance);
    case Missing:
        return missingText(r.missing);
    case NextBooking: {
        if (!r.nextBookingAt.isValid())
            return tr("none");
        const QDateTime local = r.nextBookingAt.toTimeZone(m_zone);
        return QLocale().toString(local.date(), QStringLiteral("ddd d MMM")) + u' ' +
               QLocale().toString(local.time(), QLocale::ShortFormat);
    }
    case BookingsAhead:
        return r.bookingsAhead;
    case Partnership:
        if (r.programType.isEmpty())
            return tr("none");
        return tr("%1 (%2)").arg(programTypeLabel(r.programType), labelOf(r.partnershipStatus));
    case JobsThisMonth:
        return r.jobsThisMonth;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mechanic:
        return tr("Mechanic");
    case Tier:
        return tr("Tier");
    case Compliance:
        return tr("Compliance");
    case Missing:
        return tr("Missing documents");
    case NextBooking:
        return tr("Next booking");
    case BookingsAhead:
        return tr("Ahead");
    case Partnership:
        return tr("Partnership");
    case JobsThisMonth:
        return tr("Jobs this month");
    }
    return {};
}

void RosterModel::setRows(const QList<RosterRow> &rows, const QTimeZone &zone) {
    beginResetModel();
    m_rows = rows;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

const RosterRow *RosterModel::rowOfId(qint64 mechanicId) const {
    for (const RosterRow &r : m_rows)
        if (r.mechanicId == mechanicId)
            return &r;
    return nullptr;
}

} // namespace adesk
