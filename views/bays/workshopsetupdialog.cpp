#include "views/bays/workshopsetupdialog.h"

#include "models/bays/workshopsetupmodels.h"
#include "models/common/localtime.h"
#include "models/common/money.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

namespace {

QTableView *tableView(const QString &name, QWidget *parent) {
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->setWordWrap(false);
    return v;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

WorkshopSetupDialog::WorkshopSetupDialog(QWidget *parent)
    : QDialog(parent)
    , m_bays(new BaySetupModel(this))
    , m_hours(new OpeningHoursModel(this))
    , m_closures(new ClosureSetupModel(this)) {
    setObjectName(QStringLiteral("workshopSetupDialog"));
    setWindowTitle(tr("Set up the workshop"));
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("setupBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setVisible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildBaysTab(), tr("&Bays"));
    m_tabs->addTab(buildHoursTab(), tr("&Opening hours"));
    m_tabs->addTab(buildClosuresTab(), tr("C&losures"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    reload->setAutoDefault(false);
    connect(reload, &QPushButton::clicked, this, &WorkshopSetupDialog::reloadRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(980, 600);
}

QWidget *WorkshopSetupDialog::buildBaysTab() {
    auto *page = new QWidget(this);
    m_bayView = tableView(QStringLiteral("bayView"), page);
    m_bayView->setModel(m_bays);
    m_bayName = new QLineEdit(page);
    m_bayName->setObjectName(QStringLiteral("bayName"));
    m_bayName->setMaxLength(80);
    m_bayType = new QComboBox(page);
    m_bayType->setObjectName(QStringLiteral("bayType"));
    for (BayType t : allValues<BayType>())
        m_bayType->addItem(labelOf(t), int(t));
    // Created in reading order (name, type, order, then the next rows): the Tab order.
    m_sortOrder = new QSpinBox(page);
    m_sortOrder->setObjectName(QStringLiteral("baySortOrder"));
    m_sortOrder->setRange(0, 1000);
    m_capabilities = new QListWidget(page);
    m_capabilities->setObjectName(QStringLiteral("bayCapabilities"));
    for (BayCapability c : allValues<BayCapability>()) {
        auto *item = new QListWidgetItem(labelOf(c), m_capabilities);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_capabilities->setFlow(QListView::LeftToRight);
    m_capabilities->setWrapping(true);
    m_capabilities->setResizeMode(QListView::Adjust);
    m_capabilities->setMaximumHeight(m_capabilities->fontMetrics().height() * 4);
    m_buffer = new QSpinBox(page);
    m_buffer->setObjectName(QStringLiteral("bayBuffer"));
    m_buffer->setRange(0, 240);
    m_buffer->setSingleStep(5);
    m_buffer->setSuffix(tr(" min"));
    m_buffer->setValue(15);
    m_rate = new QLineEdit(page);
    m_rate->setObjectName(QStringLiteral("bayRate"));
    m_rate->setPlaceholderText(Money::fromCents(6000).toString(QLocale()));
    m_newBay = button(tr("&New bay"), QStringLiteral("newBayButton"), page);
    m_saveBay = button(tr("&Save bay"), QStringLiteral("saveBayButton"), page);
    m_outFrom = new QDateEdit(page);
    m_outFrom->setObjectName(QStringLiteral("outOfServiceFrom"));
    m_outFrom->setCalendarPopup(true);
    m_takeOut = button(tr("&Take out of service from"), QStringLiteral("takeOutButton"), page);
    m_backIn = button(tr("Back &in service"), QStringLiteral("backInButton"), page);

    auto *form = new QFormLayout();
    auto *row1 = new QHBoxLayout();
    row1->addWidget(m_bayName, 2);
    row1->addWidget(new QLabel(tr("Type:"), page));
    row1->addWidget(m_bayType, 1);
    row1->addWidget(new QLabel(tr("Order:"), page));
    row1->addWidget(m_sortOrder);
    auto *nameLabel = new QLabel(tr("Na&me:"), page);
    nameLabel->setBuddy(m_bayName);
    form->addRow(nameLabel, row1);
    form->addRow(tr("Equipment:"), m_capabilities);
    auto *row2 = new QHBoxLayout();
    row2->addWidget(m_buffer);
    row2->addWidget(new QLabel(tr("Hourly rate:"), page));
    row2->addWidget(m_rate, 1);
    auto *bufferLabel = new QLabel(tr("Buffer after &each booking:"), page);
    bufferLabel->setBuddy(m_buffer);
    form->addRow(bufferLabel, row2);
    auto *actions = new QHBoxLayout();
    actions->addWidget(m_newBay);
    actions->addWidget(m_saveBay);
    actions->addStretch(1);
    actions->addWidget(m_takeOut);
    actions->addWidget(m_outFrom);
    actions->addWidget(m_backIn);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_bayView, 1);
    layout->addLayout(form);
    layout->addLayout(actions);

    connect(m_bayView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                fillBayForm(m_bays->bayAt(current.row()));
                updateBayButtons();
            });
    connect(m_newBay, &QPushButton::clicked, this, [this] {
        m_bayView->clearSelection();
        fillBayForm(nullptr);
        m_bayName->setFocus();
        updateBayButtons();
    });
    connect(m_bayName, &QLineEdit::textChanged, this, &WorkshopSetupDialog::updateBayButtons);
    connect(m_saveBay, &QPushButton::clicked, this, [this] {
        const auto rate =
            Money::parse(m_rate->text().trimmed().isEmpty() ? QStringLiteral("0") : m_rate->text());
        if (!rate || rate->cents() < 0) {
            showMessage(tr("The hourly rate \"%1\" is not an amount.").arg(m_rate->text()), true);
            return;
        }
        emit saveBayRequested(bayFromForm());
    });
    connect(m_takeOut, &QPushButton::clicked, this, [this] {
        if (const BaySetup *b = m_setup.bay(selectedBayId()))
            emit outOfServiceRequested(b->id, b->version, m_outFrom->date());
    });
    connect(m_backIn, &QPushButton::clicked, this, [this] {
        if (const BaySetup *b = m_setup.bay(selectedBayId()))
            emit outOfServiceRequested(b->id, b->version, QDate());
    });
    fillBayForm(nullptr);
    return page;
}

QWidget *WorkshopSetupDialog::buildHoursTab() {
    auto *page = new QWidget(this);
    m_hoursView = tableView(QStringLiteral("hoursView"), page);
    m_hoursView->setModel(m_hours);
    m_weekday = new QComboBox(page);
    m_weekday->setObjectName(QStringLiteral("hoursWeekday"));
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(QLocale().standaloneDayName(d, QLocale::LongFormat), d);
    m_hoursFrom = new QDateEdit(page);
    m_hoursFrom->setObjectName(QStringLiteral("hoursFrom"));
    m_hoursFrom->setCalendarPopup(true);
    m_shifts = new QLineEdit(page);
    m_shifts->setObjectName(QStringLiteral("hoursShifts"));
    m_shifts->setPlaceholderText(tr("e.g. 08:00–12:00, 13:00–17:00 (empty: closed)"));
    m_setHours = button(tr("Set &hours"), QStringLiteral("setHoursButton"), page);
    auto *hint =
        new QLabel(tr("Several shifts a day are allowed (a split shift). The new hours apply from the "
                      "date chosen until the weekday's next scheduled change; bookings they would "
                      "leave outside the hours are listed first."),
                   page);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout();
    row->addWidget(m_weekday);
    row->addWidget(new QLabel(tr("from"), page));
    row->addWidget(m_hoursFrom);
    row->addWidget(new QLabel(tr("shifts:"), page));
    row->addWidget(m_shifts, 1);
    row->addWidget(m_setHours);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_hoursView, 1);
    layout->addWidget(hint);
    layout->addLayout(row);
    connect(m_hoursView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const OpeningHoursModel::Period *p = m_hours->periodAt(current.row())) {
                    m_weekday->setCurrentIndex(p->weekday - 1);
                    m_hoursFrom->setDate(p->from.isValid() ? p->from : m_setup.today);
                    m_shifts->setText(workshopsetup::formatShifts(p->shifts));
                }
            });
    connect(m_setHours, &QPushButton::clicked, this, &WorkshopSetupDialog::submitHours);
    connect(m_shifts, &QLineEdit::returnPressed, this, &WorkshopSetupDialog::submitHours);
    connect(m_shifts, &QLineEdit::textEdited, this, [this] { m_hoursTyped = true; });
    return page;
}

QWidget *WorkshopSetupDialog::buildClosuresTab() {
    auto *page = new QWidget(this);
    m_closureView = tableView(QStringLiteral("closureView"), page);
    m_closureView->setModel(m_closures);
    m_closureKind = new QComboBox(page);
    m_closureKind->setObjectName(QStringLiteral("closureKind"));
    for (ClosureKind k : allValues<ClosureKind>())
        m_closureKind->addItem(labelOf(k), int(k));
    m_closureWhere = new QComboBox(page);
    m_closureWhere->setObjectName(QStringLiteral("closureWhere"));
    m_closureStart = new QDateTimeEdit(page);
    m_closureStart->setObjectName(QStringLiteral("closureStart"));
    m_closureStart->setCalendarPopup(true);
    m_closureEnd = new QDateTimeEdit(page);
    m_closureEnd->setObjectName(QStringLiteral("closureEnd"));
    m_closureEnd->setCalendarPopup(true);
    m_closureReason = new QLineEdit(page);
    m_closureReason->setObjectName(QStringLiteral("closureReason"));
    m_closureReason->setMaxLength(500);
    m_addClosure = button(tr("&Add closure"), QStringLiteral("addClosureButton"), page);
    m_removeClosure = button(tr("Re&move closure"), QStringLiteral("removeClosureButton"), page);
    m_removeClosure->setEnabled(false);
    auto *row1 = new QHBoxLayout();
    row1->addWidget(m_closureKind);
    row1->addWidget(m_closureWhere, 1);
    row1->addWidget(new QLabel(tr("from"), page));
    row1->addWidget(m_closureStart);
    row1->addWidget(new QLabel(tr("until"), page));
    row1->addWidget(m_closureEnd);
    auto *row2 = new QHBoxLayout();
    row2->addWidget(new QLabel(tr("Reason:"), page));
    row2->addWidget(m_closureReason, 1);
    row2->addWidget(m_addClosure);
    row2->addWidget(m_removeClosure);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_closureView, 1);
    layout->addLayout(row1);
    layout->addLayout(row2);
    connect(m_closureView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_removeClosure->setEnabled(current.isValid()); });
    connect(m_addClosure, &QPushButton::clicked, this, &WorkshopSetupDialog::submitClosure);
    connect(m_closureReason, &QLineEdit::textEdited, this, [this] { m_closureTyped = true; });
    connect(m_removeClosure, &QPushButton::clicked, this, [this] {
        if (const ClosureSetup *c = m_closures->closureAt(m_closureView->currentIndex().row()))
            emit removeClosureRequested(c->id, c->version);
    });
    return page;
}

