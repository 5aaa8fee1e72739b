#include "views/partnerships/applicationspanel.h"

#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/programlistmodel.h"
#include "views/common/paneactions.h"
#include "views/common/rowmenu.h"
#include "views/common/semanticcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

ApplicationsPanel::ApplicationsPanel(QAbstractItemModel *programs, ApplicationQueueModel *queue,
                                     QWidget *parent)
    : LazyPane(parent)
    , m_programs(programs)
    , m_queue(queue) {
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_program = new QComboBox;
    m_program->setModel(programs);
    m_program->setModelColumn(ProgramListModel::Name);
    m_program->setMinimumContentsLength(28);
    m_status = new QComboBox;
    for (ApplicationStatus s :
         {ApplicationStatus::Pending, ApplicationStatus::Approved, ApplicationStatus::Rejected})
        m_status->addItem(labelOf(s), int(s));
    m_status->addItem(tr("All"), QVariant());
    auto *programLabel = new QLabel(tr("&Program"));
    programLabel->setBuddy(m_program);
    auto *statusLabel = new QLabel(tr("S&how"));
    statusLabel->setBuddy(m_status);
    top->addWidget(programLabel);
    top->addWidget(m_program, 1);
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    v->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("applicationsView"));
    m_view->setModel(queue);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    split->addWidget(m_view);

    auto *side = new QWidget;
    auto *sv = new QVBoxLayout(side);
    m_detail = new QLabel(tr("Select an application."));
    m_detail->setObjectName(QStringLiteral("applicationDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sv->addWidget(m_detail, 1);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setPlaceholderText(tr("Required to reject; shown to the mechanic"));
    form->addRow(tr("&Reason"), m_reason);
    m_effective = new QDateEdit(QDate::currentDate());
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Agreement &from"), m_effective);
    auto *endRow = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("&Until"));
    m_end = new QDateEdit(QDate::currentDate().addYears(1));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_end->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    form->addRow(QString(), endRow);
    sv->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve and issue agreement"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject = new QPushButton(tr("Re&ject"));
    m_reject->setObjectName(QStringLiteral("reject"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    sv->addLayout(buttons);
    PaneActions::buttons(this, {m_approve, m_reject});
    // A right click on an application: approve or reject it (Reject needs the reason typed first).
    RowMenu::install(m_view, {PaneActions::button(this, m_approve), PaneActions::button(this, m_reject)});
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setWordWrap(true);
    sv->addWidget(m_message);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);

    auto choose = [this] {
        if (m_syncing)
            return;
        const qint64 id =
            m_program->currentIndex() >= 0
                ? m_programs->index(m_program->currentIndex(), 0).data(ProgramListModel::IdRole).toLongLong()
                : 0;
        emit programChosen(id, statusFilter());
    };
    // Only the person's choice changes the queue (a reload of the programs list must not).
    connect(m_program, &QComboBox::activated, this, choose);
    connect(m_status, &QComboBox::activated, this, choose);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApplicationsPanel::updateDetail);
    connect(m_queue, &QAbstractItemModel::dataChanged, this, &ApplicationsPanel::updateDetail);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &ApplicationsPanel::updateDetail);
    // Columns fit the first page's rows, measured on the rows the table shows (precision 0: the rows
    // in view; not every row of every page: measuring 200 rows' texts on each page took 30-60 ms of
    // the GUI thread in a Debug build, bench_partnerships' gui_longest_busy_ms; 40 rows, 14 of them
    // out of view at 1400 × 900, took a third of the fit), and only when the panel can be seen (a
    // hidden table's "rows in view" are all of them).
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    connect(m_queue, &ApplicationQueueModel::pageLoaded, this, [this](int, bool first) {
        if (first && m_queue->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_queue->index(0, 0));
        if (first) {
            if (m_view->isVisible())
                m_view->resizeColumnsToContents();
            else
                m_columnsToFit = true;
        }
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ApplicationsPanel::updateDetail);
    auto decide = [this](bool approve) {
        const ApplicationRow *r = m_queue->rowAt(m_view->currentIndex().row());
        if (!r)
            return;
        emit decisionRequested(r->id, r->rowVersion, approve, m_reason->text(), m_effective->date(),
                               m_hasEnd->isChecked() ? m_end->date() : QDate());
    };
    connect(m_approve, &QPushButton::clicked, this, [decide] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [decide] { decide(false); });
    updateDetail();
}

