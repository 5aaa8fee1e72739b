#include "views/partnerships/partnershippane.h"

#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/programlistmodel.h"
#include "views/common/paneactions.h"
#include "views/common/printpreview.h"
#include "views/common/semanticcolors.h"
#include "views/common/tablecopy.h"
#include "views/partnerships/agreementspanel.h"
#include "views/partnerships/partnershipspanel.h"
#include "views/partnerships/programeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace adesk {

PartnershipPane::PartnershipPane(ProgramListModel *programs, AgreementListModel *agreements,
                                 PartnershipListModel *partnerships, QWidget *parent)
    : LazyPane(parent)
    , m_programsModel(programs)
    , m_agreementsModel(agreements)
    , m_partnershipsModel(partnerships) {
    auto *v = new QVBoxLayout(this);
    // "Partnership programs" in bold, then whose: plain-text labels (a rich-text one is laid out by
    // a QTextDocument at every size query and paint).
    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(tr("Partnership programs"));
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_workshop = new QLabel;
    m_workshop->setObjectName(QStringLiteral("workshop"));
    m_workshop->setTextFormat(Qt::PlainText);
    titleRow->setSpacing(title->fontMetrics().horizontalAdvance(u' '));
    titleRow->addWidget(title);
    titleRow->addWidget(m_workshop);
    titleRow->addStretch(1);
    v->addLayout(titleRow);
    m_tabs = new QTabWidget;
    v->addWidget(m_tabs, 1);

    auto *programsPage = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_programsView = new QTableView;
    m_programsView->setObjectName(QStringLiteral("programsView"));
    m_programsView->setModel(programs);
    m_programsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_programsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_programsView->verticalHeader()->hide();
    m_programsView->horizontalHeader()->setStretchLastSection(true);
    m_programsView->setWordWrap(false);
    // Columns fit the rows a screen shows, not all 200 programs' texts (issue 19: measuring every
    // row on each load held the GUI thread 12-23 ms in bench_partnerships).
    m_programsView->horizontalHeader()->setResizeContentsPrecision(40);
    lv->addWidget(m_programsView, 1);
    m_new = new QPushButton(tr("&New program"));
    m_new->setShortcut(QKeySequence::New);
    lv->addWidget(m_new);
    PaneActions::button(this, m_new);
    programsPage->addWidget(left);
    m_editor = new ProgramEditor;
    programsPage->addWidget(m_editor);
    programsPage->setStretchFactor(0, 2);
    programsPage->setStretchFactor(1, 5);
    programsPage->setSizes({380, 1100});
    m_tabs->addTab(programsPage, tr("Programs"));
    // The Agreements and Partnerships tabs come on a later turn of the event loop (buildPanels), so
    // that a pane built while the window is idle holds the GUI thread in two shorter stretches
    // (issue 19: the whole pane was 10-18 ms, the longest of the idle builds). The delay counts from
    // the end of this construction (a queued call), not its start: a timer started here would be
    // due by the time the constructor returns and fire in the same pass over the due timers.
    QMetaObject::invokeMethod(
        this, [this] { QTimer::singleShot(kPanelsDelayMs, this, &PartnershipPane::buildPanels); },
        Qt::QueuedConnection);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    v->addWidget(m_status);

    connect(m_programsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                if (cur.isValid())
                    emit programSelected(cur.data(ProgramListModel::IdRole).toLongLong());
            });
    connect(programs, &ProgramListModel::loaded, this, [this] {
        m_programsView->resizeColumnsToContents();
        if (!m_programsView->currentIndex().isValid() && m_programsModel->rowCount() > 0)
            m_programsView->setCurrentIndex(m_programsModel->index(0, 0));
    });
    connect(m_new, &QPushButton::clicked, this, &PartnershipPane::newProgramRequested);
}

void PartnershipPane::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_new->setVisible(!readOnly);
    m_editor->setReadOnly(readOnly);
    if (m_agreements) {
        m_agreements->setReadOnly(readOnly);
        m_partnerships->setReadOnly(readOnly);
    }
}

AgreementsPanel *PartnershipPane::agreementsPanel() {
    buildPanels();
    return m_agreements;
}

PartnershipsPanel *PartnershipPane::partnershipsPanel() {
    buildPanels();
    return m_partnerships;
}

void PartnershipPane::buildPanels() {
    if (m_agreements)
        return;
    m_agreements = new AgreementsPanel(m_agreementsModel);
    m_partnerships = new PartnershipsPanel(m_partnershipsModel);
    m_agreements->setReadOnly(m_readOnly);
    m_partnerships->setReadOnly(m_readOnly);
    m_tabs->addTab(m_agreements, tr("Agreements"));
    m_tabs->addTab(m_partnerships, tr("Partnerships"));
    // What the main window gives every pane's tables when it builds the pane (the Copy action).
    TableCopy::installAll(m_agreements);
    TableCopy::installAll(m_partnerships);
    emit panelsBuilt();
}

bool PartnershipPane::event(QEvent *event) {
    // Polish comes before the first Show, which the pane's StateKeeper and firstShown follow: a
    // pane shown before its timer fired has its panels by then.
    if (event->type() == QEvent::Polish)
        buildPanels();
    return LazyPane::event(event);
}

void PartnershipPane::setWorkshopName(const QString &name) {
    m_workshop->setText(m_readOnly ? tr("— all workshops (read only)") : QStringLiteral("— %1").arg(name));
}

qint64 PartnershipPane::currentProgramId() const {
    return m_programsView->currentIndex().data(ProgramListModel::IdRole).toLongLong();
}

void PartnershipPane::selectProgram(qint64 programId) {
    const int row = m_programsModel->rowOfId(programId);
    if (row >= 0)
        m_programsView->setCurrentIndex(m_programsModel->index(row, 0));
}

void PartnershipPane::showNewProgram(const ProgramDetail &draft) {
    m_programsView->clearSelection();
    m_editor->setProgram(draft);
    m_tabs->setCurrentIndex(0);
}

void PartnershipPane::showStatus(const QString &text, bool error) {
    m_status->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_status->setText(text);
}

void PartnershipPane::showPrintPreview(const QString &title, const QList<QImage> &pages) {
    openPrintPreview(this, title, [pages](QPrinter *p) {
        QPainter painter(p);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                p->newPage();
            const QRect area = painter.viewport();
            const QImage &img = pages.at(i);
            const QSize size = img.size().scaled(area.size(), Qt::KeepAspectRatio);
            painter.drawImage(QRect(area.topLeft(), size), img);
        }
    });
}

} // namespace adesk
