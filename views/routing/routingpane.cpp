#include "views/routing/routingpane.h"

#include "models/routing/candidatemodel.h"
#include "models/routing/directorymodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace adesk {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    return view;
}

void fillRoutingTypes(QComboBox *box) {
    for (const QString &t : {u"workshop_only"_qs, u"hybrid"_qs, u"broadcast"_qs})
        box->addItem(CandidateModel::routingTypeText(t), t);
}
} // namespace

RoutingPane::RoutingPane(CandidateModel *candidates, DirectoryModel *directory, AnalyticsModel *analytics,
                         QWidget *parent)
    : LazyPane(parent)
    , m_candidates(candidates)
    , m_directory(directory)
    , m_analytics(analytics) {
    m_directorySort = new QSortFilterProxyModel(this);
    m_directorySort->setSourceModel(m_directory);
    m_directorySort->setSortRole(DirectoryModel::SortRole);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildPreviewTab(), tr("Routing preview"));
    m_tabs->addTab(buildRoutingTab(), tr("Workshops' routing"));
    m_tabs->addTab(buildDirectoryTab(), tr("Directory && analytics"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"routingMessage"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    connect(m_candidates, &QAbstractItemModel::modelReset, this, [this] {
        const QString text = CandidateModel::fallbackText(m_candidates->fallback());
        m_banner->setText(text);
        m_banner->setVisible(!text.isEmpty());
        m_banner->setStyleSheet(SemanticColors::of(this).bannerStyle(SemanticColors::Role::Warning));
    });
    connect(m_analytics, &QAbstractItemModel::modelReset, this, &RoutingPane::refreshChart);
    // The pane's commands in the menu bar and the toolbar (Save is greyed where it is hidden: admins).
    PaneActions::buttons(this, {m_preview, m_whyMatched, m_saveRouting});
}

QWidget *RoutingPane::buildPreviewTab() {
    auto *tab = new QWidget(this);
    m_workshop = new QComboBox(tab);
    m_workshop->setObjectName(u"previewWorkshop"_qs);
    m_routingType = new QComboBox(tab);
    m_routingType->setObjectName(u"previewRoutingType"_qs);
    m_routingType->addItem(tr("Workshop default"), QString());
    fillRoutingTypes(m_routingType);
    m_matchMethod = new QComboBox(tab);
    m_matchMethod->addItem(tr("Smart broadcast (top N)"), u"smart_broadcast"_qs);
    m_matchMethod->addItem(tr("Broadcast to all"), u"broadcast"_qs);
    m_sessionType = new QComboBox(tab);
    m_sessionType->addItem(tr("Video"), u"video"_qs);
    m_sessionType->addItem(tr("Chat"), u"chat"_qs);
    m_sessionType->addItem(tr("Workshop visit"), u"workshop_visit"_qs);
    m_postal = new QLineEdit(tab);
    m_postal->setObjectName(u"previewPostal"_qs);
    m_postal->setPlaceholderText(tr("A1A 1A1"));
    m_postal->setMaxLength(7);
    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), tab);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_brand = new QLineEdit(tab);
    m_brand->setPlaceholderText(tr("Make, e.g. BMW"));
    m_brand->setMaxLength(64);
    m_specialist = new QCheckBox(tr("Brand specialist"), tab);
    m_keywords = new QLineEdit(tab);
    m_keywords->setPlaceholderText(tr("brakes, suspension"));
    m_preferLocal = new QCheckBox(tr("Prefer local"), tab);
    m_preferLocal->setChecked(true);
    m_preview = new QPushButton(tr("Preview"), tab);
    m_preview->setObjectName(u"previewButton"_qs);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_preview->setToolTip(tr("Preview the routing of this request (Ctrl+Return)"));
    m_requestId = new QLineEdit(tab);
    m_requestId->setObjectName(u"whyMatchedRequest"_qs);
    m_requestId->setValidator(new QIntValidator(1, 2000000000, m_requestId));
    m_requestId->setPlaceholderText(tr("Request #"));
    m_requestId->setMaximumWidth(110);
    m_whyMatched = new QPushButton(tr("Why matched"), tab);
    m_whyMatched->setObjectName(u"whyMatchedButton"_qs);

    auto *form = new QGridLayout;
    form->addWidget(new QLabel(tr("Workshop"), tab), 0, 0);
    form->addWidget(m_workshop, 0, 1);
    form->addWidget(new QLabel(tr("Routing"), tab), 0, 2);
    form->addWidget(m_routingType, 0, 3);
    form->addWidget(new QLabel(tr("Matching"), tab), 0, 4);
    form->addWidget(m_matchMethod, 0, 5);
    form->addWidget(new QLabel(tr("Session"), tab), 0, 6);
    form->addWidget(m_sessionType, 0, 7);
    form->addWidget(new QLabel(tr("Postal code"), tab), 1, 0);
    form->addWidget(m_postal, 1, 1);
    form->addWidget(new QLabel(tr("When"), tab), 1, 2);
    form->addWidget(m_at, 1, 3);
    form->addWidget(new QLabel(tr("Vehicle"), tab), 1, 4);
    form->addWidget(m_brand, 1, 5);
    form->addWidget(m_specialist, 1, 6, 1, 2);
    form->addWidget(new QLabel(tr("Keywords"), tab), 2, 0);
    form->addWidget(m_keywords, 2, 1, 1, 3);
    form->addWidget(m_preferLocal, 2, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    buttons->addWidget(m_requestId);
    buttons->addWidget(m_whyMatched);
    form->addLayout(buttons, 2, 5, 1, 3);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(3, 2);
    form->setColumnStretch(5, 2);

    m_summary = new QLabel(tab);
    m_summary->setWordWrap(true);
    m_banner = new QLabel(tab);
    m_banner->setObjectName(u"fallbackBanner"_qs);
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_candidatesView = makeTable(m_candidates, tab);
    m_candidatesView->setObjectName(u"candidatesView"_qs);
    m_candidatesView->horizontalHeader()->setStretchLastSection(true);
    m_candidatesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidatesView->horizontalHeader()->setSectionResizeMode(CandidateModel::Reasons, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_candidatesView, 1);

    connect(m_preview, &QPushButton::clicked, this, &RoutingPane::askPreview);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_postalOf.value(m_workshop->currentData().toLongLong());
        if (!code.isEmpty())
            m_postal->setText(code);
    });
    connect(m_whyMatched, &QPushButton::clicked, this, &RoutingPane::askWhyMatched);
    connect(m_requestId, &QLineEdit::returnPressed, this, &RoutingPane::askWhyMatched);
    return tab;
}

