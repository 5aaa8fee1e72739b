#include "models/routing/directorymodel.h"

#include "models/routing/candidatemodel.h"

#include <QLocale>

namespace adesk {

int DirectoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DirectoryRow &r = m_rows.at(index.row());
    if (role == WorkshopIdRole)
        return r.workshopId;
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case Mechanics:
            return r.mechanics;
        case AvailableNow:
            return r.availableMechanics;
        case Rating:
            return r.averageRatingBp;
        case Sessions:
            return r.sessionsCompleted;
        case Response:
            return r.averageResponseSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Mechanics ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case City:
        return r.city;
    case Province:
        return r.province;
    case Routing:
        return CandidateModel::routingTypeText(r.routingType);
    case Mechanics:
        return r.mechanics;
    case AvailableNow:
        return r.availableMechanics;
    case Rating:
        return r.averageRatingBp < 0 ? tr("Not rated") : locale.toString(r.averageRatingBp / 10000.0, 'f', 1);
    case Sessions:
        return locale.toString(r.sessionsCompleted);
    case Response:
        return r.averageResponseSeconds < 0 ? QString()
                                            : AnalyticsModel::durationText(r.averageResponseSeconds);
    }
    return {};
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Workshop");
    case City:
        return tr("City");
    case Province:
        return tr("Prov.");
    case Routing:
        return tr("Routing");
    case Mechanics:
        return tr("Mechanics");
    case AvailableNow:
        return tr("Available");
    case Rating:
        return tr("Rating");
    case Sessions:
        return tr("Sessions");
    case Response:
        return tr("Response");
    }
    return {};
}

void DirectoryModel::setRows(const QList<DirectoryRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AnalyticsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalyticsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnalyticsModel::durationText(int seconds) {
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QVariant AnalyticsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnalyticsMonth &m = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Month ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Month:
        return QLocale().toString(m.month, u"MMM yyyy"_qs);
    case Requests:
        return m.requests;
    case Accepted:
        return m.acceptedByWorkshop;
    case Elsewhere:
        return m.servedElsewhere;
    case Sessions:
        return m.sessionsCompleted;
    case MedianAccept:
        return m.medianAcceptSeconds < 0 ? QString() : durationText(m.medianAcceptSeconds);
    }
    return {};
}

QVariant AnalyticsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Requests:
        return tr("Requests");
    case Accepted:
        return tr("Accepted here");
    case Elsewhere:
        return tr("Served elsewhere");
    case Sessions:
        return tr("Sessions");
    case MedianAccept:
        return tr("Median to accept");
    }
    return {};
}

void AnalyticsModel::setRows(const QList<AnalyticsMonth> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace adesk
