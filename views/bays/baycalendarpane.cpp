#include "views/bays/baycalendarpane.h"

#include "views/common/paneactions.h"

#include "models/bays/bookingmodel.h"
#include "models/bays/pendingbookingmodel.h"
#include "models/bays/utilizationmodel.h"
#include "views/bays/monthoverviewwidget.h"
#include "views/bays/utilizationview.h"
#include "views/common/semanticcolors.h"
#include "views/paper/daysheetrenderer.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace adesk {

namespace {
QToolButton *toolButton(const QString &text, QWidget *parent, bool checkable = false) {
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setCheckable(checkable);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
} // namespace

BayCalendarPane::BayCalendarPane(QWidget *parent)
    : LazyPane(parent) {
    m_anchor = QDate::currentDate();
    m_undo = new QUndoStack(this);

    // Toolbar.
    m_workshop = new QComboBox(this);
    // Sized for 24 characters whatever the names: a longer workshop name is elided in the box (the
    // list shows it whole) instead of widening the toolbar past a 1366-pixel screen.
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workshop->setMinimumContentsLength(24);
    auto *prev = toolButton(tr("◀"), this);
    prev->setToolTip(tr("Previous (Alt+Left)"));
    prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *today = toolButton(tr("Today"), this);
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    auto *next = toolButton(tr("▶"), this);
    next->setToolTip(tr("Next (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() + 1);
    m_title->setFont(tf);
    m_dayButton = toolButton(tr("Day"), this, true);
    m_weekButton = toolButton(tr("Week"), this, true);
    m_monthButton = toolButton(tr("Month"), this, true);
    for (QAbstractButton *mode : {m_dayButton, m_weekButton, m_monthButton})
        highlightWhenChecked(mode);
    m_dayButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_weekButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_monthButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_dayButton);
    modes->addButton(m_weekButton);
    modes->addButton(m_monthButton);
    m_lanes = new QComboBox(this);
    m_lanes->addItem(tr("Lanes: bays"));
    m_lanes->addItem(tr("Lanes: mechanics"));
    m_bookForLabel = new QLabel(this);
    m_bookFor = new QComboBox(this);
    m_bookFor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bookFor->setMinimumContentsLength(16);
    auto *undo = toolButton(tr("Undo"), this);
    auto *redo = toolButton(tr("Redo"), this);
    QAction *undoAction = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redoAction = m_undo->createRedoAction(this, tr("Redo"));
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction->setShortcut(QKeySequence::Redo);
    undo->setDefaultAction(undoAction);
    redo->setDefaultAction(redoAction);
    addAction(undoAction);
    addAction(redoAction);
    auto *setupButton = toolButton(tr("Set up workshop…"), this);
    setupButton->setObjectName(QStringLiteral("setupWorkshopButton"));
    auto *exportButton = toolButton(tr("Export .ics…"), this);
    auto *printButton = toolButton(tr("Print day sheet…"), this);
    printButton->setShortcut(QKeySequence::Print);
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("zoneLabel"));
    // A long workshop name wraps instead of widening the window past a 1366-px screen (tst_screenfit).
    m_zone->setWordWrap(true);

    // Two rows so that the toolbar fits a 1366-pixel screen in French too: navigation and view
    // on the first, the time zone with the booking tools on the second.
    auto *bar = new QHBoxLayout();
    bar->addWidget(m_workshop);
    bar->addWidget(prev);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_dayButton);
    bar->addWidget(m_weekButton);
    bar->addWidget(m_monthButton);
    bar->addSpacing(8);
    bar->addWidget(m_lanes);
    auto *tools = new QHBoxLayout();
    tools->addWidget(m_zone, 1);
    tools->addWidget(m_bookForLabel);
    tools->addWidget(m_bookFor);
    tools->addSpacing(8);
    tools->addWidget(undo);
    tools->addWidget(redo);
    tools->addWidget(setupButton);
    tools->addWidget(exportButton);
    tools->addWidget(printButton);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("bookingBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(6);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("physicalWorkBanner"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_problems->setMargin(6);

    // Calendar: grid / month.
    m_grid = new TimeGridWidget(this);
    m_grid->setObjectName(QStringLiteral("timeGrid"));
    m_month = new MonthOverviewWidget(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_month);

    // Pending requests and actions on the selected booking.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_pendingTitle = new QLabel(side);
    m_pendingTitle->setFont(tf);
    m_pendingView = new QTableView(side);
    m_pendingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pendingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pendingView->verticalHeader()->hide();
    m_pendingView->horizontalHeader()->setStretchLastSection(true);
    m_pendingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pendingView->setWordWrap(false);
    m_pendingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_selectionLabel = new QLabel(side);
    m_selectionLabel->setWordWrap(true);
    m_confirm = new QPushButton(tr("&Confirm"), side);
    m_decline = new QPushButton(tr("&Decline"), side);
    m_checkIn = new QPushButton(tr("Check &in"), side);
    m_complete = new QPushButton(tr("Co&mplete"), side);
    m_cancel = new QPushButton(tr("Cancel &booking"), side);
    m_noShow = new QPushButton(tr("&No-show"), side);
    m_pendingView->setObjectName(QStringLiteral("pendingView"));
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_cancel->setObjectName(QStringLiteral("cancelBookingButton"));
    m_noShow->setObjectName(QStringLiteral("noShowButton"));
    auto *grid1 = new QHBoxLayout();
    grid1->addWidget(m_confirm);
    grid1->addWidget(m_decline);
    grid1->addWidget(m_checkIn);
    auto *grid2 = new QHBoxLayout();
    grid2->addWidget(m_complete);
    grid2->addWidget(m_cancel);
    grid2->addWidget(m_noShow);
    sideLayout->addWidget(m_pendingTitle);
    sideLayout->addWidget(m_pendingView, 1);
    sideLayout->addWidget(m_selectionLabel);
    sideLayout->addLayout(grid1);
    sideLayout->addLayout(grid2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 300});

