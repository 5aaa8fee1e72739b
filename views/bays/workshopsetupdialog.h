#pragma once

#include "models/bays/bayschedule.h"
#include "models/bays/workshopsetup.h"
#include "views/common/unsavededits.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace adesk {

class BaySetupModel;
class ClosureSetupModel;
class OpeningHoursModel;

/// Setting up the workshop (issue 14): its bays (name, type, equipment, buffer, rate, order, out of
/// service from a date), its opening hours per weekday (split shifts, effective from a date) and its
/// closures ahead. Shows the setup the controller loaded and emits intents; every edit is made by the
/// controller (app/bays/workshopsetupcontroller) through the database's functions, which answer with
/// the new setup or a refusal the dialog shows.
class WorkshopSetupDialog : public QDialog, public UnsavedEdits {
    Q_OBJECT
public:
    enum Tab { BaysTab, HoursTab, ClosuresTab };

    explicit WorkshopSetupDialog(QWidget *parent = nullptr);

    const WorkshopSetup &setup() const { return m_setup; }
    BaySetupModel *baysModel() const { return m_bays; }
    OpeningHoursModel *hoursModel() const { return m_hours; }
    ClosureSetupModel *closuresModel() const { return m_closures; }
    QString lastMessage() const { return m_lastMessage; }

    /// The bay form's contents as a bay (id of the selected bay, or 0 after "New bay").
    BaySetup bayFromForm() const;
    /// The bay form differs from the bay it shows (or names a new bay).
    bool isBayFormEdited() const;
    /// UnsavedEdits: the bay form, typed opening hours or a closure not yet added.
    QString unsavedEditsDescription() const override;
    /// UnsavedEdits: saves the bay, sets the hours and adds the closure that were edited.
    bool saveUnsavedEdits() override;
    /// Lists @p bookings (in the way of an edit) and asks what to do; @p answer gets true and a
    /// reason to cancel them, false to keep them (nothing is changed then).
    void askBookingsInTheWay(const QString &what, const QList<adesk::Booking> &bookings,
                             const std::function<void(bool cancel, const QString &reason)> &answer);

public slots:
    void setSetup(const adesk::WorkshopSetup &setup);
    void showMessage(const QString &text, bool isError);
    void showTab(adesk::WorkshopSetupDialog::Tab tab);
    /// Selects bay @p id in the Bays tab and fills the form with it.
    void selectBay(qint64 id);
    /// Fills the Opening hours form with weekday @p weekday's hours on the workshop's today.
    void selectWeekday(int weekday);
    /// Prepares a closure of bay @p bayId (0: whole workshop) from local @p start, an hour long.
    void prepareClosure(qint64 bayId, const QDateTime &localStart);

signals:
    void saveBayRequested(const adesk::BaySetup &bay);
    void outOfServiceRequested(qint64 bayId, int version, QDate from);
    void hoursRequested(int weekday, QDate effectiveFrom, const QList<adesk::Shift> &shifts);
    void addClosureRequested(const adesk::ClosureSetup &closure);
    void removeClosureRequested(qint64 id, int version);
    void reloadRequested();

private:
    QWidget *buildBaysTab();
    QWidget *buildHoursTab();
    QWidget *buildClosuresTab();
    void fillBayForm(const BaySetup *bay);
    void updateBayButtons();
    qint64 selectedBayId() const;
    void submitHours();
    void submitClosure();

    WorkshopSetup m_setup;
    QString m_lastMessage;
    qint64 m_formBayId = 0;
    bool m_hoursTyped = false;   ///< the shifts were typed since the weekday was chosen
    bool m_closureTyped = false; ///< a closure reason was typed and not added yet
    bool m_closurePending = false;
    BaySetupModel *m_bays;
    OpeningHoursModel *m_hours;
    ClosureSetupModel *m_closures;

    QLabel *m_title;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    // Bays.
    QTableView *m_bayView;
    QLineEdit *m_bayName;
    QComboBox *m_bayType;
    QListWidget *m_capabilities;
    QSpinBox *m_buffer;
    QLineEdit *m_rate;
    QSpinBox *m_sortOrder;
    QPushButton *m_newBay;
    QPushButton *m_saveBay;
    QDateEdit *m_outFrom;
    QPushButton *m_takeOut;
    QPushButton *m_backIn;
    // Hours.
    QTableView *m_hoursView;
    QComboBox *m_weekday;
    QDateEdit *m_hoursFrom;
    QLineEdit *m_shifts;
    QPushButton *m_setHours;
    // Closures.
    QTableView *m_closureView;
    QComboBox *m_closureKind;
    QComboBox *m_closureWhere;
    QDateTimeEdit *m_closureStart;
    QDateTimeEdit *m_closureEnd;
    QLineEdit *m_closureReason;
    QPushButton *m_addClosure;
    QPushButton *m_removeClosure;
};

/// "Bookings in the way": the live bookings an edit would leave without a bay or outside the hours,
/// and the choice — cancel them with a reason, or keep them (the edit is not made; move them first).
class BookingsInTheWayDialog : public QDialog {
    Q_OBJECT
public:
    BookingsInTheWayDialog(const QString &what, const QList<Booking> &bookings, const WorkshopSetup &setup,
                           QWidget *parent = nullptr);
    /// Accepted: cancel them with reason(); rejected: keep them.
    QString reason() const;

private:
    QLineEdit *m_reason;
    QPushButton *m_cancel;
};

} // namespace adesk
