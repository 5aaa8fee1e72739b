#pragma once

#include "models/matching/matchingtypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace adesk {

/// The live monitor's requests (desk.live_requests), one row each, codes shown in words.
class LiveRequestsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Age, SessionType, Fsa, Routing, Method, Wave, Offers, Status, Fallback, ColumnCount };
    enum Role { RequestIdRole = Qt::UserRole + 1, PastWindowRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<matching::LiveRequest> &rows);
    const matching::LiveRequest &at(int row) const { return m_rows.at(row); }
    /// Row of request @p id, -1 when absent.
    int rowOf(qint64 id) const;

    /// "4 min 05 s", "1 h 02 min".
    static QString ageText(int seconds);

private:
    QList<matching::LiveRequest> m_rows;
};

/// The offers of one request: the snapshot of who was notified, why, and the answer.
class OffersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Mechanic, Wave, Score, Reasons, Response, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<matching::Offer> &rows);

    /// "Wave 0 (exclusive)", "Wave 1", "Wave 2 (everyone else)".
    static QString waveText(int wave);

private:
    QList<matching::Offer> m_rows;
};

/// desk.matching_rules with unsaved edits: Value is editable when editable() (admins), checked
/// against the unit's bounds; revert() drops the unsaved edit of a row.
class MatchingRulesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rule, Value, Unit, Note, ColumnCount };
    enum Role { EditedRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setRules(const QList<matching::Rule> &rules);
    void setEditable(bool editable) { m_editable = editable; }
    bool editable() const { return m_editable; }

    const matching::Rule &at(int row) const { return m_rules.at(row); }
    bool isEdited(int row) const;
    int editedValue(int row) const;
    /// Drops the unsaved edit of @p row.
    void revert(int row);
    /// Marks @p row's edit as saved with @p value.
    void markSaved(int row, int value);
    /// Why @p value cannot be @p row's value; empty when it can.
    QString problem(int row, int value) const;

private:
    QList<matching::Rule> m_rules;
    QHash<int, int> m_edits; ///< row -> unsaved value
    bool m_editable = false;
};

} // namespace adesk