    m_utilizationView = new UtilizationView(this);
    m_tabs = new QTabWidget(this);
    auto *calendarPage = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendarPage);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    calendarLayout->addWidget(split);
    m_tabs->addTab(calendarPage, tr("Calendar"));
    m_tabs->addTab(m_utilizationView, tr("Utilization"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_problems);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    // The pane's menu (PaneActions): the same commands as the buttons, with their keys.
    PaneActions::button(this, prev, tr("Previous period"));
    PaneActions::button(this, today);
    PaneActions::button(this, next, tr("Next period"));
    PaneActions::separator(this);
    PaneActions::buttons(this, {m_dayButton, m_weekButton, m_monthButton});
    PaneActions::separator(this);
    PaneActions::expose(this, undoAction);
    PaneActions::expose(this, redoAction);
    PaneActions::separator(this);
    PaneActions::buttons(this, {m_confirm, m_decline, m_checkIn, m_complete, m_cancel, m_noShow});
    PaneActions::separator(this);
    PaneActions::buttons(this, {setupButton, exportButton, printButton});

    // Wiring: intents out, navigation inside.
    connect(prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { setAnchorDate(QDate::currentDate()); });
    connect(m_dayButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Day); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Week); });
    connect(m_monthButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Month); });
    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_grid->setLaneMode(i == 1 ? TimeGridWidget::LaneMode::Mechanics : TimeGridWidget::LaneMode::Bays);
        QSettings().setValue(QStringLiteral("bays/laneMode"), i);
        updateBookFor();
    });
    connect(m_workshop, &QComboBox::currentIndexChanged, this, [this] {
        m_undo->clear();
        selectBooking(0);
        emit workshopChanged(currentWorkshop());
    });
    connect(m_grid, &TimeGridWidget::dayActivated, this, [this](QDate d) {
        m_anchor = d;
        setViewMode(ViewMode::Day);
    });
    connect(m_month, &MonthOverviewWidget::dayActivated, this, [this](QDate d) {
        m_anchor = d;
        setViewMode(ViewMode::Day);
    });
    connect(m_grid, &TimeGridWidget::selectionChanged, this, &BayCalendarPane::selectBooking);
    connect(m_grid, &TimeGridWidget::message, this, &BayCalendarPane::showMessage);
    connect(m_grid, &TimeGridWidget::moveRequested, this, &BayCalendarPane::moveRequested);
    connect(m_grid, &TimeGridWidget::statusChangeRequested, this,
            [this](qint64 id, int version, BookingStatus s) { emit statusRequested(id, version, s, {}); });
    connect(m_grid, &TimeGridWidget::createRequested, this,
            [this](qint64 lane, const QDateTime &start, const QDateTime &end) {
                NewBooking b;
                const bool bayLanes = m_grid->laneMode() == TimeGridWidget::LaneMode::Bays;
                b.bayId = bayLanes ? lane : bookForId();
                b.mechanicId = bayLanes ? bookForId() : lane;
                b.start = start;
                b.end = end;
                if (b.bayId == 0 || b.mechanicId == 0) {
                    showMessage(bayLanes ? tr("Choose the mechanic to book for first.")
                                         : tr("Choose the bay to book first."),
                                true);
                    return;
                }
                emit createRequested(b);
            });
    m_grid->setAmbiguityResolver([this](const LocalTime::Resolution &r, const QString &why) {
        if (!m_bookings)
            return -1;
        QMessageBox box(QMessageBox::Question, tr("Which time?"), why, QMessageBox::Cancel, this);
        const QTimeZone &zone = m_bookings->calendar().zone;
        QAbstractButton *first =
            box.addButton(LocalTime::candidateLabel(r.candidates.value(0), zone), QMessageBox::AcceptRole);
        QAbstractButton *second =
            box.addButton(LocalTime::candidateLabel(r.candidates.value(1), zone), QMessageBox::AcceptRole);
        box.exec();
        return box.clickedButton() == first ? 0 : box.clickedButton() == second ? 1 : -1;
    });
    connect(m_pendingView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (!m_pendingModel)
            return;
        if (const Booking *b = m_pendingModel->bookingAt(index.row())) {
            const QDate day =
                LocalTime::localDate(b->start, m_bookings ? m_bookings->calendar().zone : QTimeZone::utc());
            if (day < firstVisibleDate() || day >= firstVisibleDate().addDays(visibleDays()))
                setAnchorDate(day);
            m_current = b->id;
            m_grid->selectBooking(b->id);
            updateActions();
            emit bookingInspected(b->id);
        }
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] { requestStatus(BookingStatus::Confirmed); });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Decline request"), tr("Reason (sent to the mechanic):"),
                                  QLineEdit::Normal, tr("Declined by the workshop"), &ok);
        if (ok)
            requestStatus(BookingStatus::Cancelled, reason.isEmpty() ? QStringLiteral("declined") : reason);
    });
    connect(m_checkIn, &QPushButton::clicked, this, [this] { requestStatus(BookingStatus::CheckedIn); });
    connect(m_complete, &QPushButton::clicked, this, [this] { requestStatus(BookingStatus::Completed); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { requestStatus(BookingStatus::Cancelled); });
    connect(m_noShow, &QPushButton::clicked, this, [this] { requestStatus(BookingStatus::NoShow); });
    connect(exportButton, &QToolButton::clicked, this, &BayCalendarPane::exportIcs);
    connect(setupButton, &QToolButton::clicked, this,
            [this] { emit setupRequested(TimeGridWidget::SetupAction::Open, 0, {}, 0); });
    connect(m_grid, &TimeGridWidget::setupRequested, this, &BayCalendarPane::setupRequested);
    connect(printButton, &QToolButton::clicked, this, &BayCalendarPane::printDaySheet);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1)
            emit utilizationRequested(utilizationFrom(), utilizationTo());
    });

    const int lanes = QSettings().value(QStringLiteral("bays/laneMode"), 0).toInt();
    m_lanes->setCurrentIndex(lanes == 1 ? 1 : 0);
    m_weekButton->setChecked(true);
    m_grid->setRange(firstVisibleDate(), 7);
    m_month->setMonth(m_anchor);
    updateTitle();
    updateActions();
}

