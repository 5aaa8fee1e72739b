#include "models/earnings/ledgertotalsmodel.h"

#include "models/core/dbexecutor.h"
#include "models/earnings/earningsrepository.h"

#include <QLocale>

namespace adesk {

LedgerTotalsModel::LedgerTotalsModel(DbExecutor *executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(executor) {}

int LedgerTotalsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || m_totals.isEmpty() ? 0 : int(m_totals.size()) + 1;
}

int LedgerTotalsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 LedgerTotalsModel::grandRows() const {
    qint64 n = 0;
    for (const LedgerTotal &t : m_totals)
        n += t.rows;
    return n;
}

qint64 LedgerTotalsModel::grandAmount() const {
    qint64 n = 0;
    for (const LedgerTotal &t : m_totals)
        n += t.amountCents;
    return n;
}

QVariant LedgerTotalsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() > m_totals.size())
        return {};
    const bool grand = index.row() == m_totals.size();
    LedgerTotal t;
    if (grand) {
        t.rows = grandRows();
        t.amountCents = grandAmount();
        for (const LedgerTotal &x : m_totals)
            t.gstHstCents += x.gstHstCents;
    } else {
        t = m_totals.at(index.row());
    }
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Entry:
            return grand ? tr("Total") : labelOf(t.entryType);
        case Rows:
            return locale.toString(t.rows);
        case Amount:
            return Money::fromCents(t.amountCents).toString(locale);
        case GstHst:
            return Money::fromCents(t.gstHstCents).toString(locale);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Entry)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntryTypeRole:
        return grand ? QVariant() : QVariant(int(t.entryType));
    case CentsRole:
        return index.column() == Amount   ? QVariant(t.amountCents)
               : index.column() == GstHst ? QVariant(t.gstHstCents)
                                          : QVariant();
    }
    return {};
}

QVariant LedgerTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Entry:
        return tr("Entry");
    case Rows:
        return tr("Rows");
    case Amount:
        return tr("Amount");
    case GstHst:
        return tr("GST/HST");
    }
    return {};
}

void LedgerTotalsModel::setTotals(const QList<LedgerTotal> &totals) {
    beginResetModel();
    m_totals = totals;
    endResetModel();
}

void LedgerTotalsModel::setFilter(const LedgerFilter &filter) {
    if (!m_executor)
        return;
    const quint64 generation = ++m_generation;
    m_loads.cancelAll(); // the previous load, if still running, is superseded
    m_inflight
        .add(m_executor->run<QList<LedgerTotal>>(
            [filter](QSqlDatabase &db) { return EarningsRepository::totals(db, filter); }, m_loads))
        .then(this, [this, generation](const Result<QList<LedgerTotal>> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                emit loadFailed(r.error().userMessage());
                return;
            }
            setTotals(r.value());
            emit loaded();
        });
}

} // namespace adesk
