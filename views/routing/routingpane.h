#pragma once

#include "models/bays/bayschedule.h"
#include "models/routing/routingtypes.h"
#include "views/common/lazypane.h"

#include <QHash>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace adesk {

class AnalyticsModel;
class CandidateModel;
class DirectoryModel;

/// Smart routing (issue 16, migration 0024), three tabs:
///  * "Routing preview": a sample request (workshop, routing type or the workshop's default, match
///    method, session type, postal code, date and time, brand and "brand specialist", service
///    keywords, prefer local) and the ranked mechanics it would notify, with every score component,
///    the reasons in sentences and the fallback as a banner; "Why matched" loads a stored request;
///  * "Workshops' routing": owners set their workshop's default routing type; admins read every
///    workshop's;
///  * "Directory & analytics": the workshop directory (sortable) and the selected workshop's
///    requests per month, with a chart of requests against those its mechanics accepted.
/// Emits intents only; RoutingController answers through the public slots.
class RoutingPane : public LazyPane {
    Q_OBJECT
public:
    RoutingPane(CandidateModel *candidates, DirectoryModel *directory, AnalyticsModel *analytics,
                QWidget *parent = nullptr);

    void setAdmin(bool admin);
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *candidatesView() const { return m_candidatesView; }
    QLabel *fallbackBanner() const { return m_banner; }
    /// The sample request as the form holds it; @p error is set (and the result empty) when the
    /// postal code is not a Canadian one.
    RoutingQuery query(QString *error) const;

public slots:
    void setWorkshops(const QList<adesk::WorkshopRef> &workshops);
    void showMessage(const QString &text, bool error);
    /// The routing type now in force of @p workshopId (after a load or a save).
    void setWorkshopRouting(qint64 workshopId, const QString &routingType);
    /// Shows what was ranked: a preview, or stored request @p requestId (0: a preview).
    void showRanking(qint64 requestId);
    /// Each workshop's postal code: the preview starts from the chosen workshop's.
    void setPostalCodes(const QHash<qint64, QString> &codes);
    /// Runs the preview of the form as it stands (as the Preview button does).
    void requestPreview();
    /// Selects @p workshopId in the directory (its analytics load).
    void selectInDirectory(qint64 workshopId);

signals:
    void previewRequested(const adesk::RoutingQuery &query);
    void whyMatchedRequested(qint64 requestId);
    void routingSaveRequested(qint64 workshopId, const QString &routingType);
    void analyticsRequested(qint64 workshopId);

private:
    QWidget *buildPreviewTab();
    QWidget *buildRoutingTab();
    QWidget *buildDirectoryTab();
    void askPreview();
    void askWhyMatched();
    void refreshChart();
    void showOwnRouting();

    CandidateModel *m_candidates;
    DirectoryModel *m_directory;
    AnalyticsModel *m_analytics;
    QSortFilterProxyModel *m_directorySort;
    QTabWidget *m_tabs;
    // Preview
    QComboBox *m_workshop;
    QComboBox *m_routingType;
    QComboBox *m_matchMethod;
    QComboBox *m_sessionType;
    QLineEdit *m_postal;
    QDateTimeEdit *m_at;
    QLineEdit *m_brand;
    QCheckBox *m_specialist;
    QLineEdit *m_keywords;
    QCheckBox *m_preferLocal;
    QPushButton *m_preview;
    QLineEdit *m_requestId;
    QPushButton *m_whyMatched;
    QLabel *m_summary;
    QLabel *m_banner;
    QTableView *m_candidatesView;
    // Workshops' routing
    QComboBox *m_ownWorkshop;
    QComboBox *m_ownRouting;
    QPushButton *m_saveRouting;
    QLabel *m_ownHint;
    QTableView *m_allRoutingView;
    QWidget *m_ownBox;
    // Directory and analytics
    QTableView *m_directoryView;
    QTableView *m_analyticsView;
    QLabel *m_analyticsTitle;
    QChart *m_chart;
    QChartView *m_chartView;
    QLabel *m_message;
    QList<WorkshopRef> m_workshops;
    QHash<qint64, QString> m_routingOf;
    QHash<qint64, QString> m_postalOf;
    bool m_admin = false;
};

} // namespace adesk