void BayCalendarPane::setModels(BookingModel *bookings, PendingBookingModel *pending,
                                UtilizationModel *utilization) {
    m_bookings = bookings;
    m_pendingModel = pending;
    m_utilization = utilization;
    m_grid->setModel(bookings);
    m_month->setModel(bookings);
    m_pendingView->setModel(pending);
    m_utilizationView->setModel(utilization);
    connect(bookings, &BookingModel::loaded, this, [this] {
        updateTitle();
        updateBookFor();
        updateActions();
    });
    connect(bookings, &BookingModel::bookingsChanged, this, &BayCalendarPane::updateActions);
    connect(bookings, &BookingModel::loadFailed, this,
            [this](const DbError &e) { showMessage(e.userMessage(), true); });
    connect(pending, &PendingBookingModel::countChanged, this, [this](int n) {
        m_pendingTitle->setText(tr("Requests to confirm (%1)").arg(n));
        m_month->setPendingCounts(m_pendingModel->countsByDate());
    });
    m_pendingTitle->setText(tr("Requests to confirm (%1)").arg(pending->requestedCount()));
    connect(pending, &QAbstractItemModel::dataChanged, this, &BayCalendarPane::updateActions);
}

void BayCalendarPane::setWorkshops(const QList<WorkshopRef> &workshops, qint64 current) {
    const QSignalBlocker block(m_workshop);
    m_workshop->clear();
    for (const WorkshopRef &w : workshops)
        m_workshop->addItem(w.name, w.id);
    const int i = m_workshop->findData(current);
    m_workshop->setCurrentIndex(i < 0 ? 0 : i);
    m_workshop->setVisible(workshops.size() > 1);
}