void ApplicationsPanel::showEvent(QShowEvent *event) {
    LazyPane::showEvent(event);
    if (m_columnsToFit) {
        m_columnsToFit = false;
        m_view->resizeColumnsToContents();
    }
}

std::optional<ApplicationStatus> ApplicationsPanel::statusFilter() const {
    const QVariant v = m_status->currentData();
    return v.isValid() ? std::optional(ApplicationStatus(v.toInt())) : std::nullopt;
}

void ApplicationsPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_reason->setEnabled(!readOnly);
    m_effective->setEnabled(!readOnly);
    m_hasEnd->setEnabled(!readOnly);
    updateDetail();
}

void ApplicationsPanel::showProgram(qint64 programId) {
    for (int i = 0; i < m_programs->rowCount(); ++i) {
        if (m_programs->index(i, 0).data(ProgramListModel::IdRole).toLongLong() == programId) {
            m_syncing = true;
            m_program->setCurrentIndex(i);
            m_syncing = false;
            return;
        }
    }
}

qint64 ApplicationsPanel::currentApplicationId() const {
    const ApplicationRow *r = m_queue->rowAt(m_view->currentIndex().row());
    return r ? r->id : 0;
}

void ApplicationsPanel::setBusy(bool busy) {
    m_busy = busy;
    updateDetail();
}

void ApplicationsPanel::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void ApplicationsPanel::updateDetail() {
    const ApplicationRow *r = m_queue->rowAt(m_view->currentIndex().row());
    const bool pending = r && r->status == ApplicationStatus::Pending;
    m_approve->setEnabled(!m_readOnly && !m_busy && pending && r->ineligibility.isEmpty());
    m_reject->setEnabled(!m_readOnly && !m_busy && pending && !m_reason->text().trimmed().isEmpty());
    if (!r) {
        m_detail->setText(m_queue->rowCount() == 0 ? tr("No applications to show.")
                                                   : tr("Select an application."));
        return;
    }
    QStringList why;
    for (const QString &c : r->ineligibility)
        why << ProgramTerms::ineligibilityLabel(c);
    const SemanticColors colors = SemanticColors::of(this);
    QString h = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(r->mechanicName.toHtmlEscaped());
    h += QStringLiteral("<p>%1<br>%2<br>%3<br>%4<br>%5%6</p>")
             .arg(tr("%1, %2").arg(r->city, r->province).toHtmlEscaped(),
                  r->ratingBp < 0 ? tr("Not rated yet")
                                  : tr("Rating %1 ★").arg(ProgramTerms::ratingText(r->ratingBp)),
                  tr("%n year(s) of experience", nullptr, r->yearsExperience),
                  tr("Tier: %1").arg(ProgramTerms::tierLabel(r->serviceTier)),
                  tr("Compliance: %1").arg(verification::statusLabel(r->complianceStatus)),
                  r->redSeal ? tr("<br>Red Seal certified") : QString());
    h += QStringLiteral("<p><i>%1</i></p>").arg(r->message.toHtmlEscaped());
    if (pending)
        h += QStringLiteral("<p>%1</p>")
                 .arg(why.isEmpty()
                          ? colors.html(
                                SemanticColors::Role::Ok,
                                tr("<b>Qualifies for version %1 of the program.</b>").arg(r->versionNo))
                          : colors.html(SemanticColors::Role::Error,
                                        tr("<b>Does not qualify:</b> %1")
                                            .arg(why.join(QStringLiteral("; ")).toHtmlEscaped())));
    else if (!r->reason.isEmpty())
        h += tr("<p>Reason: %1</p>").arg(r->reason.toHtmlEscaped());
    m_detail->setText(h);
}

} // namespace adesk
