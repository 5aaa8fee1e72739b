#pragma once

#include "models/core/inflight.h"
#include "models/partnerships/partnershiprepository.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace adesk {

class DbExecutor;

/// One program's applications, oldest first, paged by key (submitted_at, id) on a DbExecutor worker
/// (fetchMore). Each row carries the mechanic's profile (rating, tier, experience, compliance) and
/// why they do not qualify (desk.mechanic_ineligibility), so the owner sees it before deciding.
/// applyNotification("application:<id>") re-reads that row in place; "application:*" reloads.
class ApplicationQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Submitted,
        Mechanic,
        Location,
        Rating,
        Experience,
        Tier,
        Compliance,
        Qualifies,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 application id
        RowVersionRole,            ///< int
        StatusRole,                ///< QString pending | approved | rejected | withdrawn
        QualifiesRole,             ///< bool (pending rows): no ineligibility
        ComplianceRole             ///< QString compliance status
    };

    explicit ApplicationQueueModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows @p programId's applications with @p status ("" = all), from the first page.
    void setProgram(qint64 programId, const QString &status = QStringLiteral("pending"));
    qint64 programId() const { return m_programId; }
    QString statusFilter() const { return m_status; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    const ApplicationRow *rowAt(int row) const;
    int rowOfId(qint64 id) const;
    bool isLoading() const { return m_fetching; }
    void applyNotification(const QString &payload);

signals:
    void pageLoaded(int rows, bool firstPage);
    void loadFailed(const QString &message);

private:
    void mergeRows(const QList<ApplicationRow> &rows, const QList<qint64> &asked);

    QPointer<DbExecutor> m_executor;
    QList<ApplicationRow> m_rows;
    qint64 m_programId = 0;
    QString m_status = QStringLiteral("pending");
    int m_pageSize = 200;
    bool m_fetching = false;
    bool m_atEnd = true;
    quint64 m_generation = 0;
    InFlight m_inflight; ///< jobs whose continuations are bound to this model
};

} // namespace adesk
