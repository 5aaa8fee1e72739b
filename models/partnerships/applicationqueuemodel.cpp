#include "models/partnerships/applicationqueuemodel.h"

#include "models/partnerships/partnershiprepository.h"

#include <QLocale>

namespace adesk {

ApplicationQueueModel::ApplicationQueueModel(DbExecutor *executor, QObject *parent)
    : KeysetPagedModel(executor, parent) {}

int ApplicationQueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationQueueModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationQueueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case RowVersionRole:
        return r.rowVersion;
    case StatusRole:
        return int(r.status);
    case QualifiesRole:
        return r.ineligibility.isEmpty();
    case ComplianceRole:
        return int(r.complianceStatus);
    case Qt::ToolTipRole:
        if (index.column() == Qualifies && !r.ineligibility.isEmpty()) {
            QStringList why;
            for (const QString &c : r.ineligibility)
                why << ProgramTerms::ineligibilityLabel(c);
            return why.join(u'\n');
        }
        if (index.column() == Mechanic && !r.message.isEmpty())
            return r.message;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Submitted:
            return QLocale().toString(r.submittedAt.toLocalTime(), QLocale::ShortFormat);
        case Mechanic:
            return r.redSeal ? tr("%1 (Red Seal)").arg(r.mechanicName) : r.mechanicName;
        case Location:
            return r.province.isEmpty() ? r.city : tr("%1, %2").arg(r.city, r.province);
        case Rating:
            return r.ratingBp < 0 ? tr("new") : tr("%1 ★").arg(ProgramTerms::ratingText(r.ratingBp));
        case Experience:
            return tr("%n year(s)", nullptr, r.yearsExperience);
        case Tier:
            return ProgramTerms::tierLabel(r.serviceTier);
        case Compliance:
            return verification::statusLabel(r.complianceStatus);
        case Qualifies:
            if (r.status != ApplicationStatus::Pending)
                return QString();
            if (r.ineligibility.isEmpty())
                return tr("Qualifies");
            {
                QStringList why;
                for (const QString &c : r.ineligibility)
                    why << ProgramTerms::ineligibilityLabel(c);
                return why.join(QStringLiteral("; "));
            }
        case StatusColumn:
            return labelOf(r.status);
        }
        return {};
    }
    return {};
}

QVariant ApplicationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Submitted:
        return tr("Submitted");
    case Mechanic:
        return tr("Mechanic");
    case Location:
        return tr("Location");
    case Rating:
        return tr("Rating");
    case Experience:
        return tr("Experience");
    case Tier:
        return tr("Tier");
    case Compliance:
        return tr("Compliance");
    case Qualifies:
        return tr("Eligibility");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void ApplicationQueueModel::requestNextPage() {
    std::optional<ApplicationKey> after;
    if (!m_rows.isEmpty())
        after = ApplicationKey{m_rows.last().submittedUs, m_rows.last().id};
    const qint64 program = m_programId;
    const std::optional<ApplicationStatus> status = m_status;
    const int limit = pageSize();
    loadPage<ApplicationRow>(
        [=](QSqlDatabase &db) {
            return PartnershipRepository::fetchApplications(db, program, status, after, limit);
        },
        limit, Load::NextPage,
        [this](const QList<ApplicationRow> &rows) {
            if (!rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows.append(rows);
                endInsertRows();
            }
        });
}

void ApplicationQueueModel::setProgram(qint64 programId, std::optional<ApplicationStatus> status) {
    beginResetModel();
    m_rows.clear();
    m_programId = programId;
    m_status = status;
    restart(programId <= 0);
    endResetModel();
    fetchMore({});
}

const ApplicationRow *ApplicationQueueModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ApplicationQueueModel::rowOfId(qint64 id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

void ApplicationQueueModel::applyNotification(const QString &payload) {
    if (payload.section(u':', 0, 0) != u"application" || m_programId <= 0)
        return;
    const QString what = payload.section(u':', 1);
    if (what == u"*") {
        setProgram(m_programId, m_status);
        return;
    }
    bool ok = false;
    const qint64 id = what.toLongLong(&ok);
    if (!ok)
        return;
    runCurrent<QList<ApplicationRow>>(
        [id](QSqlDatabase &db) { return PartnershipRepository::fetchApplicationsById(db, {id}); },
        [this, id](const QList<ApplicationRow> &rows) { mergeRows(rows, {id}); });
}

void ApplicationQueueModel::mergeRows(const QList<ApplicationRow> &rows, const QList<qint64> &asked) {
    for (qint64 id : asked) {
        const int at = rowOfId(id);
        const ApplicationRow *fresh = nullptr;
        for (const ApplicationRow &r : rows)
            if (r.id == id && r.programId == m_programId)
                fresh = &r;
        const bool matches = fresh && (!m_status || fresh->status == *m_status);
        if (at >= 0 && matches) {
            m_rows[at] = *fresh;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else if (at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        } else if (matches) {
            // A new application: it belongs at its key if it falls within what is loaded.
            qsizetype pos = 0;
            while (pos < m_rows.size() &&
                   (m_rows.at(pos).submittedUs < fresh->submittedUs ||
                    (m_rows.at(pos).submittedUs == fresh->submittedUs && m_rows.at(pos).id < fresh->id)))
                ++pos;
            if (pos == m_rows.size() && !atEnd())
                continue; // beyond the loaded pages: fetchMore will bring it
            beginInsertRows({}, int(pos), int(pos));
            m_rows.insert(pos, *fresh);
            endInsertRows();
        }
    }
}

} // namespace adesk
