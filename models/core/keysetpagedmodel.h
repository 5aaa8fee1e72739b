#pragma once

#include "models/core/dbexecutor.h"
#include "models/core/inflight.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace adesk {

/// Base of the table models that page a query by key (CONTRIBUTING.md, "Database": `WHERE (sort, id)
/// > (…) ORDER BY … LIMIT n`, never OFFSET) on a DbExecutor worker, with Qt's fetchMore pattern.
///
/// It holds what they share: the page size, the "loading" and "at end" states, the generation that
/// drops answers to requests made before the last restart (a new filter, order or program) and
/// cancels them on the server if still running (DbJobGroup: PQcancel), and the in-flight jobs it
/// drops, and cancels, when destroyed. A subclass loads the page after its last row in
/// requestNextPage() with loadPage(), and stores the rows loadPage() hands it.
class KeysetPagedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    ~KeysetPagedModel() override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_fetching; }
    bool atEnd() const { return m_atEnd; }

signals:
    void loadingChanged(bool loading);
    /// A page arrived (rows added); firstPage is true for the first page after a restart.
    void pageLoaded(int rows, bool firstPage);
    /// A reload of everything loaded finished (Load::Refresh).
    void refreshed();
    void loadFailed(const QString &message);

protected:
    KeysetPagedModel(DbExecutor *executor, QObject *parent);

    /// Whether there is something to page through (e.g. a program is chosen).
    virtual bool hasSource() const { return true; }
    /// Loads the page after the last loaded row with loadPage() (fetchMore checked canFetchMore).
    virtual void requestNextPage() = 0;

    /// Forgets every request made so far (their answers are dropped) and sets the "at end" state:
    /// call it when the rows are cleared for a new filter, order or program.
    void restart(bool atEnd = false);

    enum class Load {
        NextPage,  ///< pageLoaded(rows, false), or true when no row was loaded before
        FirstPage, ///< pageLoaded(rows, true)
        Refresh    ///< refreshed(); a failure keeps the "at end" state
    };
    /// Runs @p query (at most @p limit rows) on a worker. Unless a restart happened meanwhile, hands
    /// the rows to @p apply while still "loading" (views and QAbstractItemModelTester call fetchMore
    /// from the insert and reset notifications, which must not request the same page again), then
    /// signals; a failure ends paging and emits loadFailed.
    template <typename Row, typename Apply>
    void loadPage(std::function<Result<QList<Row>>(QSqlDatabase &)> query, int limit, Load load,
                  Apply apply) {
        if (!m_executor)
            return;
        setFetching(true);
        const quint64 generation = m_generation;
        const bool first = load == Load::FirstPage || (load == Load::NextPage && rowCount() == 0);
        m_inflight.add(m_executor->run<QList<Row>>(std::move(query), m_loads))
            .then(this, [this, generation, limit, load, first, apply](const Result<QList<Row>> &r) {
                if (generation != m_generation)
                    return; // a newer filter, order or reload replaced this request
                if (!r.ok()) {
                    if (load != Load::Refresh)
                        m_atEnd = true;
                    setFetching(false);
                    emit loadFailed(r.error().userMessage());
                    return;
                }
                m_atEnd = r->size() < limit;
                apply(r.value());
                setFetching(false);
                if (load == Load::Refresh)
                    emit refreshed();
                else
                    emit pageLoaded(int(r->size()), first);
            });
    }

    /// Runs a job whose answer is dropped after a restart (live updates of single rows).
    template <typename T, typename Apply>
    void runCurrent(std::function<Result<T>(QSqlDatabase &)> job, Apply apply) {
        if (!m_executor)
            return;
        const quint64 generation = m_generation;
        m_inflight.add(m_executor->run<T>(std::move(job), m_loads))
            .then(this, [this, generation, apply](const Result<T> &r) {
                if (generation == m_generation && r.ok())
                    apply(r.value());
            });
    }

    DbExecutor *executor() const { return m_executor; }
    void setFetching(bool on);

private:
    QPointer<DbExecutor> m_executor;
    InFlight m_inflight; ///< jobs whose continuations are bound to this model
    DbJobGroup m_loads;  ///< cancelled on the server by restart() and by the model's destruction
    int m_pageSize = 200;
    bool m_fetching = false;
    bool m_atEnd = true;
    quint64 m_generation = 0;
};

} // namespace adesk
