#include "models/partnerships/programlistmodel.h"

#include "models/core/dbexecutor.h"
#include "models/partnerships/partnershiprepository.h"

#include <QLocale>

namespace adesk {

ProgramListModel::ProgramListModel(DbExecutor *executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(executor) {}

int ProgramListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgramListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgramListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgramRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case RowVersionRole:
        return r.rowVersion;
    case FullRole:
        return r.maxPartners > 0 && r.activePartners >= r.maxPartners;
    case Qt::ToolTipRole:
        if (index.column() == Version && r.effectiveFrom.isValid())
            return tr("Version %1, in effect from %2")
                .arg(r.versionNo)
                .arg(QLocale().toString(r.effectiveFrom, QLocale::ShortFormat));
        if (index.column() == Name && !r.workshopName.isEmpty())
            return r.workshopName;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Partners || index.column() == Pending || index.column() == Version)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.shownName();
        case Type:
            return ProgramTerms::typeLabel(r.type);
        case StatusColumn:
            return ProgramTerms::statusLabel(r.status);
        case Version:
            return r.versionNo > 0 ? tr("v%1").arg(r.versionNo) : QString();
        case Partners:
            return r.maxPartners > 0 ? tr("%1 / %2").arg(r.activePartners).arg(r.maxPartners)
                                     : QString::number(r.activePartners);
        case Pending:
            return r.pendingApplications;
        }
        return {};
    }
    return {};
}

QVariant ProgramListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Program");
    case Type:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case Version:
        return tr("Version");
    case Partners:
        return tr("Partners");
    case Pending:
        return tr("Applications");
    }
    return {};
}

void ProgramListModel::setWorkshop(qint64 workshopId) {
    m_workshopId = workshopId;
    reload();
}

void ProgramListModel::reload() {
    if (!m_executor)
        return;
    const quint64 generation = ++m_generation;
    m_loads.cancelAll(); // the previous load, if still running, is superseded
    const qint64 workshop = m_workshopId;
    m_loading = true;
    m_inflight
        .add(m_executor->run<QList<ProgramRow>>(
            [workshop](QSqlDatabase &db) { return PartnershipRepository::listPrograms(db, workshop); },
            m_loads))
        .then(this, [this, generation](const Result<QList<ProgramRow>> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r.ok()) {
                emit loadFailed(r.error().userMessage());
                return;
            }
            setRows(r.value());
            emit loaded();
        });
}

void ProgramListModel::setRows(const QList<ProgramRow> &rows) {
    // Same ids in the same order: update in place (selection and scroll position survive).
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    if (sameIds) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const ProgramRow *ProgramListModel::rowById(qint64 id) const {
    for (const ProgramRow &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

int ProgramListModel::rowOfId(qint64 id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

void ProgramListModel::applyNotification(const QString &payload) {
    const QString kind = payload.section(u':', 0, 0);
    if (kind == u"program" || kind == u"application" || kind == u"partnership")
        reload();
}

} // namespace adesk