void WorkshopSetupDialog::setSetup(const WorkshopSetup &setup) {
    qint64 keepBay = selectedBayId();
    const bool first = m_setup.workshopId != setup.workshopId;
    // A bay just added from the form: the form now shows it (saved, nothing left to save).
    if (!keepBay && !m_formBayId && !first) {
        for (const BaySetup &b : setup.bays)
            if (!m_setup.bay(b.id) && b.name == m_bayName->text().trimmed())
                keepBay = b.id;
    }
    m_setup = setup;
    if (m_closurePending) {
        m_closurePending = false;
        m_closureTyped = false;
    }
    m_title->setText(
        tr("%1 — times in %2")
            .arg(setup.workshopName, LocalTime::zoneLabel(setup.zone, QDateTime::currentDateTimeUtc())));
    m_bays->setSetup(setup);
    m_hours->setSetup(setup);
    m_closures->setSetup(setup);
    const qint64 whereKeep = m_closureWhere->currentData().toLongLong();
    m_closureWhere->clear();
    m_closureWhere->addItem(tr("Whole workshop"), qint64(0));
    for (const BaySetup &b : setup.bays)
        m_closureWhere->addItem(b.name, b.id);
    m_closureWhere->setCurrentIndex(std::max(0, m_closureWhere->findData(whereKeep)));
    m_outFrom->setMinimumDate(setup.today);
    m_hoursFrom->setMinimumDate(setup.today);
    if (first) {
        m_outFrom->setDate(setup.today.addDays(1));
        m_hoursFrom->setDate(setup.today);
        const QDateTime start(setup.today.addDays(1), QTime(8, 0));
        m_closureStart->setDateTime(start);
        m_closureEnd->setDateTime(start.addSecs(9 * 3600));
    }
    if (keepBay && m_bays->rowOf(keepBay) >= 0)
        selectBay(keepBay);
    else if (m_formBayId && m_bays->rowOf(m_formBayId) < 0)
        fillBayForm(nullptr);
    updateBayButtons();
}