qint64 BayCalendarPane::currentWorkshop() const {
    return m_workshop->currentData().toLongLong();
}

QDate BayCalendarPane::firstVisibleDate() const {
    switch (m_mode) {
    case ViewMode::Day:
        return m_anchor;
    case ViewMode::Week:
        return LocalTime::weekStart(m_anchor);
    case ViewMode::Month: {
        const QDate first(m_anchor.year(), m_anchor.month(), 1);
        return LocalTime::weekStart(first);
    }
    }
    return m_anchor;
}

int BayCalendarPane::visibleDays() const {
    return m_mode == ViewMode::Day ? 1 : m_mode == ViewMode::Week ? 7 : 42;
}

QDateTime BayCalendarPane::rangeStart() const {
    const QTimeZone zone = m_bookings && m_bookings->calendar().zone.isValid() ? m_bookings->calendar().zone
                                                                               : QTimeZone::systemTimeZone();
    return LocalTime::startOfDay(firstVisibleDate(), zone);
}

QDateTime BayCalendarPane::rangeEnd() const {
    const QTimeZone zone = m_bookings && m_bookings->calendar().zone.isValid() ? m_bookings->calendar().zone
                                                                               : QTimeZone::systemTimeZone();
    return LocalTime::startOfDay(firstVisibleDate().addDays(visibleDays()), zone);
}

QDate BayCalendarPane::utilizationFrom() const {
    return LocalTime::weekStart(m_anchor).addDays(-28);
}

QDate BayCalendarPane::utilizationTo() const {
    return LocalTime::weekStart(m_anchor).addDays(28);
}

qint64 BayCalendarPane::bookForId() const {
    return m_bookFor->currentData().toLongLong();
}

void BayCalendarPane::setViewMode(ViewMode mode) {
    m_mode = mode;
    m_dayButton->setChecked(mode == ViewMode::Day);
    m_weekButton->setChecked(mode == ViewMode::Week);
    m_monthButton->setChecked(mode == ViewMode::Month);
    m_stack->setCurrentWidget(mode == ViewMode::Month ? static_cast<QWidget *>(m_month) : m_grid);
    m_grid->setRange(firstVisibleDate(), mode == ViewMode::Day ? 1 : 7);
    m_month->setMonth(m_anchor);
    updateTitle();
    emit rangeChanged();
}

void BayCalendarPane::setAnchorDate(QDate date) {
    m_anchor = date;
    setViewMode(m_mode);
}

