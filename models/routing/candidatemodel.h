#pragma once

#include "models/routing/routingtypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// The ranked mechanics of a routing preview or of a stored request ("why matched"): order, wave and
/// whether notified in words, name, workshop, every score component, distance, local, and the reasons
/// as sentences. Filled by the controller (setRows).
class CandidateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Order,
        Wave,
        Notified,
        Name,
        Workshop,
        Total,
        Fsa,
        Available,
        Brand,
        Keywords,
        Rating,
        Experience,
        Favourite,
        Distance,
        Local,
        Reasons,
        ColumnCount
    };
    enum Role { MechanicIdRole = Qt::UserRole + 1, NotifiedRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<RoutingCandidate> &rows);
    const QList<RoutingCandidate> &rows() const { return m_rows; }
    /// The fallback every row carries (empty: none).
    QString fallback() const { return m_rows.isEmpty() ? QString() : m_rows.first().fallback; }

    /// "Exclusive window", "First wave", "Second wave".
    static QString waveText(int wave);
    /// A reason code of desk.score_mechanics as the sentence the plan shows ("same_fsa:M5V" →
    /// "Same neighbourhood (M5V)").
    static QString reasonText(const QString &code);
    /// The fallback as a banner sentence; empty for none.
    static QString fallbackText(const QString &fallback);
    /// workshop_only | hybrid | broadcast in words.
    static QString routingTypeText(const QString &type);

private:
    QList<RoutingCandidate> m_rows;
};

} // namespace adesk
