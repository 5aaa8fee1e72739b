#include "models/core/keysetpagedmodel.h"

namespace adesk {

KeysetPagedModel::KeysetPagedModel(DbExecutor *executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(executor) {}

// m_inflight drops the continuations of jobs still running, without waiting for them.
KeysetPagedModel::~KeysetPagedModel() = default;

bool KeysetPagedModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_atEnd && !m_fetching && m_executor && hasSource();
}

void KeysetPagedModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        requestNextPage();
}

void KeysetPagedModel::restart(bool atEnd) {
    ++m_generation;
    m_loads.cancelAll(); // a search typed further, another order: the running page is not wanted
    m_atEnd = atEnd;
    setFetching(false);
}

void KeysetPagedModel::setFetching(bool on) {
    if (m_fetching == on)
        return;
    m_fetching = on;
    emit loadingChanged(on);
}

} // namespace adesk