void BayCalendarPane::step(int direction) {
    switch (m_mode) {
    case ViewMode::Day:
        setAnchorDate(m_anchor.addDays(direction));
        break;
    case ViewMode::Week:
        setAnchorDate(m_anchor.addDays(7 * direction));
        break;
    case ViewMode::Month:
        setAnchorDate(m_anchor.addMonths(direction));
        break;
    }
}

void BayCalendarPane::updateTitle() {
    const QLocale locale;
    const QDate first = firstVisibleDate();
    switch (m_mode) {
    case ViewMode::Day:
        m_title->setText(locale.toString(m_anchor, QLocale::LongFormat));
        break;
    case ViewMode::Week:
        m_title->setText(tr("Week of %1").arg(locale.toString(first, QLocale::LongFormat)));
        break;
    case ViewMode::Month:
        m_title->setText(locale.toString(m_anchor, QStringLiteral("MMMM yyyy")));
        break;
    }
    if (m_bookings && m_bookings->calendar().zone.isValid()) {
        const WorkshopCalendar &c = m_bookings->calendar();
        m_zone->setText(
            tr("%1 — times in %2").arg(c.workshopName, LocalTime::zoneLabel(c.zone, rangeStart())));
    }
}

void BayCalendarPane::updateBookFor() {
    if (!m_bookings)
        return;
    const qint64 keep = bookForId();
    const QSignalBlocker block(m_bookFor);
    m_bookFor->clear();
    const WorkshopCalendar &c = m_bookings->calendar();
    if (m_grid->laneMode() == TimeGridWidget::LaneMode::Bays) {
        m_bookForLabel->setText(tr("Book for:"));
        for (const BookingMechanic &m : c.mechanics)
            m_bookFor->addItem(m.name, m.id);
    } else {
        m_bookForLabel->setText(tr("Bay:"));
        for (const Bay &b : c.bays) {
            if (b.active)
                m_bookFor->addItem(b.name, b.id);
        }
    }
    const int i = m_bookFor->findData(keep);
    m_bookFor->setCurrentIndex(i < 0 ? 0 : i);
}

void BayCalendarPane::selectBooking(qint64 id) {
    m_current = id;
    if (m_grid->selectedBooking() != id)
        m_grid->selectBooking(id);
    updateActions();
}

void BayCalendarPane::acceptChange(qint64 id) {
    m_grid->acceptChange(id);
}

void BayCalendarPane::rejectChange(qint64 id, const QString &message) {
    m_grid->rejectChange(id, message);
}

void BayCalendarPane::pushUndo(QUndoCommand *command) {
    m_undo->push(command);
}

const Booking *BayCalendarPane::freshest(qint64 id) const {
    if (!id)
        return nullptr;
    const Booking *inCalendar = m_bookings ? m_bookings->booking(id) : nullptr;
    const Booking *inPending = m_pendingModel ? m_pendingModel->booking(id) : nullptr;
    if (inCalendar && inPending)
        return inPending->version > inCalendar->version ? inPending : inCalendar;
    return inCalendar ? inCalendar : inPending;
}

void BayCalendarPane::updateActions() {
    const Booking *b = freshest(m_current);
    const QDateTime now = m_grid->now();
    auto offers = [&](BookingStatus to) { return b && TimeGridWidget::offersStatus(*b, to, now); };
    // Confirm and decline answer a request: only while the booking is still requested (a request
    // cancelled since the list loaded offers neither). Check-in, completion and no-show wait for
    // the booking's start, as the database does.
    m_confirm->setEnabled(b && b->status == BookingStatus::Requested);
    m_decline->setEnabled(b && b->status == BookingStatus::Requested);
    m_checkIn->setEnabled(offers(BookingStatus::CheckedIn) && b->status != BookingStatus::Completed);
    m_complete->setEnabled(offers(BookingStatus::Completed));
    m_cancel->setEnabled(b && b->status != BookingStatus::Requested && offers(BookingStatus::Cancelled));
    m_noShow->setEnabled(offers(BookingStatus::NoShow));
    if (!b) {
        m_selectionLabel->setText(tr("Select a booking in the calendar or a request above."));
        return;
    }
    const QTimeZone &zone = m_bookings->calendar().zone;
    const Bay *bay = m_bookings->calendar().bay(b->bayId);
    const QLocale locale;
    m_selectionLabel->setText(
        tr("<b>%1</b> on %2<br>%3–%4 · %5")
            .arg(b->mechanicName.toHtmlEscaped(), bay ? bay->name.toHtmlEscaped() : QString(),
                 locale.toString(b->start.toTimeZone(zone).date(), QLocale::ShortFormat) + u' ' +
                     LocalTime::shortTime(locale, b->start.toTimeZone(zone).time()),
                 LocalTime::shortTime(locale, b->end.toTimeZone(zone).time()),
                 bookingstatus::label(b->status)));
}