void WorkshopSetupDialog::showMessage(const QString &text, bool isError) {
    m_lastMessage = text;
    m_banner->setText(text);
    m_banner->setStyleSheet(SemanticColors::of(this).bannerStyle(isError ? SemanticColors::Role::Error
                                                                         : SemanticColors::Role::Ok) +
                            QStringLiteral("border-radius:4px;"));
    m_banner->setVisible(!text.isEmpty());
}

void WorkshopSetupDialog::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

qint64 WorkshopSetupDialog::selectedBayId() const {
    const QModelIndex i = m_bayView->currentIndex();
    return i.isValid() && m_bayView->selectionModel()->isRowSelected(i.row(), {})
               ? i.siblingAtColumn(0).data(BaySetupModel::IdRole).toLongLong()
               : 0;
}

void WorkshopSetupDialog::selectBay(qint64 id) {
    const int row = m_bays->rowOf(id);
    if (row < 0)
        return;
    m_bayView->setCurrentIndex(m_bays->index(row, 0));
    m_bayView->selectRow(row);
    fillBayForm(m_bays->bayAt(row));
    updateBayButtons();
}

void WorkshopSetupDialog::selectWeekday(int weekday) {
    m_hoursTyped = false;
    m_weekday->setCurrentIndex(std::clamp(weekday, 1, 7) - 1);
    m_hoursFrom->setDate(m_setup.today);
    m_shifts->setText(workshopsetup::formatShifts(m_setup.shiftsOn(weekday, m_setup.today)));
}