QWidget *RoutingPane::buildRoutingTab() {
    auto *tab = new QWidget(this);
    m_ownBox = new QWidget(tab);
    m_ownWorkshop = new QComboBox(m_ownBox);
    m_ownWorkshop->setObjectName(u"ownWorkshop"_qs);
    m_ownRouting = new QComboBox(m_ownBox);
    m_ownRouting->setObjectName(u"ownRouting"_qs);
    fillRoutingTypes(m_ownRouting);
    m_saveRouting = new QPushButton(tr("Save"), m_ownBox);
    m_saveRouting->setObjectName(u"saveRouting"_qs);
    m_ownHint =
        new QLabel(tr("Workshop only: only your mechanics are notified. Hybrid: yours first, then the "
                      "platform's. Broadcast: every eligible mechanic."),
                   m_ownBox);
    m_ownHint->setWordWrap(true);
    m_ownBox->setMaximumWidth(640);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveRouting);
    saveRow->addStretch(1);
    auto *form = new QFormLayout(m_ownBox);
    form->addRow(tr("Workshop"), m_ownWorkshop);
    form->addRow(tr("Default routing"), m_ownRouting);
    form->addRow(QString(), saveRow);
    form->addRow(QString(), m_ownHint);
    m_allRoutingView = makeTable(m_directorySort, tab);
    m_allRoutingView->setObjectName(u"allRoutingView"_qs);
    for (int c = 0; c < DirectoryModel::ColumnCount; ++c)
        m_allRoutingView->setColumnHidden(c, c != DirectoryModel::Name && c != DirectoryModel::City &&
                                                 c != DirectoryModel::Province &&
                                                 c != DirectoryModel::Routing);
    m_allRoutingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_allRoutingView->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_ownBox);
    layout->addWidget(m_allRoutingView, 1);
    layout->addStretch(0);
    connect(m_ownWorkshop, &QComboBox::currentIndexChanged, this, &RoutingPane::showOwnRouting);
    connect(m_saveRouting, &QPushButton::clicked, this, [this] {
        const qint64 id = m_ownWorkshop->currentData().toLongLong();
        if (id > 0)
            emit routingSaveRequested(id, m_ownRouting->currentData().toString());
    });
    return tab;
}