void BayCalendarPane::requestStatus(BookingStatus status, const QString &reason) {
    if (const Booking *b = freshest(m_current))
        emit statusRequested(b->id, b->version, status, reason);
}

void BayCalendarPane::setPhysicalWorkProblems(const QStringList &reasons) {
    if (reasons.isEmpty()) {
        m_problems->clear();
        m_problems->setVisible(false);
        return;
    }
    m_problems->setText(tr("This workshop cannot host physical work today: %1. The database refuses bookings "
                           "for physical work until this is fixed.")
                            .arg(reasons.join(tr("; "))));
    m_problems->setStyleSheet(SemanticColors::of(this).bannerStyle(SemanticColors::Role::Warning) +
                              QStringLiteral("border-radius:4px;"));
    m_problems->setVisible(true);
}

void BayCalendarPane::showMessage(const QString &text, bool isError) {
    m_lastMessage = text;
    m_banner->setText(text);
    m_banner->setStyleSheet(SemanticColors::of(this).bannerStyle(isError ? SemanticColors::Role::Error
                                                                         : SemanticColors::Role::Ok) +
                            QStringLiteral("border-radius:4px;"));
    m_banner->setVisible(!text.isEmpty());
    QTimer::singleShot(isError ? 12000 : 5000, m_banner, [this, text] {
        if (m_banner->text() == text)
            m_banner->setVisible(false);
    });
}

void BayCalendarPane::exportIcs() {
    if (!m_bookings)
        return;
    const WorkshopCalendar &c = m_bookings->calendar();
    QStringList items{tr("All bookings of %1").arg(c.workshopName)};
    QList<QPair<qint64, qint64>> keys{{0, 0}};
    for (const Bay &b : c.bays) {
        items << tr("Bay: %1").arg(b.name);
        keys.append({b.id, 0});
    }
    for (const BookingMechanic &m : c.mechanics) {
        items << tr("Mechanic: %1").arg(m.name);
        keys.append({0, m.id});
    }
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Export bookings"), tr("Bookings of:"), items, 0, false, &ok);
    if (!ok)
        return;
    const auto key = keys.value(items.indexOf(choice));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export bookings as iCalendar"), QStringLiteral("bookings.ics"), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    // From 30 days back to 180 days ahead of the anchor, the workshop's days.
    emit exportRequested(path, key.first, key.second, LocalTime::startOfDay(m_anchor.addDays(-30), c.zone),
                         LocalTime::startOfDay(m_anchor.addDays(181), c.zone));
}

void BayCalendarPane::printDaySheet() {
    if (!m_bookings)
        return;
    DaySheetRenderer::Input input;
    input.calendar = m_bookings->calendar();
    input.bookings = m_bookings->bookings();
    input.date = m_mode == ViewMode::Day ? m_anchor : QDate::currentDate();
    if (input.date < firstVisibleDate() || input.date >= firstVisibleDate().addDays(visibleDays()))
        input.date = m_anchor;
    if (m_grid->laneMode() == TimeGridWidget::LaneMode::Bays && m_current) {
        if (const Booking *b = m_bookings->booking(m_current))
            input.bayIds = {b->bayId};
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Day sheet — %1").arg(QLocale().toString(input.date, QLocale::LongFormat)));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [input](QPrinter *p) { DaySheetRenderer::render(p, input); });
    preview.exec();
}

} // namespace adesk
