#pragma once

#include "app/tax/t4abatch.h"
#include "models/core/inflight.h"
#include "models/tax/t4areturn.h"
#include "models/tax/taxtypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QWidget;

namespace adesk {

class Session;
class T4AModel;
class T4APane;

/// Turns the T4A pane's intents into TaxRepository calls on the session's executor (never on the
/// GUI thread), runs T4ABatch for the files (progress, cancel), records filings, amends and cancels
/// filed slips, and reloads on NOTIFY desk_tax / desk_earnings. The pane's intents are connected to
/// the named slots below; results go back through the pane's public slots.
class TaxController : public QObject {
    Q_OBJECT
public:
    TaxController(Session *session, T4APane *pane, T4AModel *model, QObject *parent = nullptr);

    static QWidget *createPane(Session *session, QWidget *parent);

    /// The last successful generation (what "Mark filed" records).
    const T4ABatch::Outcome &lastOutcome() const { return m_last; }

public slots:
    void start();
    // The pane's intents.
    void setYear(int year);
    void loadProfile(adesk::Party party, qint64 id);
    void saveProfile(const adesk::TaxProfile &profile);
    void reveal(qint64 profileId, const QString &reason);
    void createDrafts(int year);
    void finalize(int year);
    /// Slip PDFs, summary PDF and validated XML of @p year's final slips, in @p directory (T4ABatch).
    void generate(int year, const QString &directory);
    /// Records the last generated return as filed.
    void markFiled(int year);
    void amend(qint64 slipId, int version, bool cancel);
    void cancelWork();

signals:
    void reloaded(int year); ///< after the table was (re)loaded
    void generated(const adesk::T4ABatch::Outcome &outcome);

private:
    void loadYears();
    /// Reads the year's overview: on the reports connection when the session has one (issue 19),
    /// with how current it is shown in the pane, and read again 2 s later while a standby has not
    /// replayed what it received; on the sign-in connection when @p primary (after this window's
    /// own writes: what was just changed must show).
    void reload(bool primary = false);
    void report(const QString &what, const QString &message);

    QPointer<Session> m_session;
    T4APane *m_pane;
    T4AModel *m_model;
    int m_year = 0;
    bool m_started = false;
    bool m_reloadPending = false;
    bool m_catchUpPending = false; ///< reload scheduled until the standby caught up
    QString m_selectedKey;
    QFutureWatcher<T4ABatch::Outcome> m_batch;
    T4ABatch::Outcome m_last;
    QList<T4AIssue> m_leftOut; ///< slips the last generation left out, with the reason
    int m_lastYear = 0;
    InFlight m_inflight; ///< jobs whose continuations are bound to this controller
};

} // namespace adesk