QWidget *RoutingPane::buildDirectoryTab() {
    auto *tab = new QWidget(this);
    m_directoryView = makeTable(m_directorySort, tab);
    m_directoryView->setObjectName(u"directoryView"_qs);
    m_directoryView->setSortingEnabled(true);
    m_directoryView->sortByColumn(DirectoryModel::Name, Qt::AscendingOrder);
    m_directoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_directoryView->horizontalHeader()->setSectionResizeMode(DirectoryModel::Name, QHeaderView::Stretch);
    m_analyticsTitle = new QLabel(tr("Select a workshop to see its requests per month."), tab);
    m_analyticsView = makeTable(m_analytics, tab);
    m_analyticsView->setObjectName(u"analyticsView"_qs);
    m_analyticsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, tab);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);
    auto *bottom = new QSplitter(Qt::Horizontal, tab);
    bottom->addWidget(m_analyticsView);
    bottom->addWidget(m_chartView);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_directoryView);
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_analyticsTitle);
    lowerLayout->addWidget(bottom, 1);
    split->addWidget(lower);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(split);
    connect(m_directoryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(DirectoryModel::WorkshopIdRole).toLongLong();
                const QString name = current.siblingAtColumn(DirectoryModel::Name).data().toString();
                m_analyticsTitle->setText(tr("%1: requests per month (last 12 months)").arg(name));
                emit analyticsRequested(id);
            });
    return tab;
}

void RoutingPane::setPostalCodes(const QHash<qint64, QString> &codes) {
    m_postalOf = codes;
    m_postal->setText(m_postalOf.value(m_workshop->currentData().toLongLong()));
}

void RoutingPane::requestPreview() {
    askPreview();
}

void RoutingPane::selectInDirectory(qint64 workshopId) {
    for (int row = 0; row < m_directorySort->rowCount(); ++row) {
        const QModelIndex i = m_directorySort->index(row, DirectoryModel::Name);
        if (i.data(DirectoryModel::WorkshopIdRole).toLongLong() == workshopId) {
            m_directoryView->setCurrentIndex(i);
            return;
        }
    }
}

void RoutingPane::setAdmin(bool admin) {
    m_admin = admin;
    m_ownBox->setVisible(!admin);
    m_allRoutingView->setVisible(admin);
}

void RoutingPane::setWorkshops(const QList<WorkshopRef> &workshops) {
    m_workshops = workshops;
    m_workshop->clear();
    m_ownWorkshop->clear();
    if (m_admin)
        m_workshop->addItem(tr("No workshop (broadcast)"), qint64(0));
    for (const WorkshopRef &w : workshops) {
        m_workshop->addItem(w.name, w.id);
        m_ownWorkshop->addItem(w.name, w.id);
    }
    if (m_admin && workshops.size() > 0)
        m_workshop->setCurrentIndex(1);
    showOwnRouting();
}

void RoutingPane::setWorkshopRouting(qint64 workshopId, const QString &routingType) {
    m_routingOf.insert(workshopId, routingType);
    if (m_ownWorkshop->currentData().toLongLong() == workshopId)
        showOwnRouting();
}