void WorkshopSetupDialog::prepareClosure(qint64 bayId, const QDateTime &localStart) {
    m_closureWhere->setCurrentIndex(std::max(0, m_closureWhere->findData(bayId)));
    m_closureKind->setCurrentIndex(int(bayId ? ClosureKind::Maintenance : ClosureKind::Holiday));
    m_closureStart->setDateTime(localStart);
    m_closureEnd->setDateTime(localStart.addSecs(3600));
}

void WorkshopSetupDialog::fillBayForm(const BaySetup *bay) {
    const BaySetup empty;
    const BaySetup &b = bay ? *bay : empty;
    m_formBayId = b.id;
    m_bayName->setText(b.name);
    m_bayType->setCurrentIndex(int(b.type));
    for (int i = 0; i < m_capabilities->count(); ++i) {
        QListWidgetItem *item = m_capabilities->item(i);
        item->setCheckState(b.capabilities.contains(BayCapability(item->data(Qt::UserRole).toInt()))
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_buffer->setValue(b.bufferMinutes);
    m_rate->setText(bay ? Money::fromCents(b.hourlyRateCents).toString(QLocale()) : QString());
    int nextOrder = 1;
    for (const BaySetup &x : m_setup.bays)
        nextOrder = std::max(nextOrder, x.sortOrder + 1);
    m_sortOrder->setValue(bay ? b.sortOrder : nextOrder);
    m_saveBay->setText(bay ? tr("&Save bay") : tr("&Add bay"));
}

void WorkshopSetupDialog::updateBayButtons() {
    const BaySetup *b = m_setup.bay(selectedBayId());
    m_saveBay->setEnabled(!m_bayName->text().trimmed().isEmpty());
    const bool outOrScheduled = b && (b->outOfServiceFrom.isValid() || !b->active);
    m_takeOut->setEnabled(b != nullptr);
    m_backIn->setEnabled(outOrScheduled);
}

BaySetup WorkshopSetupDialog::bayFromForm() const {
    BaySetup b;
    if (const BaySetup *current = m_setup.bay(m_formBayId))
        b = *current;
    b.name = m_bayName->text().trimmed();
    b.type = BayType(m_bayType->currentIndex());
    b.capabilities.clear();
    for (int i = 0; i < m_capabilities->count(); ++i) {
        if (m_capabilities->item(i)->checkState() == Qt::Checked)
            b.capabilities.append(BayCapability(m_capabilities->item(i)->data(Qt::UserRole).toInt()));
    }
    b.bufferMinutes = m_buffer->value();
    const auto rate = Money::parse(m_rate->text().trimmed().isEmpty() ? QStringLiteral("0") : m_rate->text());
    b.hourlyRateCents = rate ? rate->cents() : 0;
    b.sortOrder = m_sortOrder->value();
    return b;
}

bool WorkshopSetupDialog::isBayFormEdited() const {
    const BaySetup *shown = m_setup.bay(m_formBayId);
    if (!shown)
        return !m_bayName->text().trimmed().isEmpty();
    const BaySetup form = bayFromForm();
    auto sorted = [](QList<BayCapability> c) {
        std::sort(c.begin(), c.end());
        return c;
    };
    return form.name != shown->name || form.type != shown->type ||
           sorted(form.capabilities) != sorted(shown->capabilities) ||
           form.bufferMinutes != shown->bufferMinutes || form.hourlyRateCents != shown->hourlyRateCents ||
           form.sortOrder != shown->sortOrder;
}

QString WorkshopSetupDialog::unsavedEditsDescription() const {
    QStringList parts;
    if (isBayFormEdited())
        parts << (m_formBayId ? tr("the bay “%1”").arg(m_bayName->text().trimmed()) : tr("a new bay"));
    if (m_hoursTyped) {
        const int weekday = m_weekday->currentData().toInt();
        const auto typed = workshopsetup::parseShifts(m_shifts->text());
        if (!typed || *typed != m_setup.shiftsOn(weekday, m_hoursFrom->date()))
            parts << tr("the opening hours of %1").arg(m_weekday->currentText());
    }
    if (m_closureTyped && !m_closureReason->text().trimmed().isEmpty())
        parts << tr("a closure not added yet");
    if (parts.isEmpty())
        return {};
    return tr("The workshop setup: %1").arg(QLocale().createSeparatedList(parts));
}

bool WorkshopSetupDialog::saveUnsavedEdits() {
    bool ok = true;
    if (isBayFormEdited()) {
        ok = m_saveBay->isEnabled() && ok;
        m_saveBay->click();
    }
    if (m_hoursTyped) {
        ok = workshopsetup::parseShifts(m_shifts->text()).has_value() && ok;
        submitHours();
    }
    if (m_closureTyped && !m_closureReason->text().trimmed().isEmpty())
        submitClosure();
    return ok;
}

void WorkshopSetupDialog::submitHours() {
    const auto shifts = workshopsetup::parseShifts(m_shifts->text());
    if (!shifts) {
        showMessage(tr("Write the shifts as 08:00–12:00, 13:00–17:00: each ends after it starts and none "
                       "overlaps another."),
                    true);
        return;
    }
    emit hoursRequested(m_weekday->currentData().toInt(), m_hoursFrom->date(), *shifts);
}

void WorkshopSetupDialog::submitClosure() {
    ClosureSetup c;
    c.kind = ClosureKind(m_closureKind->currentData().toInt());
    c.bayId = m_closureWhere->currentData().toLongLong();
    const QTimeZone zone = m_setup.zone.isValid() ? m_setup.zone : QTimeZone::utc();
    c.start = QDateTime(m_closureStart->date(), m_closureStart->time(), zone).toUTC();
    c.end = QDateTime(m_closureEnd->date(), m_closureEnd->time(), zone).toUTC();
    c.reason = m_closureReason->text().trimmed();
    if (!(c.start < c.end)) {
        showMessage(tr("A closure must end after it starts."), true);
        return;
    }
    m_closurePending = true;
    emit addClosureRequested(c);
}

void WorkshopSetupDialog::askBookingsInTheWay(const QString &what, const QList<Booking> &bookings,
                                              const std::function<void(bool, const QString &)> &answer) {
    auto *dialog = new BookingsInTheWayDialog(what, bookings, m_setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [dialog, answer](int result) { answer(result == QDialog::Accepted, dialog->reason()); });
    dialog->open();
}

// ---- Bookings in the way ----------------------------------------------------------------------

BookingsInTheWayDialog::BookingsInTheWayDialog(const QString &what, const QList<Booking> &bookings,
                                               const WorkshopSetup &setup, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("bookingsInTheWayDialog"));
    setWindowTitle(tr("Bookings in the way"));
    auto *intro = new QLabel(
        tr("%1 would leave %n live booking(s) without a bay or outside the opening hours. Nothing has "
           "been changed yet.",
           nullptr, int(bookings.size()))
            .arg(what),
        this);
    intro->setWordWrap(true);
    auto *model = new QStandardItemModel(int(bookings.size()), 4, this);
    model->setHorizontalHeaderLabels({tr("When"), tr("Bay"), tr("Mechanic"), tr("Status")});
    const QLocale locale;
    const QTimeZone zone = setup.zone.isValid() ? setup.zone : QTimeZone::utc();
    for (int r = 0; r < bookings.size(); ++r) {
        const Booking &b = bookings.at(r);
        const QDateTime s = b.start.toTimeZone(zone);
        const BaySetup *bay = setup.bay(b.bayId);
        model->setItem(
            r, 0,
            new QStandardItem(tr("%1 %2–%3")
                                  .arg(locale.toString(s.date(), QLocale::ShortFormat),
                                       LocalTime::shortTime(locale, s.time()),
                                       LocalTime::shortTime(locale, b.end.toTimeZone(zone).time()))));
        model->setItem(r, 1, new QStandardItem(bay ? bay->name : QString::number(b.bayId)));
        model->setItem(r, 2, new QStandardItem(b.mechanicName));
        model->setItem(r, 3, new QStandardItem(bookingstatus::label(b.status)));
        model->item(r, 0)->setData(b.id, Qt::UserRole);
    }
    auto *view = tableView(QStringLiteral("bookingsInTheWayView"), this);
    view->setModel(model);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("Sent to each mechanic"));
    m_cancel = button(tr("&Cancel them with this reason"), QStringLiteral("cancelBookingsButton"), this);
    m_cancel->setEnabled(false);
    auto *keep = button(tr("&Keep them — I will move them"), QStringLiteral("keepBookingsButton"), this);
    auto *row = new QHBoxLayout();
    row->addWidget(m_cancel);
    row->addWidget(m_reason, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(view, 1);
    layout->addLayout(row);
    layout->addWidget(keep, 0, Qt::AlignRight);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_cancel->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::accept);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    resize(720, 360);
}

QString BookingsInTheWayDialog::reason() const {
    return m_reason->text().trimmed();
}

} // namespace adesk
