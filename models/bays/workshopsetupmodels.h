#pragma once

#include "models/bays/workshopsetup.h"

#include <QAbstractTableModel>

namespace adesk {

/// The bays of the setup dialog's Bays tab, one row per bay (in service or not), read-only: edits go
/// through the dialog's forms and the database's functions.
class BaySetupModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        CapabilitiesColumn,
        BufferColumn,
        RateColumn,
        SortColumn,
        ServiceColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, VersionRole, InServiceRole };

    explicit BaySetupModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSetup(const WorkshopSetup &setup);
    const BaySetup *bayAt(int row) const;
    int rowOf(qint64 id) const;

private:
    QList<BaySetup> m_rows;
    QDate m_today;
};

/// The opening hours of the Opening hours tab: one row per weekday and period of dates (the hours
/// in effect now, then any scheduled change), its shifts on one line; a weekday with no shift in a
/// period reads "Closed".
class OpeningHoursModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DayColumn, ShiftsColumn, FromColumn, UntilColumn, ColumnCount };
    enum Role { WeekdayRole = Qt::UserRole + 1, EffectiveFromRole, ShiftsTextRole };

    struct Period {
        int weekday = 1;
        QDate from;  ///< null: since always
        QDate until; ///< null: open-ended
        QList<Shift> shifts;
    };

    explicit OpeningHoursModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSetup(const WorkshopSetup &setup);
    const Period *periodAt(int row) const;
    /// The periods of @p hours grouped as the table shows them.
    static QList<Period> periodsOf(const QList<HoursRow> &hours);

private:
    QList<Period> m_rows;
};

/// The closures ahead (Closures tab): kind, bay or whole workshop, local start and end, reason.
class ClosureSetupModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, WhereColumn, StartColumn, EndColumn, ReasonColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, VersionRole };

    explicit ClosureSetupModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSetup(const WorkshopSetup &setup);
    const ClosureSetup *closureAt(int row) const;

private:
    QList<ClosureSetup> m_rows;
    QList<BaySetup> m_bays;
    QTimeZone m_zone;
};

} // namespace adesk