void RoutingPane::showOwnRouting() {
    const QString type = m_routingOf.value(m_ownWorkshop->currentData().toLongLong());
    const int i = m_ownRouting->findData(type);
    if (i >= 0)
        m_ownRouting->setCurrentIndex(i);
}

void RoutingPane::showMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
}

void RoutingPane::showRanking(qint64 requestId) {
    const QList<RoutingCandidate> &rows = m_candidates->rows();
    int notified = 0;
    for (const RoutingCandidate &c : rows)
        notified += c.notified ? 1 : 0;
    const QString how = rows.isEmpty() ? QString()
                                       : tr("Routing: %1. %2 of %3 mechanics notified.")
                                             .arg(CandidateModel::routingTypeText(rows.first().routingType))
                                             .arg(notified)
                                             .arg(rows.size());
    if (rows.isEmpty())
        m_summary->setText(tr("No mechanic matches this request."));
    else if (requestId > 0)
        m_summary->setText(tr("Request #%1, ranked as it was routed. %2").arg(requestId).arg(how));
    else
        m_summary->setText(how);
}

RoutingQuery RoutingPane::query(QString *error) const {
    RoutingQuery q;
    static const QRegularExpression postal(
        u"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$"_qs,
        QRegularExpression::CaseInsensitiveOption);
    const QString code = m_postal->text().trimmed();
    if (!code.isEmpty() && !postal.match(code).hasMatch()) {
        *error = tr("\"%1\" is not a Canadian postal code (A1A 1A1).").arg(code);
        return {};
    }
    q.workshopId = m_workshop->currentData().toLongLong();
    q.routingType = m_routingType->currentData().toString();
    q.matchMethod = m_matchMethod->currentData().toString();
    q.sessionType = m_sessionType->currentData().toString();
    q.postalCode = code;
    // The date and time as typed, in the workshop's zone (the machine's when no workshop).
    QDateTime at = m_at->dateTime();
    for (const WorkshopRef &w : m_workshops) {
        if (w.id == q.workshopId && QTimeZone(w.timeZone.toUtf8()).isValid())
            at = QDateTime(at.date(), at.time(), QTimeZone(w.timeZone.toUtf8()));
    }
    q.at = at;
    q.brand = m_brand->text().trimmed();
    q.wantsSpecialist = m_specialist->isChecked();
    for (const QString &k : m_keywords->text().split(u',', Qt::SkipEmptyParts))
        if (!k.trimmed().isEmpty())
            q.keywords << k.trimmed();
    q.preferLocal = m_preferLocal->isChecked();
    return q;
}

void RoutingPane::askPreview() {
    QString error;
    const RoutingQuery q = query(&error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        m_postal->setFocus();
        return;
    }
    showMessage(QString(), false);
    emit previewRequested(q);
}

void RoutingPane::askWhyMatched() {
    const qint64 id = m_requestId->text().toLongLong();
    if (id <= 0) {
        showMessage(tr("Type the number of a session request."), true);
        m_requestId->setFocus();
        return;
    }
    showMessage(QString(), false);
    emit whyMatchedRequested(id);
}

void RoutingPane::refreshChart() {
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes())
        m_chart->removeAxis(a);
    const QList<AnalyticsMonth> &rows = m_analytics->rows();
    if (rows.isEmpty())
        return;
    auto *requests = new QBarSet(tr("Requests"));
    auto *accepted = new QBarSet(tr("Accepted here"));
    QStringList months;
    int max = 0;
    for (const AnalyticsMonth &m : rows) {
        *requests << m.requests;
        *accepted << m.acceptedByWorkshop;
        months << QLocale().toString(m.month, u"MMM"_qs);
        max = std::max(max, m.requests);
    }
    auto *series = new QBarSeries;
    series->append(requests);
    series->append(accepted);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    // Whole numbers: five steps of a whole size from 0.
    const int step = std::max(1, (max + 4) / 5);
    y->setRange(0, step * 5);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(u"%.0f"_qs);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    SemanticColors::of(this).style(m_chart);
}

} // namespace adesk
